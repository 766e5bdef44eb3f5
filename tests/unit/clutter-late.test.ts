// Late clutter (lib/clutter/late.ts): what a page adds after load is examined with the same rules
// and the same article guard, in debounced batches, for a limited time, and undone by "Show
// everything". linkedom provides the MutationObserver; the tests wait for the (short) debounce.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/analyze';
import { HIDDEN_ATTR, UNLOCK_ATTR, restoreAll } from '../../lib/clutter/apply';
import { watchLateClutter } from '../../lib/clutter/late';
import type { FoundClutter } from '../../lib/clutter/find';
import { PageSession } from '../../ext/session';
import { articlePage, PARAGRAPHS, parse } from '../fixtures/lib/pages';

const DEBOUNCE = 5;
const settle = () => new Promise((r) => setTimeout(r, 60));

/** The standard article page, extracted, with a late watch running; `add` puts HTML at the end of <body> or into the article. */
function watched(options: { watchMs?: number; maxElements?: number } = {}) {
  const doc = parse(articlePage({}));
  const page = extractPage(doc);
  const controller = new AbortController();
  const reported: FoundClutter[] = [];
  watchLateClutter(doc, { ctx: page.context!, signal: controller.signal, debounceMs: DEBOUNCE, watchMs: options.watchMs ?? 5_000, maxElements: options.maxElements, onHidden: (f) => reported.push(...f) });
  const add = (html: string, where: 'body' | 'article' = 'body') => {
    const box = doc.createElement('div');
    box.innerHTML = html;
    const el = box.firstElementChild!;
    (where === 'body' ? doc.body : doc.querySelector('article')!).appendChild(el);
    return el;
  };
  return { doc, controller, reported, add };
}

const DISQUS = '<div id="disqus_thread"><p>14 comments</p></div>';
const DIALOG = '<div role="dialog" class="gate"><p>You have reached your limit of free articles this month.</p><button>Subscribe</button></div>';
const ALSO_READ = '<p><strong>Also Read:</strong> <a href="/news/bridge">Island bridge plan shelved again after cost review</a></p>';

describe('watchLateClutter', () => {
  it('hides a comment widget added after load', async () => {
    const { add } = watched();
    const el = add(DISQUS);
    await settle();
    expect(el.getAttribute(HIDDEN_ATTR)).toBe('comments');
  });

  it('hides a paywall dialog added after load', async () => {
    const { add } = watched();
    const el = add(DIALOG);
    await settle();
    expect(el.getAttribute(HIDDEN_ATTR)).toBe('paywall');
  });

  it('lifts the scroll lock a late paywall sets on <body>', async () => {
    const { doc, add } = watched();
    add(DIALOG);
    doc.body.setAttribute('style', 'overflow: hidden');
    await settle();
    expect(doc.body.getAttribute(UNLOCK_ATTR)).toBe('overflow');
  });

  it('hides an "Also Read" line inserted into the article later', async () => {
    const { add } = watched();
    const el = add(ALSO_READ, 'article');
    await settle();
    expect(el.getAttribute(HIDDEN_ATTR)).toBe('promo');
  });

  it('keeps a late block that holds article text, whatever its class', async () => {
    const { add } = watched();
    const el = add(`<div class="comments-enabled"><p>${PARAGRAPHS[2]}</p></div>`, 'article');
    await settle();
    expect(el.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('reports what it hid, with kind and text', async () => {
    const { add, reported } = watched();
    add(DISQUS);
    await settle();
    expect(reported.map((f) => [f.kind, f.text])).toEqual([['comments', '14 comments']]);
  });

  it('hides nothing once its signal is aborted', async () => {
    const { add, controller } = watched();
    controller.abort();
    const el = add(DISQUS);
    await settle();
    expect(el.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('hides nothing after its time is up', async () => {
    const { add } = watched({ watchMs: 10 });
    await settle();
    const el = add(DISQUS);
    await settle();
    expect(el.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('examines at most maxElements added elements in a batch', async () => {
    const { add, reported } = watched({ maxElements: 2 });
    for (let i = 0; i < 4; i++) add(`<div id="disqus_thread_${i}"></div>`);
    await settle();
    expect(reported.length).toBe(2);
  });

  it('"Show everything" (restoreAll) shows what it hid', async () => {
    const { doc, add } = watched();
    add(DISQUS);
    await settle();
    restoreAll(doc);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(0);
  });
});

describe('PageSession with late clutter', () => {
  function session() {
    const doc = parse(articlePage({ after: '<section id="comments"><h3>Comments</h3><p>First!</p></section>' }));
    const s = new PageSession(doc, 'https://courier.test/news/ferry');
    s.extract();
    s.clean();
    return { doc, s };
  }
  const addWidget = (doc: Document) => {
    const el = doc.createElement('div');
    el.id = 'disqus_thread';
    el.textContent = '14 comments';
    doc.body.appendChild(el);
    return el;
  };

  it('counts late clutter among the hidden elements it reports', async () => {
    const { doc, s } = session();
    addWidget(doc);
    await new Promise((r) => setTimeout(r, 400));
    expect(s.hidden()).toBe(2);
  });

  it('stops hiding late clutter after "Show everything"', async () => {
    const { doc, s } = session();
    s.restore();
    const el = addWidget(doc);
    await new Promise((r) => setTimeout(r, 400));
    expect(el.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });
});
