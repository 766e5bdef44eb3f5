// In-page annotations, the content script's side: underlines each actor's mentions in the article
// in the actor's colour, and marks each demand sentence with a bar in the margin and a tooltip
// ("Russia demands of NATO: …", a title attribute: text only). Underlines use the CSS Custom
// Highlight API where the browser has it (no change to the DOM); elsewhere, and for the demand
// sentences (a tooltip needs an element), the text is wrapped in <span data-crux-ann>, undone
// exactly by clear(): the same text nodes with the same data, nothing added left behind.
import { ACTOR_COLOURS, type AnnotateResult, type Annotations } from './annotations';
import {
  adoptSheet, dropSheet, findEvidence, highlightApi, textNodes, undoCuts, wrapSegments, type Cut, type Segment,
} from './highlight';

export const ANN_ATTR = 'data-crux-ann';
const HIGHLIGHT_PREFIX = 'crux-actor-';
/** the demand sentences' margin bar: a neutral amber, visible on light and dark pages */
const DEMAND_BAR = '#f59f00';
/** and a faint tint of it behind the sentence, for pages whose text starts at the window's edge */
const DEMAND_TINT = 'rgba(245, 159, 0, 0.14)';
/** a letter or digit: a mention must not start or end inside a word ("Iran" in "Iranian" is no mention) */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `name` occurs as a whole word (case as written) in `hay`: the [start, end) of each. */
export function findNames(hay: string, names: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const name of names) {
    for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (WORD_CHAR.test(hay[at - 1] ?? '') || WORD_CHAR.test(hay[end] ?? '')) continue;
      out.push([at, end]);
    }
  }
  return out;
}

/** One mention: the actor's index and its [start, end) in the article's text. */
interface Mention {
  actor: number;
  start: number;
  end: number;
}

/**
 * Every mention of the actors in `hay`, without overlaps: a longer name wins over a shorter one at
 * the same place ("Vladimir Putin" over "Putin"), then the more salient actor.
 */
export function findMentions(hay: string, actors: ReadonlyArray<{ names: readonly string[] }>): Mention[] {
  const all: Mention[] = actors.flatMap((a, actor) => findNames(hay, a.names).map(([start, end]) => ({ actor, start, end })));
  all.sort((x, y) => x.start - y.start || y.end - x.end || x.actor - y.actor);
  const out: Mention[] = [];
  for (const m of all) {
    const prev = out[out.length - 1];
    if (!prev || m.start >= prev.end) out.push(m);
  }
  return out;
}

/** The text nodes' pieces that make up [start, end) of their concatenation (`starts[i]`: where node i begins). */
function segmentsOf(nodes: readonly Text[], starts: readonly number[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < nodes.length && (starts[i] ?? Infinity) < end; i++) {
    const node = nodes[i];
    const at = starts[i] ?? 0;
    if (!node) continue;
    const from = Math.max(0, start - at);
    const to = Math.min(node.data.length, end - at);
    if (to > from) out.push({ node, from, to });
  }
  return out;
}

export interface AnnotateRoots {
  /** where actor mentions are underlined: the article's container */
  article: Node | null | undefined;
  /** where demand sentences are looked for, in order (the article's container, then the body) */
  sentences: Array<Node | null | undefined>;
}

export class Annotator {
  private cuts: Cut[] = [];
  private sheet: CSSStyleSheet | null = null;
  private registered: string[] = [];

  constructor(private readonly doc: Document, private readonly useApi = true) {}

  /** Shows `annotations` (replacing any shown before); says how much it found. */
  show(roots: AnnotateRoots, annotations: Annotations): AnnotateResult {
    this.clear();
    const sentences = this.markSentences(roots.sentences, annotations.demands);
    const mentions = roots.article ? this.underline(roots.article, annotations.actors) : 0;
    return { mentions, sentences };
  }

  /** True while annotations are shown. */
  get active(): boolean {
    return this.cuts.length > 0 || this.registered.length > 0;
  }

  /** Takes every annotation away: the DOM is exactly as before show(). */
  clear(): void {
    undoCuts(this.cuts);
    this.cuts = [];
    this.dropHighlights();
  }

  private dropHighlights(): void {
    const api = highlightApi(this.doc);
    for (const name of this.registered) api?.registry.delete(name);
    this.registered = [];
    if (this.sheet) {
      try {
        dropSheet(this.doc, this.sheet);
      } catch {
        /* nothing to undo */
      }
      this.sheet = null;
    }
  }

  /** Wraps each demand sentence in spans with the margin bar and the label as their title; returns how many were found. */
  private markSentences(roots: Array<Node | null | undefined>, demands: Annotations['demands']): number {
    // one sentence may state several demands: one mark, every label
    const labels = new Map<string, string[]>();
    for (const d of demands) labels.set(d.evidence, [...(labels.get(d.evidence) ?? []), d.label]);
    let found = 0;
    for (const [evidence, label] of labels) {
      const segments = findEvidence(roots, evidence);
      if (!segments) continue;
      found++;
      this.cuts.push(...wrapSegments(this.doc, segments, () => {
        const span = this.doc.createElement('span');
        span.setAttribute(ANN_ATTR, 'demand');
        span.setAttribute('title', label.join('\n'));
        // CSSOM, not a style attribute: a page's CSP may forbid inline style attributes
        span.style.setProperty('box-shadow', `-4px 0 0 ${DEMAND_BAR}`);
        span.style.setProperty('background-color', DEMAND_TINT);
        span.style.setProperty('box-decoration-break', 'clone');
        span.style.setProperty('-webkit-box-decoration-break', 'clone');
        span.style.setProperty('cursor', 'help');
        return span;
      }));
    }
    return found;
  }

  /** Underlines the actors' mentions under `root`; returns how many. */
  private underline(root: Node, actors: Annotations['actors']): number {
    const nodes = textNodes(root);
    const starts: number[] = [];
    let hay = '';
    for (const n of nodes) {
      starts.push(hay.length);
      hay += n.data;
    }
    const mentions = findMentions(hay, actors);
    if (!mentions.length) return 0;
    const pieces = mentions.map((m) => ({ actor: m.actor, segments: segmentsOf(nodes, starts, m.start, m.end) }));
    if (this.useApi && this.withApi(pieces)) return mentions.length;
    // last first, so the earlier segments of a text node still point at the right text
    const flat = pieces.flatMap((p) => p.segments.map((s) => ({ actor: p.actor, s }))).reverse();
    for (const { actor, s } of flat) {
      this.cuts.push(...wrapSegments(this.doc, [s], () => {
        const span = this.doc.createElement('span');
        span.setAttribute(ANN_ATTR, 'actor');
        span.setAttribute('data-crux-actor', String(actor));
        for (const [k, v] of Object.entries(underlineStyle(actor))) span.style.setProperty(k, v);
        return span;
      }));
    }
    return mentions.length;
  }

  private withApi(pieces: Array<{ actor: number; segments: Segment[] }>): boolean {
    try {
      const api = highlightApi(this.doc);
      if (!api) return false;
      const byActor = new Map<number, Range[]>();
      for (const { actor, segments } of pieces) {
        const first = segments[0];
        const last = segments[segments.length - 1];
        if (!first || !last) continue;
        const range = this.doc.createRange();
        range.setStart(first.node, first.from);
        range.setEnd(last.node, last.to);
        byActor.set(actor, [...(byActor.get(actor) ?? []), range]);
      }
      const css = [...byActor.keys()].map((i) => {
        const decl = Object.entries(underlineStyle(i)).map(([k, v]) => `${k}: ${v};`).join(' ');
        return `::highlight(${HIGHLIGHT_PREFIX}${i}) { ${decl} }`;
      });
      this.sheet = adoptSheet(this.doc, css.join('\n'));
      for (const [i, ranges] of byActor) {
        api.registry.set(`${HIGHLIGHT_PREFIX}${i}`, new api.Highlight(...ranges));
        this.registered.push(`${HIGHLIGHT_PREFIX}${i}`);
      }
      return true;
    } catch {
      this.dropHighlights();
      return false;
    }
  }
}

/** The subtle underline of actor `i`: a thin line in its colour, a little below the text. */
function underlineStyle(i: number): Record<string, string> {
  return {
    'text-decoration-line': 'underline',
    'text-decoration-color': ACTOR_COLOURS[i % ACTOR_COLOURS.length] ?? 'currentColor',
    'text-decoration-thickness': '2px',
    'text-underline-offset': '3px',
  };
}
