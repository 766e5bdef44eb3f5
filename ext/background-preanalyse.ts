// Wires the Preanalyser (ext/preanalyser.ts) to the browser: runtime messages in, tabs closing,
// the page's report through tabs.sendMessage, the NLP chunk loaded on first use, the popup's cache.
import { browser } from 'wxt/browser';
import { Preanalyser } from './preanalyser';
import { getReport } from './page';
import { getCached, putCached } from './cache';
import { getPreanalysePref } from './preanalyse-pref';

let nlpChunk: Promise<typeof import('../lib/text')> | undefined;
/** The NLP, started up on first use (compromise's start-up is most of the chunk's cost). */
const loadNlp = () => (nlpChunk ??= timed('crux:nlp-start-up', () => import('../lib/text')));

/**
 * Runs `work` and records how long it took as a User Timing measure `name` (the benchmark reads
 * them, bench/browser.ts); only the latest of each name is kept, so a long-lived background
 * page does not collect them.
 */
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* no User Timing here: nothing to record */
  }
  return result;
}

export function startPreanalysis(): void {
  const preanalyser = new Preanalyser({
    enabled: getPreanalysePref,
    getReport,
    analyze: async (article) => {
      const { analyzeText } = await loadNlp();
      return timed('crux:preanalyse', async () => analyzeText(article));
    },
    getCached,
    putCached,
  }, browser.runtime.id, browser.runtime.getURL('/'));

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    const answer = preanalyser.receive(message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse, () => sendResponse(null));
    return true; // the answer comes asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => preanalyser.forget(tabId));
}
