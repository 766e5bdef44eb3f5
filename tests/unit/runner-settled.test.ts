// The content script's runner tells when a run has ended (RunnerOptions.onSettled), so the
// content script can tell the background an article is ready to analyse ahead (issue #8). On
// linkedom with a stand-in window.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { PageRunner } from '../../ext/runner';

const SEED = path.resolve('../shared/seed/putin-nato-talks.html');
const PAGE_URL = 'https://www.thehindu.com/news/international/putin-nato/article37955379.ece';

function settledRuns(skipClean: boolean): Promise<boolean[]> {
  const { document } = parseHTML(readFileSync(SEED, 'utf8'));
  const events = new EventTarget();
  const win = {
    document, location: { href: PAGE_URL },
    addEventListener: events.addEventListener.bind(events), dispatchEvent: events.dispatchEvent.bind(events),
  } as unknown as Window;
  const settled: boolean[] = [];
  const runner = new PageRunner(win, {
    skipClean: async () => skipClean, pause: () => Promise.resolve(), lateWatchMs: 0, pollMs: 60_000,
    onSettled: (session) => settled.push(session.report().isArticle),
  });
  return runner.current().then(() => {
    runner.dispose();
    return settled;
  });
}

describe('PageRunner onSettled', () => {
  it('is called once when the run ends on the article, after the clean-up', async () => {
    expect(await settledRuns(false)).toEqual([true]);
  });

  it('is called on a site the user does not clean too (the article is still there to analyse)', async () => {
    expect(await settledRuns(true)).toEqual([true]);
  });
});
