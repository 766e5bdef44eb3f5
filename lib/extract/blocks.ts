// Plain text of an element as the reader sees it: one string per block (paragraph, list item,
// heading…), white space collapsed. Shared by extraction (article text) and the clutter guard.

import { tagOf } from '../dom/element';

/** Tags that start a new block of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);
/** Tags whose content is never read as text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Skipped in article text, but part of an element's text when we report what we hid. */
const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'TEXTAREA']);

export interface Block {
  text: string;
  /** characters of the block's text inside links */
  linkChars: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * White space that collapsing changes: a run of two or more, or one character other than a plain
 * space (the same result as replacing every run of [\s\u00a0\u200b] with a space, without
 * rewriting each single space between words).
 */
export const LOOSE_SPACE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

export function collapse(s: string): string {
  return s.replace(LOOSE_SPACE, ' ').trim();
}

/** The blocks of `root`, in document order. `withControls` also reads buttons and form labels. */
export function blocksOf(root: Element, withControls = false): Block[] {
  const out: Block[] = [];
  let buf = '';
  let linkBuf = 0;
  const flush = () => {
    const text = collapse(buf);
    if (text) out.push({ text, linkChars: Math.min(linkBuf, text.length) });
    buf = '';
    linkBuf = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const t = child.nodeValue ?? '';
        buf += t;
        if (inLink) linkBuf += collapse(t).length + (/\s$/.test(t) ? 1 : 0);
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = tagOf(child as Element);
        if (SKIP_TAGS.has(tag) && !(withControls && CONTROL_TAGS.has(tag))) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(child, inLink || tag === 'A');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}

/** The article's text: its blocks, paragraphs separated by blank lines. */
export function joinBlocks(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Words of `text` (runs of non-space), counted without building them; past `max`, counting stops (max + 1: "more than max"). */
export function wordCount(text: string, max = Infinity): number {
  return countRuns(text, false, max);
}

/** Words of `collapse(text)` (a zero-width space there parts words too), counted without building it; past `max`, counting stops (max + 1). */
export function collapsedWordCount(text: string, max = Infinity): number {
  return countRuns(text, true, max);
}

/** Runs of characters other than white space (\s) and, with `zeroWidth`, U+200B; at most `max` + 1. */
function countRuns(text: string, zeroWidth: boolean, max: number): number {
  let words = 0, inWord = false;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    // most characters are printable ASCII (33-159 hold no white space): one comparison for them
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && isWideSpace(c, zeroWidth);
    if (space) inWord = false;
    else if (!inWord) { if (++words > max) return words; inWord = true; }
  }
  return words;
}

/** White space (\s) above U+009F, and U+200B when `zeroWidth`. */
function isWideSpace(c: number, zeroWidth: boolean): boolean {
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || (zeroWidth && c === 0x200b);
}
