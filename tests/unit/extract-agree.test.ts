// The site's JSON-LD articleBody as a check on Readability's result (lib/extract/clean/agree.ts,
// lib/extract/jsonld.ts). Invented pages and lines.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/article';
import { keepAgreeing } from '../../lib/extract/clean/agree';
import { jsonLdObjects, ldArticleBody } from '../../lib/extract/jsonld';
import { articlePage, PARAGRAPHS, parse } from '../fixtures/lib/pages';

const STRAY = 'Harbour webcam: live view';
const blocks = (...texts: string[]) => texts.map((text) => ({ text, linkChars: 0 }));
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const BODY = PARAGRAPHS.join(' ');

describe('keepAgreeing', () => {
  it('drops a short line the agreeing articleBody lacks', () => {
    expect(keepAgreeing(blocks(PARAGRAPHS[0]!, STRAY, PARAGRAPHS[1]!), BODY)).toEqual(blocks(PARAGRAPHS[0]!, PARAGRAPHS[1]!));
  });

  it('reads the articleBody however it is spaced, quoted or marked up', () => {
    const marked = PARAGRAPHS.map((p) => `<p>${p.replace(/'/g, '&#39;')}</p>`).join('');
    expect(keepAgreeing(blocks(...PARAGRAPHS), marked)).toEqual(blocks(...PARAGRAPHS));
  });

  it('judges nothing when the articleBody is another text', () => {
    const other = 'A different story about the lighthouse on the northern cape and its keeper.';
    expect(keepAgreeing(blocks(PARAGRAPHS[0]!, STRAY, PARAGRAPHS[1]!), other)).toHaveLength(3);
  });

  it('judges nothing when the articleBody stops before the last paragraph', () => {
    const cut = PARAGRAPHS.slice(0, 4).join(' ');
    expect(keepAgreeing(blocks(...PARAGRAPHS, STRAY), cut)).toHaveLength(6);
  });
});

describe('ldArticleBody', () => {
  it('finds the articleBody of an article inside @graph', () => {
    const doc = parse(articlePage({ head: jsonLd({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', articleBody: BODY }] }) }));
    expect(ldArticleBody(jsonLdObjects(doc))).toBe(BODY);
  });

  it('skips a script that is not JSON', () => {
    const doc = parse(articlePage({ head: '<script type="application/ld+json">{ not json</script>' + jsonLd({ '@type': 'Article', articleBody: BODY }) }));
    expect(ldArticleBody(jsonLdObjects(doc))).toBe(BODY);
  });
});

describe('extractArticle with an articleBody', () => {
  it('leaves out a line of the container the site\'s articleBody does not have', () => {
    const page = articlePage({ head: jsonLd({ '@type': 'NewsArticle', articleBody: BODY }), middle: { after: 2, html: `<p>${STRAY}</p>` } });
    expect(extractArticle(parse(page)).article?.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});
