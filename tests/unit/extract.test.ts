// Finding the article: Readability on a clone of the page, then the article's text and metadata
// (lib/extract). Small invented pages from tests/fixtures/lib/pages.ts.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/analyze';
import { extractArticle, looksLikeArticle } from '../../lib/extract/article';
import { collapse, collapsedWordCount, wordCount } from '../../lib/extract/blocks';
import { MetaTags, publishedDate } from '../../lib/extract/metadata';
import { surveyPage } from '../../lib/extract/survey';
import { articlePage, HEADLINE, PARAGRAPHS, parse } from '../fixtures/lib/pages';

const OG_SITE = '<meta property="og:site_name" content="Coast Courier">';
const PUBLISHED_META = '<meta property="article:published_time" content="2024-03-05T18:30:00+00:00">';
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const LOGIN_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Sign in | Coast Courier</title></head><body>
<main><h1>Sign in to your account</h1>
<form action="/login" method="post">
<label>Email address <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label>
<button type="submit">Sign in</button>
<p><a href="/forgot">Forgot your password?</a></p>
<p>New to Coast Courier? <a href="/register">Create an account</a> and read three stories a week for free.</p>
</form></main></body></html>`;

const LINK_LIST_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Latest news | Coast Courier</title></head><body>
<main><h1>Latest news</h1><ul>
${Array.from({ length: 30 }, (_, i) => `<li><a href="/news/${i}">Harbour story number ${i}: the ferry, the quay and the council's transport budget</a></li>`).join('\n')}
</ul></main></body></html>`;

const EMPTY_BODY = '<!DOCTYPE html><html lang="en"><head><title>Nothing here</title></head><body></body></html>';

describe('extractArticle / extractPage', () => {
  it('finds the article: its text is the paragraphs, in order, separated by blank lines', () => {
    const { article } = extractPage(parse(articlePage()));
    expect(article?.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('counts the words of the article text', () => {
    const { article } = extractPage(parse(articlePage()));
    expect(article?.wordCount).toBe(PARAGRAPHS.join(' ').split(/\s+/).length);
  });

  it('does not put the headline into the article text', () => {
    const { article } = extractPage(parse(articlePage()));
    expect(article?.text).not.toContain(HEADLINE);
  });

  it('takes the title from the page, without the site suffix of <title>', () => {
    const { article } = extractPage(parse(articlePage()));
    expect(article?.title).toBe(HEADLINE);
  });

  it('reads the site name from og:site_name', () => {
    const { article } = extractPage(parse(articlePage({ head: OG_SITE })));
    expect(article?.siteName).toBe('Coast Courier');
  });

  it('falls back to the host of the given URL for the site name', () => {
    const { article } = extractPage(parse(articlePage()), { url: 'https://www.coastcourier.example/news/ferry' });
    expect(article?.siteName).toBe('coastcourier.example');
  });

  it('reads the publication date from article:published_time, as the site wrote it', () => {
    const { article } = extractPage(parse(articlePage({ head: PUBLISHED_META })));
    expect(article?.published).toBe('2024-03-05T18:30:00+00:00');
  });

  it('reads the publication date from JSON-LD datePublished', () => {
    const head = jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, datePublished: '2024-03-05T09:15:00+01:00' });
    const { article } = extractPage(parse(articlePage({ head })));
    expect(article?.published).toBe('2024-03-05T09:15:00+01:00');
  });

  it('reads datePublished from a JSON-LD @graph', () => {
    const head = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'Coast Courier' }, { '@type': 'NewsArticle', datePublished: '2024-03-06T07:00:00Z' }],
    });
    const { article } = extractPage(parse(articlePage({ head })));
    expect(article?.published).toBe('2024-03-06T07:00:00Z');
  });

  it('names the site by its canonical link\'s host when nothing else names it', () => {
    const { article } = extractPage(parse(articlePage({ head: '<link rel="canonical" href="https://www.harbourtimes.example/news/ferry">' })));
    expect(article?.siteName).toBe('harbourtimes.example');
  });

  it('gives no date when the page states none', () => {
    const { article } = extractPage(parse(articlePage()));
    expect(article?.published).toBeNull();
  });

  it('reads the language from <html lang>', () => {
    expect(extractPage(parse(articlePage())).lang).toBe('en');
  });

  it('finds an article without article markup by its paragraphs (Readability\'s quick check)', () => {
    const doc = parse(articlePage({ wrapper: { open: '<div class="story">', close: '</div>' } }));
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('finds an article without article markup written as lines in a div (text and <br>s, no paragraphs)', () => {
    const lines = PARAGRAPHS.join('<br><br>');
    const doc = parse(`<html><head><title>t</title></head><body><div class="story">${lines}</div></body></html>`);
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('says a login form is not an article', () => {
    expect(extractPage(parse(LOGIN_PAGE)).isArticle).toBe(false);
  });

  it('says a list of links is not an article', () => {
    expect(extractPage(parse(LINK_LIST_PAGE)).isArticle).toBe(false);
  });

  it('gives article null (not an error) for a page that is no article', () => {
    expect(extractPage(parse(LINK_LIST_PAGE)).article).toBeNull();
  });

  it('does not throw on an empty body, and finds no article there', () => {
    expect(extractPage(parse(EMPTY_BODY)).isArticle).toBe(false);
  });

  it('does not modify the live document (Readability works on a clone)', () => {
    const doc = parse(articlePage({ head: OG_SITE + PUBLISHED_META, after: '<section id="comments"><h2>Comments</h2><p>Tom: good news.</p></section>' }));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('does not modify the live document when it also finds the clutter (extractPage)', () => {
    const doc = parse(articlePage({ after: '<section id="comments"><h2>Comments</h2><p>Tom: good news.</p></section>' }));
    const before = doc.documentElement.outerHTML;
    extractPage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('articles written without spaces between words', () => {
  const CHINESE = [
    '港口小镇议会周二投票决定将冬季渡轮服务延长至四月，镇长表示在寒冷的月份里小镇不能失去与大陆的唯一联系。',
    '地区交通管理局此前提议削减这项服务以节省燃料和船员费用，但两千多名居民在一周内签署了反对削减的请愿书。',
    '渡轮公司表示将在下个月公布新的时刻表，并在暑假开始前重新审查季票价格，议会将在秋季再次讨论预算问题。',
  ];

  it('finds a Chinese article by its characters (no word is spaced)', () => {
    const doc = parse(articlePage({ paragraphs: CHINESE, headline: '港口小镇投票保留冬季渡轮' }).replace('lang="en"', 'lang="zh"'));
    expect(extractArticle(doc).article).not.toBeNull();
  });
});

describe('surveyPage (the guards before Readability)', () => {
  const nested = (n: number) => '<div>'.repeat(n) + 'deep' + '</div>'.repeat(n);

  it('finds a deep branch that follows shallow siblings', () => {
    const doc = parse(`<html><body><p>a</p><section><p>b</p></section>${nested(40)}</body></html>`);
    expect(surveyPage(doc, 30).deeper).toBe(true);
  });

  it('says no when every branch stays within the limit', () => {
    const doc = parse(`<html><body><p>a</p>${nested(20)}<p>c</p>${nested(25)}</body></html>`);
    expect(surveyPage(doc, 30).deeper).toBe(false);
  });

  it('counts every element of the document', () => {
    const doc = parse('<html><head><title>t</title></head><body><p>a <b>b</b></p><div><span>c</span></div></body></html>');
    expect(surveyPage(doc, 30).elements).toBe(8);
  });

  it('collects the JSON-LD scripts, not the other scripts', () => {
    const doc = parse(`<html><head>${jsonLd({ '@type': 'NewsArticle' })}<script>var x = 1;</script></head><body><p>a</p><script type="Application/LD+JSON">{}</script></body></html>`);
    expect(surveyPage(doc, 30).ldScripts.map((s) => s.textContent)).toEqual([JSON.stringify({ '@type': 'NewsArticle' }), '{}']);
  });

  it('collects the meta tags in document order', () => {
    const doc = parse(`<html><head>${OG_SITE}${PUBLISHED_META}</head><body><p>a</p></body></html>`);
    expect(surveyPage(doc, 30).metas.map((m) => m.getAttribute('property'))).toEqual(['og:site_name', 'article:published_time']);
  });

  it('notes an embedded post among the blockquotes', () => {
    const doc = parse('<html><body><blockquote><p>a quote</p></blockquote><div><blockquote class="instagram-media"><p>a post</p></blockquote></div></body></html>');
    expect(surveyPage(doc, 30).embeds).toBe(true);
  });

  it('notes no embedded post where the blockquotes are quotes', () => {
    const doc = parse('<html><body><blockquote class="pull-quote"><p>a quote</p></blockquote></body></html>');
    expect(surveyPage(doc, 30).embeds).toBe(false);
  });

  it('notes article markup in an og:type meta of "article"', () => {
    const doc = parse('<html><head><meta property="og:type" content="article"></head><body><div><p>a</p></div></body></html>');
    expect(surveyPage(doc, 30).articleMarkup).toBe(true);
  });

  it('notes article markup in a schema.org itemtype naming an Article type', () => {
    const doc = parse('<html><body><div itemscope itemtype="https://schema.org/NewsArticle"><p>a</p></div></body></html>');
    expect(surveyPage(doc, 30).articleMarkup).toBe(true);
  });

  it('notes article markup in an <article> element', () => {
    const doc = parse('<html><body><main><article><p>a</p></article></main></body></html>');
    expect(surveyPage(doc, 30).articleMarkup).toBe(true);
  });

  it('collects the paragraphs Readability\'s quick check reads (p, pre, article) in document order', () => {
    const doc = parse('<html><body><article><p>a</p></article><pre>b</pre><div><p>c</p></div></body></html>');
    expect(surveyPage(doc, 30).paragraphs.map((e) => e.localName)).toEqual(['article', 'p', 'pre', 'p']);
  });

  it('collects only the line breaks that are children of a div', () => {
    const doc = parse('<html><body><div>a<br>b<br></div><p>c<br>d</p><div><span>e<br></span></div></body></html>');
    expect(surveyPage(doc, 30).divBreaks).toHaveLength(2);
  });

  it('leaves out what is inside a <template> from what the gate reads (a selector skips it)', () => {
    const doc = parse('<html><body><template><article><p>a</p></article></template><p>b</p></body></html>');
    expect(surveyPage(doc, 30).paragraphs.map((e) => e.textContent)).toEqual(['b']);
  });

  it('notes no article markup that is only inside a <template>', () => {
    const doc = parse('<html><body><template><article><p>a</p></article></template><p>b</p></body></html>');
    expect(surveyPage(doc, 30).articleMarkup).toBe(false);
  });

  it('notes the first canonical link (the page\'s own address)', () => {
    const doc = parse('<html><head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://news.example/story"><link rel="canonical" href="https://other.example/"></head><body><p>a</p></body></html>');
    expect(surveyPage(doc, 30).canonical?.getAttribute('href')).toBe('https://news.example/story');
  });

  it('notes no article markup on a page of another type (og:type "website", a Product itemtype)', () => {
    const doc = parse('<html><head><meta property="og:type" content="website"></head><body><div itemscope itemtype="https://schema.org/Product"><p>a</p></div></body></html>');
    expect(surveyPage(doc, 30).articleMarkup).toBe(false);
  });
});

describe('MetaTags (the page\'s meta tags, read once)', () => {
  const head = (tags: string) => parse(`<html><head>${tags}</head><body><p>a</p></body></html>`);

  it('gives the content of the first tag of a name, as a selector finds it (none when that one has none)', () => {
    const meta = new MetaTags(head('<meta property="og:site_name"><meta property="og:site_name" content="Coast Courier">'));
    expect(meta.content('property', 'og:site_name')).toBeNull();
  });

  it('gives the first content of a name that has one, for the publication date', () => {
    const meta = new MetaTags(head('<meta name="date"><meta name="date" content="2024-03-05">'));
    expect(meta.firstContent('name', 'date')).toBe('2024-03-05');
  });

  it('does not read a tag inside a <template>', () => {
    const meta = new MetaTags(head('<template><meta property="og:locale" content="fr_FR"></template><meta property="og:locale" content="en_GB">'));
    expect(meta.content('property', 'og:locale')).toBe('en_GB');
  });

  it('compares http-equiv ignoring case', () => {
    const meta = new MetaTags(head('<meta http-equiv="Content-Language" content="pt-BR">'));
    expect(meta.content('http-equiv', 'content-language')).toBe('pt-BR');
  });
});

describe('collapsedWordCount (words of the collapsed text, without building it)', () => {
  it('counts a zero-width space as a break between words, as collapse does', () => {
    expect(collapsedWordCount('night\u200bferry')).toBe(2);
  });

  it('agrees with wordCount(collapse(text)) on every kind of space', () => {
    const text = ' \u00a0harbour\tvote\u200b\u200bferry\u2003quay\u3000\ufeffisland\u202f \n';
    expect(collapsedWordCount(text)).toBe(wordCount(collapse(text)));
  });
});

describe('wordCount with a bound (counting stops past it)', () => {
  it('says "more than max" as max + 1, however long the text', () => {
    expect(wordCount('the harbour vote passed after a long night', 3)).toBe(4);
  });

  it('counts every word of a text within the bound', () => {
    expect(wordCount(' harbour  vote passed ', 3)).toBe(3);
  });
});

describe('publishedDate from <time> (when nothing else gives the date)', () => {
  it('reads the first <time> with a datetime, not one inside a <template>', () => {
    const doc = parse('<html><body><time>Tuesday</time><template><time datetime="2020-01-01">x</time></template><p><time datetime="2024-03-05">5 March</time></p></body></html>');
    expect(publishedDate(doc, null, { ld: [] })).toBe('2024-03-05');
  });

  it('reads the same <time> from the survey\'s list', () => {
    const doc = parse('<html><body><time>Tuesday</time><p><time datetime="2024-03-05">5 March</time></p></body></html>');
    expect(publishedDate(doc, null, { ld: [], times: surveyPage(doc, 30).times })).toBe('2024-03-05');
  });
});
