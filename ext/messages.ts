// The messages the popup sends to the content script, what the content script answers, and a
// strict check of an incoming message's shape (anything else is ignored).
import type { PageExtraction } from '../lib/types';
import { isAnnotations, MAX_EVIDENCE, type Annotations } from './annotations';

export { MAX_EVIDENCE };

export type CruxRequest =
  | { type: 'crux:get' }
  | { type: 'crux:restore' }
  | { type: 'crux:reclean' }
  /** scroll the page to a demand's evidence sentence and highlight it; answers true when found */
  | { type: 'crux:highlight'; evidence: string }
  /** underline the actors' mentions and mark the demand sentences (replacing any earlier annotations); answers an AnnotateResult */
  | { type: 'crux:annotate'; annotations: Annotations }
  /** takes the annotations away: the page's DOM is as it was before; answers true */
  | { type: 'crux:unannotate' };

/** The answer to `crux:get`: the page side's extraction (no live elements) and the clean-up state. */
export interface PageReport extends PageExtraction {
  url: string;
  title: string;
  /** how many elements Crux hides on the page right now */
  hidden: number;
  /** true while Crux's clean-up is applied to the page */
  cleaned: boolean;
  /** how long hiding the clutter held the page's main thread (ms) */
  applyMs?: number;
  /** the longest the content script held the page's main thread at a time (ms), in the extraction, the clutter scan and the clean-up (issue #9: 50 ms) */
  longestTaskMs?: { extract: number; clutter: number; apply: number };
  /** true when the page was too big to read on its own main thread (ext/huge-page.ts): the extension read it, or it was found nested too deep for an article while being written out */
  readOffPage?: boolean;
  /** set when the page side failed; the rest is then empty */
  error: string | null;
  /** the page's own icon when it is inline (a data: image URL, so showing it fetches nothing), else null */
  favicon?: string | null;
}

const TYPES: ReadonlySet<string> = new Set(['crux:get', 'crux:restore', 'crux:reclean', 'crux:unannotate']);

export function isCruxRequest(msg: unknown): msg is CruxRequest {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return false;
  const keys = Object.keys(msg);
  const type = (msg as { type?: unknown }).type;
  if (type === 'crux:highlight') {
    const evidence = (msg as { evidence?: unknown }).evidence;
    return keys.length === 2 && typeof evidence === 'string' && evidence.trim().length > 0 && evidence.length <= MAX_EVIDENCE;
  }
  if (type === 'crux:annotate') return keys.length === 2 && isAnnotations((msg as { annotations?: unknown }).annotations);
  return keys.length === 1 && typeof type === 'string' && TYPES.has(type);
}

/** Who sent a message, as the browser tells the receiver (runtime.MessageSender's fields used here). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * True when a message comes from this extension's own pages (popup, background), not from a
 * content script in some tab (which runs beside hostile pages) nor from another extension.
 * `origin` is the extension's base URL (runtime.getURL('/')).
 */
export function isFromExtensionPage(sender: SenderLike, ownId: string, origin: string): boolean {
  if (sender.id !== ownId) return false;
  if (typeof sender.url === 'string') return sender.url.startsWith(origin);
  return sender.tab === undefined;
}

/** A loose check of a `crux:get` answer as the popup receives it. */
export function isPageReport(x: unknown): x is PageReport {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<PageReport>;
  return typeof r.url === 'string' && typeof r.isArticle === 'boolean' && Array.isArray(r.clutter) &&
    typeof r.hidden === 'number' && typeof r.cleaned === 'boolean';
}
