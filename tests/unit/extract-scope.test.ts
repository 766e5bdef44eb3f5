// Reading only the element that holds the article (lib/extract/scope.ts): which element is chosen,
// what the copy Readability reads keeps, and that the article found is the one the whole page gives.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract/article';
import { articleScope, scopedCopy } from '../../lib/extract/scope';
import { HEADLINE, PARAGRAPHS, parse } from '../fixtures/lib/pages';

const STORY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
/** A site's menu, teaser grid and footer: many elements, little paragraph text. */
const NAV = `<nav class="site-nav"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}"><span>Section ${i}</span></a></li>`).join('')}</ul></nav>`;
const TEASERS = `<section class="more">${Array.from({ length: 12 }, (_, i) => `<div class="card"><a href="/t/${i}"><img src="/i/${i}.jpg" alt=""><h3>Teaser ${i}</h3></a></div>`).join('')}</section>`;
const FOOTER = `<footer>${Array.from({ length: 20 }, (_, i) => `<a href="/f/${i}">Footer link ${i}</a>`).join(' ')}</footer>`;

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | Coast Courier</title>${head}</head><body>${body}</body></html>`;

const MARKED = page(`${NAV}<div class="wrap"><article id="story"><h1>${HEADLINE}</h1>${STORY}</article>${TEASERS}</div>${FOOTER}`);

describe('articleScope', () => {
  it('chooses the <article> that holds the paragraphs on a page of menus and teasers', () => {
    expect(articleScope(parse(MARKED))?.id).toBe('story');
  });

  it('reads the whole page when the paragraphs are spread over two articles', () => {
    const half = Math.ceil(PARAGRAPHS.length / 2);
    const two = (ps: string[]) => `<article>${ps.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const doc = parse(page(`${NAV}${two(PARAGRAPHS.slice(0, half))}${two(PARAGRAPHS.slice(half))}${TEASERS}${FOOTER}`));
    expect(articleScope(doc)).toBeNull();
  });

  it('reads the whole page when the article element holds nearly all of it (nothing to leave out)', () => {
    expect(articleScope(parse(page(`<article><h1>${HEADLINE}</h1>${STORY}</article>`)))).toBeNull();
  });

  it('reads the whole page when it has little paragraph text', () => {
    expect(articleScope(parse(page(`${NAV}<article><p>${PARAGRAPHS[0]}</p></article>${TEASERS}`)))).toBeNull();
  });

  it('takes an unmarked column only when it holds all of a long text', () => {
    const long = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].map((p) => `<p>${p}</p>`).join('');
    expect(articleScope(parse(page(`${NAV}<div class="col" id="col">${long}</div>${TEASERS}${FOOTER}`)))?.id).toBe('col');
  });

  it('does not take an unmarked column when paragraphs sit beside it', () => {
    const long = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].map((p) => `<p>${p}</p>`).join('');
    const aside = `<div class="side"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></div>`;
    expect(articleScope(parse(page(`${NAV}<div class="col">${long}</div>${aside}${TEASERS}${FOOTER}`)))).toBeNull();
  });

  it('takes the outermost element that holds the article, not the innermost', () => {
    const doc = parse(page(`${NAV}<main id="main"><header><p class="dek">A short standfirst.</p></header><article>${STORY}</article></main>${TEASERS}${FOOTER}`));
    expect(articleScope(doc)?.id).toBe('main');
  });
});

describe('scopedCopy', () => {
  const doc = parse(page(
    `<div dir="rtl" class="outer">${NAV}<h1>${HEADLINE}</h1><div class="byline">By Ana Lima</div>`
      + `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05"}</script>`
      + `<div class="wrap"><article id="story">${STORY}</article>${TEASERS}</div></div>${FOOTER}`,
    '<meta name="author" content="Ana Lima">',
  ));
  const scope = articleScope(doc) as Element;
  const copy = scopedCopy(doc, scope);

  it('keeps the <head>', () => {
    expect(copy.querySelector('head meta[name="author"]')).not.toBeNull();
  });

  it('keeps the article element whole', () => {
    expect(copy.getElementById('story')?.textContent).toBe(scope.textContent);
  });

  it('leaves out the menus, teasers and footer', () => {
    expect(copy.querySelector('nav, footer, .more')).toBeNull();
  });

  it("keeps the article's ancestors, attributes and all (the direction of the text)", () => {
    expect(copy.getElementById('story')?.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
  });

  it('keeps the headline, the byline and the JSON-LD outside the article, before it', () => {
    const order = Array.from(copy.body.querySelectorAll('h1, .byline, script, #story')).map((e) => e.id || e.localName + (e.getAttribute('class') ? `.${e.getAttribute('class')}` : ''));
    expect(order).toEqual(['h1', 'div.byline', 'script', 'story']);
  });

  it('gives Readability the article text the whole page gives', () => {
    const whole = new Readability(doc.cloneNode(true) as Document).parse();
    const scoped = new Readability(scopedCopy(doc, scope)).parse();
    expect((scoped?.textContent ?? '').replace(/\s+/g, ' ').trim()).toBe((whole?.textContent ?? '').replace(/\s+/g, ' ').trim());
  });

  it('gives Readability the title, byline and direction the whole page gives', () => {
    const pick = (r: ReturnType<Readability['parse']>) => ({ title: r?.title, byline: r?.byline, dir: r?.dir });
    expect(pick(new Readability(scopedCopy(doc, scope)).parse())).toEqual(pick(new Readability(doc.cloneNode(true) as Document).parse()));
  });
});

describe('extractArticle with a scope', () => {
  it('reads the whole page when the chosen element alone gives no article', () => {
    // the <article> holds the page's paragraphs, but as a list of links: alone it is no article;
    // the whole page's text, in divs without <p>, is
    const links = PARAGRAPHS.map((p, i) => `<p><a href="/x/${i}">${p}</a></p>`).join('');
    const prose = [...PARAGRAPHS, ...PARAGRAPHS].map((p) => `<div>${p}</div>`).join('');
    const doc = parse(page(`${NAV}<article>${links}</article><div class="text">${prose}</div>${TEASERS}${FOOTER}`));
    expect(articleScope(doc)).not.toBeNull();
    expect(extractArticle(doc).article?.text).toContain(PARAGRAPHS[0]);
  });
});
