// A huge page's extraction off its main thread (issue #9): the page written out as HTML in slices
// (lib/dom/serialize.ts), sent in parts, parsed and read again by the extension
// (ext/huge-page.ts, ext/offscreen-extract.ts, ext/extract-html.ts), with the messages checked.
// In linkedom: the far side parses with linkedom where the extension parses with DOMParser.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { partsOf, serialize, serializeSteps, SERIALIZE_SLICE_NODES } from '../../lib/dom/serialize';
import { extractArticle } from '../../lib/extract/article';
import { extractElsewhere, OFFLOAD_MIN_ELEMENTS, OFFLOAD_MIN_TEXT_CHARS, tooBigForThePage } from '../../ext/huge-page';
import { extractFromHtml } from '../../ext/extract-html';
import { firstPart, morePart, receivePart } from '../../ext/offscreen-extract';
import {
  isExtractAnswer, isExtractRequest, isFromOwnContentScript, isMoreRequest, isOffscreenRequest, PART_CHARS,
  type ExtractRequest, type MoreRequest,
} from '../../ext/extract-messages';
import { PageSession } from '../../ext/session';
import type { PageReport } from '../../ext/messages';
import { articlePage, enParagraph } from '../fixtures/hostile/pages';

const URL_ = 'https://news.example/2024/ferry';
const parse = (html: string) => parseDocument(html);
const noWait = { pause: async () => undefined, wait: <T>(p: Promise<T>) => p };

/** A page of `n` paragraphs with four elements each (so that few paragraphs make many elements). */
function elementRichPage(n: number): string {
  const paras = Array.from({ length: n }, (_, i) => `<p><b>${i}.</b> ${enParagraph(i)} <i>said</i> <a href="/p/${i}">the council</a></p>`).join('\n');
  return articlePage(0, `<article><h2>Minutes</h2>${paras}</article>`);
}

/** The extension's side, in process: parts assembled as the background does, the HTML read as the offscreen document does. */
function farSide() {
  const transfers = new Map();
  const results = new Map();
  const sent: ExtractRequest[] = [];
  const asked: MoreRequest[] = [];
  const send = async (r: ExtractRequest | MoreRequest) => {
    if (r.type === 'crux:extract-more') {
      asked.push(r);
      expect(isMoreRequest(r)).toBe(true);
      return morePart(results, 7, r);
    }
    sent.push(r);
    expect(isExtractRequest(r)).toBe(true);
    const html = receivePart(transfers, 7, r);
    if (html === null) return { received: r.part };
    return typeof html === 'string' ? firstPart(results, 7, r.id, extractFromHtml(html, r.url, parse)) : html;
  };
  return { send, sent, asked };
}

describe('serialize: a document as HTML text', () => {
  it('writes what outerHTML writes: escaped text and attributes, raw script text, void elements, comments', () => {
    const doc = parse('<!DOCTYPE html><html><head><title>A &amp; B</title><script>if (a < b && c) {}</script></head><body><p class="x&quot;y" data-n="a&amp;b">1 &lt; 2&nbsp;&gt; 0<br><img src="i.png"></p><!-- note --></body></html>');
    expect(serialize(doc)).toBe('<!DOCTYPE html><html><head><title>A &amp; B</title><script>if (a < b && c) {}</script></head><body><p class="x&quot;y" data-n="a&amp;b">1 &lt; 2&nbsp;&gt; 0<br><img src="i.png"></p><!-- note --></body></html>');
  });

  it('parses back to the same document', () => {
    const doc = parse(articlePage(12, '<svg viewBox="0 0 1 1"><path d="M0 0"></path></svg><template><p>inside</p></template><noscript><img src="a.png"></noscript>'));
    const once = serialize(doc)!;
    expect(serialize(parse(once))).toBe(once);
  });

  it('doubles the newline a <pre> starts with (a browser\'s parser drops the first)', () => {
    const doc = parse('<html><body><pre>x</pre></body></html>');
    doc.querySelector('pre')!.textContent = '\nkept line';
    expect(serialize(doc)).toContain('<pre>\n\nkept line</pre>');
  });

  it('stops between slices, and the slices joined are the whole text', () => {
    const doc = parse(articlePage(SERIALIZE_SLICE_NODES, '', true));
    const steps = serializeSteps(doc);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect({ more: pauses > 1, same: step.value?.join('') === serialize(doc) }).toEqual({ more: true, same: true });
  });

  it('gives null for a document nested deeper than maxDepth', () => {
    const doc = parse(`<html><body>${'<div>'.repeat(40)}x${'</div>'.repeat(40)}</body></html>`);
    expect(serialize(doc, { maxDepth: 30 })).toBeNull();
  });

  it('writes a <base> first in the head, and leaves out the content of skipped elements', () => {
    const doc = parse('<html><head><script>var big = 1;</script></head><body><p>x</p></body></html>');
    const html = serialize(doc, { baseHref: URL_, skipContent: (el) => el.localName === 'script' });
    expect(html).toBe(`<html><head><base href="${URL_}"><script></script></head><body><p>x</p></body></html>`);
  });

  it('cuts pieces into parts of a given size without losing a character', () => {
    const parts = [...partsOf(['abcde', 'fg', '', 'hijklmnop'], 4)];
    expect(parts).toEqual(['abcd', 'efgh', 'ijkl', 'mnop']);
  });
});

describe('tooBigForThePage', () => {
  it('leaves an ordinary article on the page', () => {
    expect(tooBigForThePage(parse(articlePage(40)))).toBe(false);
  });

  it('sends a page of more than OFFLOAD_MIN_ELEMENTS elements away', () => {
    expect(tooBigForThePage(parse(articlePage(OFFLOAD_MIN_ELEMENTS, '', true)))).toBe(true);
  });

  it('sends a page of few elements but more than OFFLOAD_MIN_TEXT_CHARS characters of text away', () => {
    const long = 'The ferry runs until April. '.repeat(Math.ceil(OFFLOAD_MIN_TEXT_CHARS / 28) + 1);
    expect(tooBigForThePage(parse(articlePage(2, `<p>${long}</p>`)))).toBe(true);
  });

  it('does not count the text of scripts', () => {
    const blob = `<script type="application/json">${'x'.repeat(OFFLOAD_MIN_TEXT_CHARS + 1)}</script>`;
    expect(tooBigForThePage(parse(articlePage(8, blob)))).toBe(false);
  });
});

describe('extractElsewhere: a huge page read by the extension', () => {
  // more elements than the bound, and more than one part of text both ways (a block is ~310 characters)
  const html = elementRichPage(Math.max(Math.ceil(OFFLOAD_MIN_ELEMENTS / 4) + 10, Math.ceil(PART_CHARS / 300)));

  it('finds the same article as the page side would', async () => {
    const doc = parse(html);
    const { send } = farSide();
    const got = await extractElsewhere(doc, URL_, noWait, send);
    const here = extractArticle(parse(html), { url: URL_ });
    expect(got?.extracted).toEqual(here);
  }, 60_000);

  it('sends the HTML in parts of at most PART_CHARS characters, in order', async () => {
    const { send, sent } = farSide();
    await extractElsewhere(parse(html), URL_, noWait, send);
    expect({ several: sent.length > 1, order: sent.map((r) => r.part), small: sent.every((r) => r.html.length <= PART_CHARS) })
      .toEqual({ several: true, order: sent.map((_, i) => i), small: true });
  }, 60_000);

  it('takes the article\'s blocks back in parts, in order', async () => {
    const { send, asked } = farSide();
    await extractElsewhere(parse(html), URL_, noWait, send);
    expect({ several: asked.length > 0, order: asked.map((r) => r.part) }).toEqual({ several: true, order: asked.map((_, i) => i + 1) });
  }, 60_000);

  it('leaves an ordinary page to the page side (sends nothing)', async () => {
    const { send, sent } = farSide();
    const got = await extractElsewhere(parse(articlePage(20)), URL_, noWait, send);
    expect({ got, sent: sent.length }).toEqual({ got: null, sent: 0 });
  });

  it('says "no article" for a huge page nested too deep, without sending it', async () => {
    const deep = `<html><body>${'<div>'.repeat(OFFLOAD_MIN_ELEMENTS + 1)}<p>${enParagraph(1)}</p>${'</div>'.repeat(OFFLOAD_MIN_ELEMENTS + 1)}</body></html>`;
    const { send, sent } = farSide();
    const got = await extractElsewhere(parse(deep), URL_, noWait, send);
    expect({ article: got?.extracted.article, sent: sent.length }).toEqual({ article: null, sent: 0 });
  });

  it('gives null (extract on the page) when the extension does not answer', async () => {
    const got = await extractElsewhere(parse(html), URL_, noWait, async () => undefined);
    expect(got).toBeNull();
  });
});

describe('PageSession with an offload', () => {
  it('uses the article the offload found', async () => {
    const doc = parse(articlePage(10));
    const elsewhere = { extracted: extractArticle(parse(articlePage(10)), { url: URL_ }), extractMs: 1 };
    const title = 'Found elsewhere';
    elsewhere.extracted.article = { ...elsewhere.extracted.article!, title };
    const s = new PageSession(doc, URL_, { offload: async () => elsewhere, lateWatchMs: 0 });
    await s.extractInStages(async () => undefined);
    expect((s.answer({ type: 'crux:get' }) as PageReport).article?.title).toBe(title);
  });

  it('extracts on the page when the offload gives null', async () => {
    const doc = parse(articlePage(10));
    const s = new PageSession(doc, URL_, { offload: async () => null, lateWatchMs: 0 });
    await s.extractInStages(async () => undefined);
    expect((s.answer({ type: 'crux:get' }) as PageReport).article?.title).toBe('Harbour town keeps its ferry');
  });
});

describe('the messages of the exchange', () => {
  const ok: ExtractRequest = { type: 'crux:extract-html', id: 'a1', part: 0, parts: 2, html: '<p>x</p>', url: URL_ };

  it('accepts a well-formed part', () => {
    expect(isExtractRequest(ok)).toBe(true);
  });

  it.each([
    ['an extra key', { ...ok, extra: 1 }],
    ['a part past the last', { ...ok, part: 2 }],
    ['a fractional part', { ...ok, part: 0.5 }],
    ['a part longer than PART_CHARS', { ...ok, html: 'x'.repeat(PART_CHARS + 1) }],
    ['a page that is not http(s)', { ...ok, url: 'javascript:alert(1)' }],
    ['an empty id', { ...ok, id: '' }],
  ])('rejects %s', (_, msg) => {
    expect(isExtractRequest(msg)).toBe(false);
  });

  it('rejects a request to the offscreen document with another shape', () => {
    expect(isOffscreenRequest({ type: 'crux:offscreen-extract', html: '<p>x</p>', url: URL_, more: true })).toBe(false);
  });

  it('takes parts only from its own content script in a web page', () => {
    const senders = [
      { id: 'crux', url: URL_, tab: { id: 1 } },
      { id: 'other', url: URL_, tab: { id: 1 } },
      { id: 'crux', url: 'chrome-extension://crux/popup.html' },
      { id: 'crux', url: 'file:///etc/passwd', tab: { id: 1 } },
    ];
    expect(senders.map((s) => isFromOwnContentScript(s, 'crux'))).toEqual([true, false, false, false]);
  });

  it('rejects an answer whose blocks are not blocks', () => {
    expect(isExtractAnswer({ extracted: { article: null, lang: null, blocks: [{ text: 1, linkChars: 0 }] }, ms: 1 })).toBe(false);
  });

  it('gives waiting blocks only to the transfer they belong to', () => {
    const results = new Map();
    const blocks = Array.from({ length: 3 }, () => ({ text: 'x'.repeat(PART_CHARS / 2 + 1), linkChars: 0 }));
    firstPart(results, 1, 'a1', { extracted: { article: null, lang: null, blocks }, ms: 1 });
    expect(morePart(results, 1, { type: 'crux:extract-more', id: 'b2', part: 1 })).toEqual({ error: 'no such part' });
  });

  it('drops a transfer whose part comes out of order', () => {
    const transfers = new Map();
    receivePart(transfers, 1, { ...ok, parts: 3 });
    expect(receivePart(transfers, 1, { ...ok, parts: 3, part: 2 })).toEqual({ error: 'a part of the page came out of order' });
  });
});
