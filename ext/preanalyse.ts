// Analysing an article ahead of the click (issue #8): the two light messages around the
// background's pre-analysis (ext/preanalyser.ts). The content script says "my run has ended on an
// article" (`crux:article-ready`, no payload: the background reads the page with `crux:get`, as the
// popup does); the popup asks the background for what it has for a tab and URL
// (`crux:preanalysis`: the analysis, waiting for one under way, or null at once). Nothing heavy
// here: the content script and the popup's first chunk import it.
import type { TextAnalysis } from '../lib/types';
import { isAnalysis } from './cache';

export type PreanalyseMessage =
  | { type: 'crux:article-ready' }
  | { type: 'crux:preanalysis'; tabId: number; url: string };

export function isArticleReady(msg: unknown): msg is { type: 'crux:article-ready' } {
  return isPlain(msg) && Object.keys(msg).length === 1 && msg.type === 'crux:article-ready';
}

export function isPreanalysisRequest(msg: unknown): msg is { type: 'crux:preanalysis'; tabId: number; url: string } {
  if (!isPlain(msg) || Object.keys(msg).length !== 3 || msg.type !== 'crux:preanalysis') return false;
  return Number.isInteger(msg.tabId) && (msg.tabId as number) >= 0 && typeof msg.url === 'string' && msg.url.length > 0;
}

function isPlain(msg: unknown): msg is Record<string, unknown> {
  return typeof msg === 'object' && msg !== null && !Array.isArray(msg) && Object.getPrototypeOf(msg) === Object.prototype;
}

/** Something that can send a runtime message (browser.runtime), so this module stays browser-free. */
export interface RuntimeLike {
  sendMessage(message: PreanalyseMessage): Promise<unknown>;
}

/** Content script: tells the background the page's run ended on an article; never throws (no background: nothing happens). */
export function notifyArticleReady(runtime: RuntimeLike): void {
  try {
    void runtime.sendMessage({ type: 'crux:article-ready' }).catch(() => undefined);
  } catch {
    /* the extension was reloaded under the page: nothing to tell */
  }
}

/** Popup: the background's analysis of `url` in tab `tabId` (waiting for one under way), or null. */
export async function askPreanalysis(runtime: RuntimeLike, tabId: number, url: string): Promise<TextAnalysis | null> {
  try {
    const answer = await runtime.sendMessage({ type: 'crux:preanalysis', tabId, url });
    return isAnalysis(answer) ? answer : null;
  } catch {
    return null;
  }
}

/**
 * The first of `tries` to give a value that is not null: the popup takes the background's analysis
 * or its own, whichever comes first. When none does, null, or the last failure if one failed.
 */
export function firstNonNull<T>(tries: Promise<T | null>[]): Promise<T | null> {
  return new Promise((resolve, reject) => {
    let left = tries.length;
    let failure: { error: unknown } | null = null;
    if (!left) return resolve(null);
    const settle = () => {
      if (--left > 0) return;
      if (failure) reject(failure.error);
      else resolve(null);
    };
    for (const t of tries) {
      t.then((v) => {
        if (v !== null) resolve(v);
        settle();
      }, (error: unknown) => {
        failure = { error };
        settle();
      });
    }
  });
}
