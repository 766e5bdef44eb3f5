// A document as HTML text, written in slices: the HTML serialisation algorithm (what outerHTML
// gives) over an explicit stack instead of one native call, so that a huge page can be written out
// a few thousand nodes at a time, the caller giving the main thread back between slices (the
// generator stops there). Parsing the text again gives the same tree (HTML's fragment
// serialisation round-trips), which is what lets the extraction of a huge page run elsewhere.
import { clock, finish } from '../steps';

/** Nodes written between two pauses at most (a few ms of string building)… */
export const SERIALIZE_SLICE_NODES = 4_000;
/** …and characters (long text nodes are escaped in pieces of this size)… */
export const SERIALIZE_SLICE_CHARS = 1 << 20;
/** …and milliseconds: a slow or busy machine pauses sooner (well under the 50 ms a page may be held). */
export const SERIALIZE_SLICE_MS = 10;
/** The clock is read every this many nodes. */
const CLOCK_EVERY_NODES = 128;

/** Elements with no content and no end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose text is written as is (the parser reads it raw; noscript too, as a browser with scripting on parses it). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
/** Elements whose leading newline the parser drops: a second one is written so the text keeps it. */
const LEADING_NEWLINE = new Set(['pre', 'textarea', 'listing']);

const ELEMENT = 1, TEXT = 3, PI = 7, COMMENT = 8, DOCTYPE = 10;

export interface SerializeOptions {
  /** elements written with their attributes but without their content (content nothing downstream reads) */
  skipContent?: (el: Element) => boolean;
  /** a <base href> written as the first child of the first <head>, so the copy resolves links as the page does */
  baseHref?: string;
  /** elements nested deeper than this: the writing stops and gives null */
  maxDepth?: number;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What is left to write under one open element: its next child, and the end tag to close it with. */
interface Frame { next: Node | null; end: string; rest?: Node[] }

/** The children of `node` as the serialiser walks them (a template's are in its content). */
function firstChildOf(node: Node): Node | null {
  const content = (node as HTMLTemplateElement).content as DocumentFragment | undefined;
  return node.nodeType === ELEMENT && (node as Element).localName === 'template' && content ? content.firstChild : node.firstChild;
}

function startTag(el: Element): string {
  let s = `<${el.localName}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    s += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  return `${s}>`;
}

function doctypeOf(node: DocumentType): string {
  const ids = node.publicId ? ` PUBLIC "${node.publicId}"${node.systemId ? ` "${node.systemId}"` : ''}` : node.systemId ? ` SYSTEM "${node.systemId}"` : '';
  return `<!DOCTYPE ${node.name}${ids}>`;
}

/**
 * The HTML of `doc`, written SERIALIZE_SLICE_NODES nodes (or SERIALIZE_SLICE_CHARS characters, or
 * SERIALIZE_SLICE_MS) at a time: the generator stops between slices and returns the text at the
 * end, in pieces (what each slice wrote: joining a huge text at once would be one long task), or
 * null when an element is nested deeper than `maxDepth`.
 */
export function* serializeSteps(doc: Document, options: SerializeOptions = {}): Generator<void, string[] | null, void> {
  const pieces: string[] = [];
  let out = '';
  const pause = () => { pieces.push(out); out = ''; };
  let nodes = 0, chars = 0, start = clock();
  let baseDue = options.baseHref !== undefined;
  const maxDepth = options.maxDepth ?? Infinity;
  // the document's own children from its list (linkedom does not link a doctype to the <html> after it)
  const top = Array.from(doc.childNodes);
  const stack: Frame[] = [{ next: top.shift() ?? null, end: '', rest: top }];
  const full = () => nodes >= SERIALIZE_SLICE_NODES || chars >= SERIALIZE_SLICE_CHARS || (nodes % CLOCK_EVERY_NODES === 0 && clock() - start >= SERIALIZE_SLICE_MS);
  while (stack.length) {
    if (full()) {
      pause();
      yield;
      nodes = 0; chars = 0; start = clock();
    }
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      out += frame.end;
      stack.pop();
      continue;
    }
    frame.next = frame.rest ? frame.rest.shift() ?? null : node.nextSibling;
    nodes++;
    switch (node.nodeType) {
      case ELEMENT: {
        const el = node as Element;
        const name = el.localName;
        if (stack.length > maxDepth) return null;
        out += startTag(el);
        if (baseDue && name === 'head') {
          out += `<base href="${escapeAttr(options.baseHref!)}">`;
          baseDue = false;
        }
        if (VOID.has(name)) break;
        const first = options.skipContent?.(el) ? null : firstChildOf(el);
        if (first && LEADING_NEWLINE.has(name) && first.nodeType === TEXT && (first.nodeValue ?? '').startsWith('\n')) out += '\n';
        stack.push({ next: first, end: `</${name}>` });
        break;
      }
      case TEXT: {
        const text = node.nodeValue ?? '';
        const parent = node.parentNode as Element | null;
        if (parent?.nodeType === ELEMENT && RAW_TEXT.has(parent.localName)) { out += text; chars += text.length; break; }
        // a long text is escaped in pieces, with pauses between them
        for (let i = 0; i < text.length; i += SERIALIZE_SLICE_CHARS) {
          if (chars >= SERIALIZE_SLICE_CHARS) { pause(); yield; nodes = 0; chars = 0; start = clock(); }
          const piece = text.slice(i, i + SERIALIZE_SLICE_CHARS);
          out += escapeText(piece);
          chars += piece.length;
        }
        break;
      }
      case COMMENT:
        out += `<!--${node.nodeValue ?? ''}-->`;
        break;
      case PI:
        out += `<?${(node as ProcessingInstruction).target} ${node.nodeValue ?? ''}>`;
        break;
      case DOCTYPE:
        out += doctypeOf(node as DocumentType);
        break;
    }
  }
  pieces.push(out);
  return pieces.filter(Boolean);
}

/** The same in one go (tests, and callers with nothing to give back in between). */
export function serialize(doc: Document, options: SerializeOptions = {}): string | null {
  return finish(serializeSteps(doc, options))?.join('') ?? null;
}

/** `pieces` of text cut again into parts of `size` characters at most (one part made per call, on demand). */
export function* partsOf(pieces: string[], size: number): Generator<string, void, void> {
  let part = '';
  for (const piece of pieces) {
    for (let i = 0; i < piece.length;) {
      const take = Math.min(size - part.length, piece.length - i);
      part += piece.slice(i, i + take);
      i += take;
      if (part.length === size) { yield part; part = ''; }
    }
  }
  if (part) yield part;
}
