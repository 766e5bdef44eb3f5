// Finds a demand's evidence sentence in the live page and highlights it: with the CSS Custom
// Highlight API where the browser has it (no change to the DOM at all), otherwise with a
// temporary <mark data-crux-mark> around each piece of text, undone exactly (the same text nodes,
// the same data) by clearHighlight(). The sentence may span inline elements (<a>, <em>…); white
// space and quote marks are compared loosely.

export const MARK_ATTR = 'data-crux-mark';
const HIGHLIGHT_NAME = 'crux-evidence';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg']);

/** One character of the normalised text: which text node and offset it comes from. */
interface Pos {
  node: number;
  offset: number;
}

/** Folds a character for matching: every quote mark to ', dashes to -, white space to ' ' ('' drops it). */
export function foldChar(ch: string): string {
  if (/\s/.test(ch) || ch === '\u00a0') return ' ';
  if ('"\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'.includes(ch)) return "'";
  if ('\u2010\u2011\u2012\u2013\u2014\u2015\u2212'.includes(ch)) return '-';
  if ('\u00ad\u200b\u200c\u200d\u2060\ufeff'.includes(ch)) return '';
  return ch.toLowerCase();
}

/** A string folded as above, white space runs collapsed, trimmed. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/**
 * Where `needle` is in the concatenation of `pieces` (the text nodes' data, in document order),
 * compared folded: the start (piece, offset) and the end (piece, offset just after the last
 * character), or null. When the whole sentence is not there, its longest word prefix of at least
 * six words is tried (the page may phrase the sentence's tail differently from the extraction).
 */
export function locate(pieces: readonly string[], needle: string): { start: Pos; end: Pos } | null {
  let hay = '';
  const map: Pos[] = [];
  pieces.forEach((data, node) => {
    for (let offset = 0; offset < data.length; offset++) {
      const f = foldChar(data[offset] ?? '');
      if (f === '' || (f === ' ' && (hay === '' || hay.endsWith(' ')))) continue;
      for (const c of f) {
        hay += c;
        map.push({ node, offset });
      }
    }
  });
  const folded = foldText(needle);
  if (!folded) return null;
  const words = folded.split(' ');
  for (let n = words.length; n >= Math.min(6, words.length); n--) {
    const probe = words.slice(0, n).join(' ');
    const at = hay.indexOf(probe);
    if (at < 0) continue;
    const first = map[at];
    const last = map[at + probe.length - 1];
    if (!first || !last) return null;
    return { start: first, end: { node: last.node, offset: last.offset + 1 } };
  }
  return null;
}

/** The visible text nodes under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let skip = false;
    for (let p = n.parentElement; p && p !== root; p = p.parentElement) {
      if (SKIP.has(p.tagName) || p.hasAttribute('data-crux-hidden')) {
        skip = true;
        break;
      }
    }
    if (!skip) out.push(n as Text);
  }
  return out;
}

/** A piece of the sentence: the part [from, to) of one text node. */
export interface Segment {
  node: Text;
  from: number;
  to: number;
}

/** The pieces of text that make up `evidence` inside `roots` (the first root that holds it), or null. */
export function findEvidence(roots: Array<Node | null | undefined>, evidence: string): Segment[] | null {
  for (const root of roots) {
    if (!root) continue;
    const nodes = textNodes(root);
    const hit = locate(nodes.map((t) => t.data), evidence);
    if (!hit) continue;
    const out: Segment[] = [];
    for (let i = hit.start.node; i <= hit.end.node; i++) {
      const node = nodes[i];
      if (!node) continue;
      const from = i === hit.start.node ? hit.start.offset : 0;
      const to = i === hit.end.node ? hit.end.offset : node.data.length;
      if (to > from) out.push({ node, from, to });
    }
    return out.length ? out : null;
  }
  return null;
}

/** One text node cut to wrap a piece of it: its original data, and the nodes added after it. */
export interface Cut {
  node: Text;
  data: string;
  added: Node[];
}

/**
 * Wraps each segment's text in an element made by `make` (the text set as its textContent, never
 * markup): the text node keeps the part before, the wrapper and a new text node with the part after
 * follow it. Segments of one text node must come last-first (highest offset first), so the earlier
 * ones still point at the right text. Returns the cuts, for undoCuts().
 */
export function wrapSegments(doc: Document, segments: readonly Segment[], make: () => Element): Cut[] {
  const cuts: Cut[] = [];
  for (const { node, from, to } of segments) {
    const data = node.data;
    if (!data.slice(from, to).trim()) continue;
    const wrapper = make();
    wrapper.textContent = data.slice(from, to);
    const added: Node[] = [wrapper];
    const after = node.nextSibling;
    node.parentNode?.insertBefore(wrapper, after);
    if (to < data.length) {
      const tail = doc.createTextNode(data.slice(to));
      node.parentNode?.insertBefore(tail, after);
      added.push(tail);
    }
    node.data = data.slice(0, from);
    cuts.push({ node, data, added });
  }
  return cuts;
}

/** Undoes wrapSegments() (the cuts of several calls, in the order they were made): the same text nodes, the same data. */
export function undoCuts(cuts: readonly Cut[]): void {
  for (const cut of [...cuts].reverse()) {
    for (const n of cut.added) n.parentNode?.removeChild(n);
    cut.node.data = cut.data;
  }
}

/** The CSS Custom Highlight API of the page's window, or null where the browser lacks it. */
export function highlightApi(doc: Document): { Highlight: typeof Highlight; registry: HighlightRegistry } | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const ctor = win?.Highlight ?? (typeof Highlight === 'function' ? Highlight : undefined);
  const registry = win?.CSS?.highlights ?? (typeof CSS !== 'undefined' ? CSS.highlights : undefined);
  return ctor && registry && typeof CSSStyleSheet === 'function' ? { Highlight: ctor, registry } : null;
}

/** Adds a style sheet to the document without touching its DOM (adoptedStyleSheets). */
export function adoptSheet(doc: Document, css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return sheet;
}

export function dropSheet(doc: Document, sheet: CSSStyleSheet): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** What one highlight changed, so clearHighlight() can undo it. */
interface Applied {
  kind: 'highlight' | 'mark';
  sheet?: CSSStyleSheet;
  /** for marks: the text nodes cut */
  cuts?: Cut[];
}

export class EvidenceHighlighter {
  private applied: Applied | null = null;

  constructor(private readonly doc: Document, private readonly useApi = true) {}

  /** Highlights `evidence` in the first root that holds it and scrolls it to the middle; false when not found. */
  show(roots: Array<Node | null | undefined>, evidence: string): boolean {
    this.clear();
    const segments = findEvidence(roots, evidence);
    const first = segments?.[0];
    const last = segments?.[segments.length - 1];
    if (!segments || !first || !last) return false;
    const anchor = first.node.parentElement;
    if (!(this.useApi && this.withApi(first, last))) this.withMarks(segments);
    const target = this.doc.querySelector(`[${MARK_ATTR}]`) ?? anchor;
    target?.scrollIntoView({ block: 'center' });
    return true;
  }

  /** Removes the highlight: the DOM is exactly as before (marks gone, text nodes as they were). */
  clear(): void {
    const a = this.applied;
    this.applied = null;
    if (!a) return;
    if (a.kind === 'highlight') {
      try {
        highlightApi(this.doc)?.registry.delete(HIGHLIGHT_NAME);
        if (a.sheet) dropSheet(this.doc, a.sheet);
      } catch {
        /* nothing to undo */
      }
      return;
    }
    undoCuts(a.cuts ?? []);
  }

  private withApi(first: Segment, last: Segment): boolean {
    try {
      const api = highlightApi(this.doc);
      if (!api) return false;
      const range = this.doc.createRange();
      range.setStart(first.node, first.from);
      range.setEnd(last.node, last.to);
      const sheet = adoptSheet(this.doc, `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #111; }`);
      api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
      this.applied = { kind: 'highlight', sheet };
      return true;
    } catch {
      return false;
    }
  }

  private withMarks(segments: Segment[]): void {
    const cuts = wrapSegments(this.doc, segments, () => {
      const mark = this.doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, '');
      return mark;
    });
    this.applied = { kind: 'mark', cuts };
  }
}
