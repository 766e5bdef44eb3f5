// The content script across the page's life (issue #9): a page that goes into the back/forward
// cache (pagehide with `persisted`) pauses Crux and keeps its state, and when it is shown again
// (pageshow with `persisted`) Crux carries on — follows the app's URL, hides clutter the page adds,
// answers the popup; a page that goes away for good stops it. And a page without an article is
// remembered as such until it changes: the popup's answer is at once, not a new reading. On
// linkedom with a stand-in window (tests/fixtures/hostile/runner.ts); the same in real Chromium
// with a real back/forward cache is tests/e2e/lifecycle-chromium.test.ts.
import { describe, expect, it } from 'vitest';
import { Window as HappyWindow } from 'happy-dom';
import { followPageLife, type PageLife } from '../../ext/lifecycle';
import { TextChangeWatch } from '../../ext/changes';
import { HIDDEN_ATTR } from '../../lib/clutter/apply';
import { articleHtml, getReport, runnerPage, sleep, type TestWindow } from '../fixtures/hostile/runner';

const STORY_1 = 'The first story is about the ferry vote in the harbour town.';
const STORY_2 = 'The second story is about repairs to the old lighthouse.';
const URL_1 = 'https://news.example/story-1';
const COMMENTS = '<section class="comments" id="late-comments"><h2>Comments</h2><p>Join the conversation on this story.</p></section>';
/** the late-clutter window of these tests (ms): longer than the watch's debounce (200 ms) */
const LATE_MS = 400;

/** A pagehide or pageshow event as the browser sends it. */
function transition(type: 'pagehide' | 'pageshow', persisted: boolean): Event {
  return Object.assign(new Event(type), { persisted });
}

/** Puts the page into the back/forward cache and shows it again. */
function throughCache(win: TestWindow, meanwhile: () => void = () => undefined): void {
  win.dispatchEvent(transition('pagehide', true));
  meanwhile();
  win.dispatchEvent(transition('pageshow', true));
}

function runnerWithLife(bodyHtml: string, lateWatchMs = 0) {
  const p = runnerPage(bodyHtml, URL_1, lateWatchMs);
  followPageLife(p.win, p.runner);
  return p;
}

type LifePage = ReturnType<typeof runnerWithLife>;
const addComments = (p: LifePage) => p.app.insertAdjacentHTML('beforeend', COMMENTS);

/**
 * Reads and cleans an article page (late watch of `lateWatchMs`), waits until that first late
 * window is over unless told not to, runs `steps`, and says whether the comments box they added
 * ended up hidden (after longer than the watch's debounce).
 */
async function commentsHiddenAfter(steps: (p: LifePage) => unknown, { lateWatchMs = LATE_MS, firstWindowOver = true } = {}) {
  const p = runnerWithLife(articleHtml(STORY_1, 0), lateWatchMs);
  await getReport(p.runner);
  if (firstWindowOver) await sleep(lateWatchMs + 50);
  await steps(p);
  await sleep(LATE_MS - 50);
  const hidden = p.doc.getElementById('late-comments')?.hasAttribute(HIDDEN_ATTR);
  p.runner.dispose();
  return hidden;
}

/** The app shows its second story at a new URL (as history.pushState would). */
function moveToStory2(p: LifePage): void {
  p.app.innerHTML = articleHtml(STORY_2, 3);
  p.win.location.href = 'https://news.example/story-2';
}

/** Reads an article page, runs `steps`, and gives the article's text Crux reports after the app's settle time. */
async function articleAfter(steps: (p: LifePage) => void): Promise<string> {
  const p = runnerWithLife(articleHtml(STORY_1, 0));
  await getReport(p.runner);
  steps(p);
  await sleep(80);
  const r = await getReport(p.runner);
  p.runner.dispose();
  return r.article?.text ?? '';
}

describe('followPageLife', () => {
  function record() {
    const calls: string[] = [];
    const life: PageLife = { suspend: () => calls.push('suspend'), resume: () => calls.push('resume'), dispose: () => calls.push('dispose') };
    const events = new EventTarget();
    const win = { addEventListener: events.addEventListener.bind(events), removeEventListener: events.removeEventListener.bind(events) };
    followPageLife(win, life);
    return { calls, send: (e: Event) => events.dispatchEvent(e) };
  }

  it('pauses for the back/forward cache and carries on when the page is shown again', () => {
    const { calls, send } = record();
    send(transition('pagehide', true));
    send(transition('pageshow', true));
    expect(calls).toEqual(['suspend', 'resume']);
  });

  it('does nothing on the first pageshow of a page (not from the cache)', () => {
    const { calls, send } = record();
    send(transition('pageshow', false));
    expect(calls).toEqual([]);
  });

  it('stops for good when the page goes away, and listens no more', () => {
    const { calls, send } = record();
    send(transition('pagehide', false));
    send(transition('pageshow', true));
    send(transition('pagehide', true));
    expect(calls).toEqual(['dispose']);
  });
});

describe('PageRunner through the back/forward cache', () => {
  it('keeps the clean-up while the page is in the cache and after', async () => {
    const { win, runner, doc } = runnerWithLife(articleHtml(STORY_1, 0));
    const before = (await getReport(runner)).hidden;
    throughCache(win);
    const after = await getReport(runner);
    runner.dispose();
    expect({ before, hidden: after.hidden, marked: doc.getElementById('comments')?.hasAttribute(HIDDEN_ATTR) })
      .toEqual({ before: 1, hidden: 1, marked: true });
  });

  it('does not watch the page while it is in the cache', async () => {
    const hidden = await commentsHiddenAfter((p) => {
      p.win.dispatchEvent(transition('pagehide', true));
      addComments(p);
    }, { lateWatchMs: 5_000, firstWindowOver: false });
    expect(hidden).toBe(false);
  });

  it('hides clutter the page adds after it was shown again, though the first late window had closed', async () => {
    expect(await commentsHiddenAfter((p) => {
      throughCache(p.win);
      addComments(p);
    })).toBe(true);
  });

  it('hides what the page added while it was away or as it was shown (before Crux carried on)', async () => {
    expect(await commentsHiddenAfter((p) => throughCache(p.win, () => addComments(p)))).toBe(true);
  });

  it('does not hide late clutter after it was shown again when the reader chose "Show everything"', async () => {
    expect(await commentsHiddenAfter(async (p) => {
      await p.runner.answer({ type: 'crux:restore' });
      throughCache(p.win);
      addComments(p);
    })).toBe(false);
  });

  it('follows the app to its next article after it was shown again', async () => {
    expect(await articleAfter((p) => {
      throughCache(p.win);
      moveToStory2(p);
    })).toContain(STORY_2);
  });

  it('reads the new article when the URL changed while the page was in the cache', async () => {
    expect(await articleAfter((p) => throughCache(p.win, () => moveToStory2(p)))).toContain(STORY_2);
  });

  it('finishes a reading the cache cut short', async () => {
    const { win, runner } = runnerWithLife(articleHtml(STORY_1, 0));
    throughCache(win); // before the first stage ran
    const r = await getReport(runner);
    runner.dispose();
    expect({ isArticle: r.isArticle, hidden: r.hidden }).toEqual({ isArticle: true, hidden: 1 });
  });

  it('follows no app once the page went away for good', async () => {
    expect(await articleAfter((p) => {
      p.win.dispatchEvent(transition('pagehide', false));
      moveToStory2(p);
    })).toContain(STORY_1);
  });
});

describe('PageRunner remembers a page without an article until it changes', () => {
  const NO_ARTICLE = '<nav><a href="/a">Home</a> <a href="/b">World</a></nav><p>Welcome to the Lindmark Gazette.</p><span id="clock">10:00</span>';

  it('answers again from what it read, without reading the page again', async () => {
    const { runner } = runnerPage(NO_ARTICLE, URL_1);
    await getReport(runner);
    const first = await runner.current();
    const r = await getReport(runner);
    const second = await runner.current();
    runner.dispose();
    expect({ isArticle: r.isArticle, same: first === second }).toEqual({ isArticle: false, same: true });
  });

  it('is not read again for a small change (a clock ticking)', async () => {
    const { runner, doc } = runnerPage(NO_ARTICLE, URL_1);
    await getReport(runner);
    const first = await runner.current();
    doc.getElementById('clock')!.textContent = '10:01';
    await sleep(10);
    await getReport(runner);
    const second = await runner.current();
    runner.dispose();
    expect(first === second).toBe(true);
  });

  it('is read again once the page has gained an article\'s worth of text', async () => {
    const { runner, app } = runnerPage(NO_ARTICLE, URL_1);
    await getReport(runner);
    app.insertAdjacentHTML('beforeend', articleHtml(STORY_1, 0));
    await sleep(10);
    const r = await getReport(runner);
    runner.dispose();
    expect(r.article?.text).toContain(STORY_1);
  });

  it('is read again after the page came back from the cache changed', async () => {
    const { win, runner, app } = runnerPage(NO_ARTICLE, URL_1);
    followPageLife(win, runner);
    await getReport(runner);
    throughCache(win, () => app.insertAdjacentHTML('beforeend', articleHtml(STORY_1, 0)));
    const r = await getReport(runner);
    runner.dispose();
    expect(r.article?.text).toContain(STORY_1);
  });
});

describe('TextChangeWatch on text changed in place (happy-dom: linkedom reports no characterData)', () => {
  async function watchWhile(change: (clock: Text) => void): Promise<boolean> {
    const win = new HappyWindow();
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = '<p>Welcome to the Lindmark Gazette.</p><span id="clock">10:00</span>';
    const watch = new TextChangeWatch(doc);
    change(doc.getElementById('clock')!.firstChild as Text);
    const changed = watch.changed();
    watch.stop();
    await win.happyDOM.close();
    return changed;
  }

  it('a clock ticking a hundred times is no change', async () => {
    expect(await watchWhile((clock) => { for (let i = 0; i < 100; i++) clock.data = `10:${String(i).padStart(2, '0')}`; })).toBe(false);
  });

  it('a text that grew by an article\'s worth is one', async () => {
    expect(await watchWhile((clock) => { clock.data = STORY_1.repeat(5); })).toBe(true);
  });
});
