// The content script's runner (ext/runner.ts) on pages that change under it (issue #9): a
// single-page app that moves to another article with history.pushState, a page whose article is
// built by script after load, a jump to an anchor. On linkedom with a stand-in window whose URL
// the test changes as pushState would.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { PageRunner } from '../../ext/runner';
import type { PageReport } from '../../ext/messages';
import { HIDDEN_ATTR } from '../../lib/clutter/apply';
import { enParagraph } from '../fixtures/hostile/pages';

const STORY_1 = 'The first story is about the ferry vote in the harbour town.';
const STORY_2 = 'The second story is about repairs to the old lighthouse.';

function articleHtml(sentence: string, n: number): string {
  const paras = Array.from({ length: 8 }, (_, i) => `<p>${sentence} ${enParagraph(i + n)}</p>`).join('');
  return `<article><h1>Story</h1>${paras}</article><section id="comments" class="comments"><h2>Comments</h2><p>Join the conversation on this story.</p></section>`;
}

function page(bodyHtml: string, href: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><head><title>App</title></head><body><div id="app">${bodyHtml}</div></body></html>`);
  const events = new EventTarget();
  const win = {
    document,
    location: { href },
    addEventListener: events.addEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  } as unknown as Window & { location: { href: string } };
  const runner = new PageRunner(win, {
    skipClean: async () => false,
    pause: () => Promise.resolve(),
    pollMs: 10,
    settleQuietMs: 20,
    settleMaxMs: 200,
    lateWatchMs: 0,
  });
  const app = document.getElementById('app')!;
  return { win, runner, doc: document as unknown as Document, app };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const get = async (runner: PageRunner) => (await runner.answer({ type: 'crux:get' })) as PageReport;

describe('PageRunner follows a single-page app', () => {
  it('analyses the article of the new URL after a pushState', async () => {
    const { win, runner, app } = page(articleHtml(STORY_1, 0), 'https://news.example/story-1');
    await get(runner);
    app.innerHTML = articleHtml(STORY_2, 3);
    win.location.href = 'https://news.example/story-2';
    await sleep(60);
    const r = await get(runner);
    runner.dispose();
    expect({ url: r.url, has2: r.article?.text.includes(STORY_2), has1: r.article?.text.includes(STORY_1) })
      .toEqual({ url: 'https://news.example/story-2', has2: true, has1: false });
  });

  it('undoes the first article\'s clean-up when the URL changes', async () => {
    const { win, runner, doc } = page(articleHtml(STORY_1, 0), 'https://news.example/story-1');
    await get(runner);
    const hiddenBefore = doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length;
    const comments = doc.getElementById('comments')!;
    // the app keeps the comments box but moves it out of the page (detached nodes keep their marks)
    comments.remove();
    win.location.href = 'https://news.example/story-2';
    await sleep(60);
    runner.dispose();
    expect({ hiddenBefore, markLeft: comments.hasAttribute(HIDDEN_ATTR) }).toEqual({ hiddenBefore: 1, markLeft: false });
  });

  it('re-reads on popstate (Back) at once', async () => {
    const { win, runner, app } = page(articleHtml(STORY_1, 0), 'https://news.example/story-1');
    await get(runner);
    app.innerHTML = articleHtml(STORY_2, 3);
    win.location.href = 'https://news.example/story-2';
    win.dispatchEvent(new Event('popstate'));
    const r = await get(runner);
    runner.dispose();
    expect(r.article?.text).toContain(STORY_2);
  });

  it('does not start again for a jump to an anchor (#comments)', async () => {
    const { win, runner, doc } = page(articleHtml(STORY_1, 0), 'https://news.example/story-1');
    await get(runner);
    const hidden = doc.querySelector(`[${HIDDEN_ATTR}]`);
    win.location.href = 'https://news.example/story-1#comments';
    await sleep(40);
    const still = doc.querySelector(`[${HIDDEN_ATTR}]`);
    runner.dispose();
    expect(still !== null && still === hidden).toBe(true);
  });
});

describe('PageRunner on a page built by script after load', () => {
  it('finds the article when the popup asks, though it was not there at first', async () => {
    const { runner, app } = page('<p>Loading…</p>', 'https://news.example/app');
    const first = await get(runner);
    app.innerHTML = articleHtml(STORY_1, 0);
    const second = await get(runner);
    runner.dispose();
    expect({ first: first.isArticle, second: second.isArticle }).toEqual({ first: false, second: true });
  });
});
