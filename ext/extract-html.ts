// A page written out as HTML (ext/huge-page.ts), parsed into an inert document (no scripts run,
// nothing loads) and read by the same lib/extract/article as on the page: the far side of a huge
// page's extraction, run in Firefox's background page or Chrome's offscreen document.
import { extractArticle } from '../lib/extract/article';
import { now, round } from '../lib/page';
import { toWire, type ExtractAnswer } from './extract-messages';

export type ParseHtml = (html: string) => Document;

const parseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/** The extraction of a page written out as `html` (at `url`); never throws. */
export function extractFromHtml(html: string, url: string, parse: ParseHtml = parseHtml): ExtractAnswer {
  try {
    const t0 = now();
    const doc = parse(html);
    const extracted = extractArticle(doc, { url });
    return { extracted: toWire(extracted), ms: round(now() - t0) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

