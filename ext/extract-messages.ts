// The messages of a huge page's extraction (ext/huge-page.ts, ext/offscreen-extract.ts): the
// content script's request to the background, the background's to its offscreen document (Chrome),
// the answer, and strict checks of their shape and sender (anything else is ignored).
import type { Article } from '../lib/types';
import type { Extracted } from '../lib/extract/article';
import { joinBlocks, type Block } from '../lib/extract/blocks';

/** The most HTML sent (characters): past this the page is read on the page as before. */
export const MAX_HTML_CHARS = 32 * 1024 * 1024;
/**
 * The HTML goes in parts of at most this many characters: sending a message copies it on the
 * sender's thread (10 to 50 ms a MiB on a busy machine), so one part is one short task of the page.
 */
export const PART_CHARS = 1 << 18;
/** So at most this many parts. */
export const MAX_PARTS = MAX_HTML_CHARS / PART_CHARS;
/** Longest URL accepted in a request. */
const MAX_URL_CHARS = 8_192;
/** Longest transfer id (the content script makes a short random one). */
const MAX_ID_CHARS = 64;

/**
 * The content script's request to the extension: part `part` of `parts` of the page's HTML (in
 * order, one transfer `id` at a time per tab); the background answers a part with `{ received }`
 * and the last one with the extraction.
 */
export interface ExtractRequest { type: 'crux:extract-html'; id: string; part: number; parts: number; html: string; url: string }
/** The background's answer to a part that is not the last. */
export interface PartReceived { received: number }
/** The background's request to its offscreen document (Chrome). */
export interface OffscreenRequest { type: 'crux:offscreen-extract'; html: string; url: string }
/**
 * The answer to either: what the extraction found (its article's text left out: it is the blocks'
 * texts joined, and the page's thread receives each character once), and how long it took; or why
 * there is nothing.
 */
export type ExtractAnswer = { extracted: Extracted; ms: number; more?: number } | { error: string };
/**
 * The blocks come back in parts too (receiving a message is also a task of the page's): the
 * answer holds the first part and says how many `more` there are; the content script asks for
 * each (part 1 … more), the background answers with MoreBlocks.
 */
export interface MoreRequest { type: 'crux:extract-more'; id: string; part: number }
export interface MoreBlocks { blocks: Block[] }


/** Who sent a message (runtime.MessageSender's fields used here). */
interface Sender { id?: string; url?: string; tab?: unknown }

/** True for this extension's content script in a web page (the only sender of crux:extract-html). */
export function isFromOwnContentScript(sender: Sender, ownId: string): boolean {
  return sender.id === ownId && sender.tab !== undefined && typeof sender.url === 'string' && /^https?:\/\//i.test(sender.url);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringOrNull = (x: unknown) => x === null || typeof x === 'string';

const isUrl = (x: unknown) => typeof x === 'string' && x.length <= MAX_URL_CHARS && /^https?:\/\//i.test(x);

export function isExtractRequest(msg: unknown): msg is ExtractRequest {
  if (!isObject(msg) || Object.keys(msg).length !== 6 || msg.type !== 'crux:extract-html') return false;
  const { id, part, parts, html, url } = msg;
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_CHARS &&
    Number.isInteger(parts) && (parts as number) >= 1 && (parts as number) <= MAX_PARTS &&
    Number.isInteger(part) && (part as number) >= 0 && (part as number) < (parts as number) &&
    typeof html === 'string' && html.length <= PART_CHARS && isUrl(url);
}

export function isMoreRequest(msg: unknown): msg is MoreRequest {
  if (!isObject(msg) || Object.keys(msg).length !== 3 || msg.type !== 'crux:extract-more') return false;
  const { id, part } = msg;
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_CHARS && Number.isInteger(part) && (part as number) >= 1 && (part as number) <= MAX_PARTS;
}

export function isMoreBlocks(x: unknown): x is MoreBlocks {
  return isObject(x) && Object.keys(x).length === 1 && Array.isArray(x.blocks) && x.blocks.every(isBlock);
}

export function isOffscreenRequest(msg: unknown): msg is OffscreenRequest {
  if (!isObject(msg) || Object.keys(msg).length !== 3 || msg.type !== 'crux:offscreen-extract') return false;
  return typeof msg.html === 'string' && msg.html.length <= MAX_HTML_CHARS && isUrl(msg.url);
}

export function isPartReceived(x: unknown): x is PartReceived {
  return isObject(x) && Object.keys(x).length === 1 && Number.isInteger(x.received);
}

function isBlock(x: unknown): x is Block {
  return isObject(x) && typeof x.text === 'string' && typeof x.linkChars === 'number' && Number.isFinite(x.linkChars);
}

function isArticle(x: unknown): x is Article {
  if (!isObject(x)) return false;
  const strings = ['title', 'byline', 'siteName', 'published', 'excerpt', 'lang', 'dir'] as const;
  return strings.every((k) => isStringOrNull(x[k])) && typeof x.text === 'string' && typeof x.wordCount === 'number';
}

export function isExtracted(x: unknown): x is Extracted {
  return isObject(x) && (x.article === null || isArticle(x.article)) && isStringOrNull(x.lang) &&
    Array.isArray(x.blocks) && x.blocks.every(isBlock);
}

export function isExtractAnswer(x: unknown): x is ExtractAnswer {
  if (!isObject(x)) return false;
  if ('error' in x) return typeof x.error === 'string';
  const more = x.more ?? 0;
  return isExtracted(x.extracted) && typeof x.ms === 'number' && Number.isInteger(more) && (more as number) >= 0 && (more as number) <= MAX_PARTS;
}

/** The blocks cut into parts of about PART_CHARS characters of text (at least one part, maybe empty). */
export function blockParts(blocks: Block[]): Block[][] {
  const parts: Block[][] = [[]];
  let chars = 0;
  for (const b of blocks) {
    if (chars + b.text.length > PART_CHARS && parts[parts.length - 1]!.length) { parts.push([]); chars = 0; }
    parts[parts.length - 1]!.push(b);
    chars += b.text.length;
  }
  return parts;
}

/** The extraction as sent: the article's text left out (it is its blocks' texts, joined as lib/extract/article joins them). */
export function toWire(extracted: Extracted): Extracted {
  return extracted.article ? { ...extracted, article: { ...extracted.article, text: '' } } : extracted;
}

/** The extraction as received, its article's text put back. */
export function fromWire(extracted: Extracted): Extracted {
  return extracted.article ? { ...extracted, article: { ...extracted.article, text: joinBlocks(extracted.blocks) } } : extracted;
}
