// The content script's runner (ext/runner.ts) on pages that change under it (issue #9): a
// single-page app that moves to another article with history.pushState, a page whose article is
// built by script after load, a jump to an anchor. On linkedom with a stand-in window whose URL
// the test changes as pushState would.
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR } from '../../lib/clutter/apply';
import { articleHtml, getReport as get, runnerPage as page, sleep } from '../fixtures/hostile/runner';

const STORY_1 = 'The first story is about the ferry vote in the harbour town.';
const STORY_2 = 'The second story is about repairs to the old lighthouse.';

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
