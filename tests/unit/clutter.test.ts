// Clutter: what the rules hide (one fixture per kind of block), what the article guard keeps, the
// article text without in-body promos, and reversible hiding (lib/clutter). Every fixture block is
// marked with data-fixture so a test can name the element it expects (data-* attributes are not
// read by any rule).
import { describe, expect, it } from 'vitest';
import { extractPage, type PageResult } from '../../lib/analyze';
import { extractArticle } from '../../lib/extract/article';
import { HIDDEN_ATTR, STYLE_ID, UNLOCK_ATTR, hideElements, restoreAll } from '../../lib/clutter/apply';
import { hasToken } from '../../lib/clutter/context';
import { contextSteps } from '../../lib/clutter/find';
import { COMMENT_TOKEN } from '../../lib/clutter/comments';
import { PAYWALL_TOKEN } from '../../lib/clutter/paywall';
import { articlePage, HEADLINE, PARAGRAPHS, parse, type PageParts } from '../fixtures/lib/pages';

function run(parts: PageParts): { doc: Document; page: PageResult } {
  const doc = parse(articlePage(parts));
  return { doc, page: extractPage(doc) };
}

/** The kind the page's clutter gives the fixture block `name`, or null when it is not hidden. */
function kindOf(parts: PageParts, name: string): string | null {
  const { doc, page } = run(parts);
  const el = doc.querySelector(`[data-fixture="${name}"]`);
  if (!el) throw new Error(`fixture block ${name} not found`);
  const i = page.elements.indexOf(el);
  return i >= 0 ? page.clutter[i]!.kind : null;
}

/** Everything the page hides, as text. */
const hiddenText = (parts: PageParts) => run(parts).page.clutter.map((c) => c.text).join('\n');

/** The article with one paragraph inserted after the second. */
const withParagraph = (p: string): PageParts => ({ paragraphs: [...PARAGRAPHS.slice(0, 2), p, ...PARAGRAPHS.slice(2)] });

const PAYWALL_PROMPT = '<div class="notice" data-fixture="paywall"><p>You have reached your limit of free articles this month.</p><a href="/subscribe">Subscribe</a></div>';
const METER_DIALOG = '<div role="dialog" class="gate" data-fixture="dialog"><h2>Keep reading</h2><p>Subscribe today for just $1 a week.</p><button>Subscribe</button></div>';
const COMMENTS_BY_ID = '<section id="comments" data-fixture="comments"><h3>What readers say</h3><p>Great news for the island, says Tom.</p><p>About time the council listened, says Jill.</p></section>';
const COMMENTS_BY_CLASS = '<div class="comment-section" data-fixture="comments"><p>Great news for the island, says Tom.</p><p>About time the council listened, says Jill.</p></div>';
const COMMENTS_BY_HEADING = '<section data-fixture="comments"><h2>Comments</h2><div><p>Tom: Great news for the island.</p><p>Jill: About time the council listened.</p></div></section>';
const DISQUS = '<div id="disqus_thread" data-fixture="disqus"></div>';
const NEWSLETTER = '<div class="box" data-fixture="newsletter"><h3>The morning briefing</h3><p>Get the day\'s top stories from the coast straight to your inbox.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>';
const ALSO_READ = '<p data-fixture="promo"><strong>Also Read:</strong> <a href="/news/bridge-plan">Island bridge plan shelved again after cost review</a></p>';
const SHARE_BAR = '<div class="share-bar" data-fixture="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>';

describe('findClutter: each kind of block is hidden', () => {
  it('hides a paywall prompt by its text ("reached your limit of free articles")', () => {
    expect(kindOf({ after: PAYWALL_PROMPT }, 'paywall')).toBe('paywall');
  });

  it('hides a metering dialog (role=dialog that asks to subscribe)', () => {
    expect(kindOf({ before: METER_DIALOG }, 'dialog')).toBe('paywall');
  });

  it('hides a comment section by its id token (#comments)', () => {
    expect(kindOf({ after: COMMENTS_BY_ID }, 'comments')).toBe('comments');
  });

  it('hides a comment section by its class token (.comment-section)', () => {
    expect(kindOf({ after: COMMENTS_BY_CLASS }, 'comments')).toBe('comments');
  });

  it('hides the whole section a "Comments" heading opens', () => {
    expect(kindOf({ after: COMMENTS_BY_HEADING }, 'comments')).toBe('comments');
  });

  it('hides a vendor comment widget (#disqus_thread), even while still empty', () => {
    expect(kindOf({ after: DISQUS }, 'disqus')).toBe('comments');
  });

  it('hides a newsletter box that offers an email field', () => {
    expect(kindOf({ after: NEWSLETTER }, 'newsletter')).toBe('newsletter');
  });

  it('hides an "Also Read:" link paragraph inside the article body', () => {
    expect(kindOf({ middle: { after: 1, html: ALSO_READ } }, 'promo')).toBe('promo');
  });

  it('hides a share bar at the top of the article', () => {
    expect(kindOf({ top: SHARE_BAR }, 'share')).toBe('social');
  });

  it('reports the hidden block\'s whole text, white space collapsed', () => {
    const { page } = run({ after: COMMENTS_BY_HEADING });
    expect(page.clutter.map((c) => c.text)).toEqual(['Comments Tom: Great news for the island. Jill: About time the council listened.']);
  });

  it('lists the clutter in document order', () => {
    const { page } = run({ before: METER_DIALOG, top: SHARE_BAR, after: COMMENTS_BY_ID + NEWSLETTER });
    expect(page.clutter.map((c) => c.kind)).toEqual(['paywall', 'social', 'comments', 'newsletter']);
  });
});

describe('findClutter: what must stay visible', () => {
  it('hides nothing on a page without clutter', () => {
    expect(run({}).page.clutter).toEqual([]);
  });

  it('keeps an article paragraph about online comments', () => {
    const p = 'Hundreds of comments poured in under the council\'s post within hours, and most of them asked why a car park mattered more than the ferry.';
    expect(hiddenText(withParagraph(p))).not.toContain('Hundreds of comments');
  });

  it('keeps an article paragraph that says comments were closed', () => {
    const p = 'Comments are closed on the council\'s own website, so residents took their anger to a community forum instead.';
    expect(hiddenText(withParagraph(p))).not.toContain('Comments are closed');
  });

  it('keeps prose that starts with the word "Related"', () => {
    const p = 'Related costs, such as fuel and crew wages, rose by a fifth last year, the operator said in its annual report.';
    expect(hiddenText(withParagraph(p))).not.toContain('Related costs');
  });

  it('keeps a figure caption', () => {
    const figure = '<figure data-fixture="figure"><img src="ferry.jpg" alt=""><figcaption>The night ferry leaves Lowmoor harbour for Carrick on Tuesday evening.</figcaption></figure>';
    expect(kindOf({ middle: { after: 0, html: figure } }, 'figure')).toBeNull();
  });

  it('keeps an article whose container has a comment class token (the guard)', () => {
    const wrapper = { open: '<article class="story comments-enabled" data-fixture="wrapper">', close: '</article>' };
    const { doc, page } = run({ wrapper });
    // [does the wrapper carry the token a comment rule hides, how many elements are hidden]
    expect([hasToken(doc.querySelector('[data-fixture="wrapper"]')!, COMMENT_TOKEN), page.elements.length]).toEqual([true, 0]);
  });

  it('keeps an article whose container has a paywall class token (the guard)', () => {
    const wrapper = { open: '<article><div class="story-body paywall" data-fixture="wrapper">', close: '</div></article>' };
    const { doc, page } = run({ wrapper });
    expect([hasToken(doc.querySelector('[data-fixture="wrapper"]')!, PAYWALL_TOKEN), page.elements.length]).toEqual([true, 0]);
  });

  it('keeps an article whose container has a "subscribe" class (the guard)', () => {
    const wrapper = { open: '<article><div class="story-body subscribe-prompt" data-fixture="wrapper">', close: '</div></article>' };
    const { doc, page } = run({ wrapper });
    expect([hasToken(doc.querySelector('[data-fixture="wrapper"]')!, PAYWALL_TOKEN), page.elements.length]).toEqual([true, 0]);
  });

  const CANONICAL = '<link rel="canonical" href="https://www.coastcourier.example/news/ferry-vote">';
  const inArticle = (html: string): PageParts => ({ head: CANONICAL, middle: { after: 1, html } });

  it('hides an in-article line that only links to another story of the same site', () => {
    const teaser = '<p data-fixture="teaser"><a href="https://www.coastcourier.example/news/bridge-plan">Island bridge plan shelved again after cost review</a></p>';
    expect(kindOf(inArticle(teaser), 'teaser')).toBe('promo');
  });

  it('keeps an in-article shopping line that links to a shop with its price', () => {
    const shop = '<p data-fixture="shop"><a href="https://www.amazon.example/dp/B0123">Get the waterproof ferry jacket on Amazon for $39.99</a></p>';
    expect(kindOf(inArticle(shop), 'shop')).toBeNull();
  });

  it('keeps an in-article source cited by its web address', () => {
    const source = '<p data-fixture="source"><a href="https://council.example.gov/minutes/2024-03">https://council.example.gov/minutes/2024-03</a></p>';
    expect(kindOf(inArticle(source), 'source')).toBeNull();
  });

  it('keeps an in-article product named in a few words that links to its maker', () => {
    const product = '<p data-fixture="product"><a href="https://www.tidewear.example/shop/harbour-jacket">Tidewear Harbour Jacket</a></p>';
    expect(kindOf(inArticle(product), 'product')).toBeNull();
  });

  it('still hides a headline teaser on a sister site', () => {
    const sister = '<p data-fixture="sister"><a href="https://www.coastcourier-sport.example/rowing/final">Carrick rowers win the harbour cup for a third year</a></p>';
    expect(kindOf(inArticle(sister), 'sister')).toBe('promo');
  });

  it('keeps the h1 headline, even when it is a lone link in its own block', () => {
    const headlineHtml = `<div class="headline" data-fixture="headline"><h1><a href="/news/ferry-vote">${HEADLINE}</a></h1></div>`;
    expect(hiddenText({ headlineHtml })).not.toContain(HEADLINE);
  });
});

describe('the article text without in-body clutter', () => {
  it('the extraction itself already leaves the "Also Read" line out (lib/extract/clean)', () => {
    const doc = parse(articlePage({ middle: { after: 1, html: ALSO_READ } }));
    expect(extractArticle(doc).article?.text).not.toContain('Also Read');
  });

  it('leaves the "Also Read" line out of article.text', () => {
    expect(run({ middle: { after: 1, html: ALSO_READ } }).page.article?.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('updates the word count after removing the line', () => {
    expect(run({ middle: { after: 1, html: ALSO_READ } }).page.article?.wordCount).toBe(PARAGRAPHS.join(' ').split(/\s+/).length);
  });
});

describe('hideElements / restoreAll', () => {
  const parts: PageParts = { before: METER_DIALOG, after: COMMENTS_BY_ID + DISQUS };

  it('marks each element with its clutter kind', () => {
    const { doc, page } = run(parts);
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), false);
    expect(page.elements.map((e) => e.getAttribute(HIDDEN_ATTR))).toEqual(['paywall', 'comments', 'comments']);
  });

  it('adds one stylesheet that hides the marked elements', () => {
    const { doc, page } = run(parts);
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), false);
    expect(doc.querySelectorAll(`#${STYLE_ID}`).length).toBe(1);
  });

  it('restoreAll unmarks every element it hid', () => {
    const { doc, page } = run(parts);
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), false);
    restoreAll(doc);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(0);
  });

  it('restoreAll returns the document to exactly what it was before hiding', () => {
    const { doc, page } = run({ ...parts, bodyAttrs: 'style="overflow: hidden"' });
    const before = doc.documentElement.outerHTML;
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), true);
    restoreAll(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('undo returns the document to exactly what it was before hiding', () => {
    const { doc, page } = run({ ...parts, bodyAttrs: 'style="overflow: hidden"' });
    const before = doc.documentElement.outerHTML;
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), true).undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('lifts a scroll lock (inline overflow:hidden on body) when unlockScroll is true', () => {
    const { doc, page } = run({ ...parts, bodyAttrs: 'style="overflow: hidden"' });
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), true);
    expect(doc.body.getAttribute(UNLOCK_ATTR)).toBe('overflow');
  });

  it('leaves the scroll lock alone when unlockScroll is false', () => {
    const { doc, page } = run({ ...parts, bodyAttrs: 'style="overflow: hidden"' });
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), false);
    expect(doc.body.hasAttribute(UNLOCK_ATTR)).toBe(false);
  });

  it('does not mark a body that has no scroll lock', () => {
    const { doc, page } = run(parts);
    hideElements(doc, page.elements, page.clutter.map((c) => c.kind), true);
    expect(doc.body.hasAttribute(UNLOCK_ATTR)).toBe(false);
  });
});

describe('the page\'s scan in stages', () => {
  it('stops inside the scan of a big page, not only between the rules\' slices (with no time allowed, at every look at the clock)', () => {
    // 6,000 list items after the article: the scan alone meets over 6,000 elements
    const items = Array.from({ length: 6_000 }, (_, i) => `<li>Item ${i}</li>`).join('');
    const doc = parse(articlePage({ after: `<ul>${items}</ul>` }));
    const steps = contextSteps(doc, extractArticle(doc), 0);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(50);
  });

  it('finds the same article container when it stops inside the search for it as when it runs at once (a 2,000-paragraph article)', () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => `The harbour board met for the ${i + 1}th time on Tuesday and agreed that the pier at Lowmoor would reopen after repairs costing ${i + 3} thousand pounds.`);
    const html = articlePage({ paragraphs, wrapper: { open: '<article id="story">', close: '</article>' } });
    const rootOf = (sliceMs: number) => {
      const doc = parse(html);
      const steps = contextSteps(doc, extractArticle(doc), sliceMs);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value.articleRoot?.getAttribute('id') ?? null;
      }
    };
    expect([rootOf(0), rootOf(Infinity)]).toEqual(['story', 'story']);
  });
});
