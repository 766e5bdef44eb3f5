// The popup's side of the conversation with the content script in a tab (tabs.sendMessage).
import { browser } from 'wxt/browser';
import { isPageReport, type CruxRequest, type PageReport } from './messages';
import type { AnnotateResult, Annotations } from './annotations';

const TIMEOUT_MS = 10_000;

/** Sends one request to the tab's top frame; rejects when no content script answers in time. */
export async function sendToPage(tabId: number, request: CruxRequest): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The page did not answer in time.')), TIMEOUT_MS);
  });
  try {
    return await Promise.race([browser.tabs.sendMessage(tabId, request, { frameId: 0 }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page's report, or null when no Crux content script runs in that tab. */
export async function getReport(tabId: number): Promise<PageReport | null> {
  try {
    const answer = await sendToPage(tabId, { type: 'crux:get' });
    return isPageReport(answer) ? answer : null;
  } catch {
    return null;
  }
}

/** "Show everything" (restore) or hide again (reclean); returns how many elements are hidden afterwards. */
export async function setCleaned(tabId: number, clean: boolean): Promise<number> {
  const answer = await sendToPage(tabId, { type: clean ? 'crux:reclean' : 'crux:restore' });
  if (typeof answer !== 'number') throw new Error('The page gave no answer.');
  return clean ? answer : 0;
}

/** Scrolls the tab to a demand's evidence sentence and highlights it; false when the page doesn't hold it. */
export async function highlightEvidence(tabId: number, evidence: string): Promise<boolean> {
  return (await sendToPage(tabId, { type: 'crux:highlight', evidence })) === true;
}

/** Shows the annotations in the tab; says how many mentions and sentences it marked. */
export async function annotatePage(tabId: number, annotations: Annotations): Promise<AnnotateResult> {
  const answer = await sendToPage(tabId, { type: 'crux:annotate', annotations });
  const r = answer as Partial<AnnotateResult> | null;
  if (typeof r?.mentions !== 'number' || typeof r.sentences !== 'number') throw new Error('The page gave no answer.');
  return { mentions: r.mentions, sentences: r.sentences };
}

/** Takes the annotations away from the tab. */
export async function unannotatePage(tabId: number): Promise<void> {
  if ((await sendToPage(tabId, { type: 'crux:unannotate' })) !== true) throw new Error('The page gave no answer.');
}
