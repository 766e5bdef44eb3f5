// Cleaning Readability's result (lib/extract/clean): what survives in its container but is not the
// article goes; the article's own lines stay. Invented pages (tests/fixtures/lib/pages.ts) and lines.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/article';
import { trimEdges } from '../../lib/extract/clean/edges';
import { isDateline, isNotArticleLine } from '../../lib/extract/clean/lines';
import { articlePage, HEADLINE, PARAGRAPHS, parse, type PageParts } from '../fixtures/lib/pages';

const textOf = (parts: PageParts) => extractArticle(parse(articlePage(parts))).article?.text ?? '';
const ARTICLE = PARAGRAPHS.join('\n\n');
const EXTRA = 'Ferry crews said the late crossings carry more freight than passengers in the winter months, and that the operator had never counted the lorries in its figures for the council.';
const prose = (text: string) => ({ text, linkChars: 0 });
const link = (text: string) => ({ text, linkChars: text.length });

describe('cleanBlocks: the markup of Readability\'s result', () => {
  it('drops a figure caption', () => {
    const middle = { after: 1, html: '<figure><img src="/quay.jpg" alt=""><figcaption>Passengers wait on the quay at dusk.</figcaption></figure>' };
    expect(textOf({ middle })).toBe(ARTICLE);
  });

  it('drops an element its class names a photo credit', () => {
    const middle = { after: 1, html: '<p><span class="photo-credit">Jo Bloggs/Lowmoor Pictures</span></p>' };
    expect(textOf({ middle })).toBe(ARTICLE);
  });

  it('drops a caption its class names in one word ("newsCaption")', () => {
    const middle = { after: 1, html: '<p><span class="newsCaption">Passengers wait on the quay at dusk</span></p>' };
    expect(textOf({ middle })).toBe(ARTICLE);
  });

  it('drops the text of a picture\'s wrapper (an image box with its caption)', () => {
    const middle = { after: 1, html: '<div class="inline-image"><img src="/quay.jpg" alt=""><p>Passengers wait on the quay at dusk, before the last crossing.</p></div>' };
    expect(textOf({ middle })).toBe(ARTICLE);
  });

  it('drops a header inside the article (standfirst and date above the body)', () => {
    const top = '<header><h3>The council backs down after a petition signed by two thousand islanders.</h3><p>Published 10:48, Tue, Nov 19, 2024</p></header>';
    expect(textOf({ top })).toBe(ARTICLE);
  });

  it('drops a promotion box Readability kept for the "content" in its class', () => {
    const middle = { after: 1, html: '<div class="content-promo"><h4>Courier app</h4><p>Get the Courier app for the ferry times.</p></div>' };
    expect(textOf({ middle })).toBe(ARTICLE);
  });

  it('keeps an embedded post (a tweet) the article quotes, though its box is classed as social', () => {
    const tweet = '<div class="social-embed"><blockquote class="twitter-tweet"><p>The night ferry stays! Thank you to everyone who signed <a href="https://t.example/x">t.example/x</a></p>— Lowmoor Nurses (@lowmoornurses) <a href="https://x.example/status/1">March 5, 2024</a></blockquote></div>';
    expect(textOf({ middle: { after: 1, html: tweet } })).toContain('The night ferry stays!');
  });

  it('keeps a paragraph whose class says it has no caption ("no-caption")', () => {
    const middle = { after: 1, html: `<p class="item no-caption">${EXTRA}</p>` };
    expect(textOf({ middle })).toContain(EXTRA);
  });

  it('drops an element a class word names as an ad, joined to the next by an underscore ("slot_ad")', () => {
    const middle = { after: 1, html: '<p><span class="slot_ad">Lowmoor Ferries: book the winter crossing now</span></p>' };
    expect(textOf({ middle })).toBe(ARTICLE);
  });

  it('keeps a paragraph whose class holds such a word only inside a longer one ("loaded")', () => {
    const middle = { after: 1, html: `<p class="loaded">${EXTRA}</p>` };
    expect(textOf({ middle })).toContain(EXTRA);
  });

  it('drops a hover card that repeats a name with links to other stories', () => {
    const card = '<span class="person-rollover"><a href="/people/brooke">Anna Brooke</a><span class="rollover-card"><a href="/news/1">Council budget talks stall again</a></span></span>';
    const middle = { after: 1, html: `<p>The plan was drafted by ${card} in the spring, after a long review of the routes and the timetables that serve the island.</p>` };
    expect(textOf({ middle })).not.toContain('budget talks stall');
  });

  it('drops teaser cards of other stories (linked headline, short summary) kept at the end', () => {
    const card = (n: number) => `<article class="card"><h3><a href="/news/${n}">Lighthouse keeper retires after forty years number ${n}</a></h3><p>A short summary of another story.</p></article>`;
    expect(textOf({ end: card(1) + card(2) })).not.toContain('Lighthouse keeper');
  });

  it('keeps a figure that holds a quoted post', () => {
    const middle = { after: 1, html: `<figure><blockquote>${EXTRA}</blockquote></figure>` };
    expect(textOf({ middle })).toContain(EXTRA);
  });
});

describe('isNotArticleLine: lines that are not the article', () => {
  it.each([
    ['an ad label', 'Advertisement'],
    ['a reading prompt', 'Story continues below advertisement'],
    ['a share label', 'Share this article'],
    ['a row of share buttons', 'Facebook Twitter WhatsApp Email'],
    ['a credit line', 'Photo: Jo Bloggs'],
    ['a caption ending in its credit', 'Passengers wait on the quay at dusk. (AP Photo/Jo Bloggs)'],
    ['a photographer and an agency', 'Jo Bloggs | Getty Images'],
    ['a caption ending in agency/photographer', 'Passengers wait on the quay at dusk. REUTERS/Jo Bloggs'],
    ['a byline', 'By Jo Bloggs and Sam Reed'],
    ['a reporting credit', 'Reporting by Jo Bloggs; Editing by Sam Reed'],
    ['a contributor line', 'Sam Reed contributed reporting from Carrick.'],
    ['a newsletter prompt', 'Sign up for our free daily newsletter.'],
    ['a follow prompt', 'Follow us on Twitter @coastcourier'],
    ['a tag line', 'Tags: ferry, harbour, council'],
    ['a related line', 'Related: Island bridge plan shelved again'],
    ['a copyright notice', '© 2024 Coast Courier. All rights reserved.'],
    ['an affiliate notice', 'This post may contain affiliate links.'],
    ['a dateline that says so', 'First Published: Tuesday, March 5, 2024 08:38 AM'],
    ['a reading-time label', '4 min read'],
    ['a label of a list of other stories', 'Recent articles'],
    ['an unrendered shortcode', '[button link="/reviews/submit" type="big"]Send us your review[/button]'],
  ])('%s', (_kind, line) => {
    expect(isNotArticleLine(line)).toBe(true);
  });

  it.each([
    ['a sentence that starts with "By"', 'By Sunday the ferry was running again.'],
    ['a sentence that names an agency', 'Reuters reported the sale of the ferry on Monday.'],
    ['a number in a table cell', '5040'],
    ['a subheading', 'Fares for season tickets'],
    ['a sentence that starts with "Published"', 'Published in 1902, the first timetable listed six crossings a day.'],
    ['a sentence about subscriptions', 'Islanders who subscribe to the season ticket will pay less next year, the operator said.'],
  ])('keeps %s', (_kind, line) => {
    expect(isNotArticleLine(line)).toBe(false);
  });
});

describe('trimEdges: the start and the end of the result', () => {
  const body = [prose(PARAGRAPHS[0]!), prose(PARAGRAPHS[1]!)];
  const hints = { title: HEADLINE, byline: 'By Jo Bloggs' };

  it('drops the navigation links before the first paragraph', () => {
    expect(trimEdges([link('Home'), link('News'), ...body], hints)).toEqual(body);
  });

  it('drops the headline repeated before the first paragraph', () => {
    expect(trimEdges([prose(HEADLINE), ...body], hints)).toEqual(body);
  });

  it('drops a dateline before the first paragraph', () => {
    expect(trimEdges([prose('Updated 10:01 pm PST, Tuesday, November 19, 2019'), ...body], hints)).toEqual(body);
  });

  it('keeps a short linked line between paragraphs', () => {
    const blocks = [body[0]!, link('Ferry timetable'), body[1]!];
    expect(trimEdges(blocks, hints)).toEqual(blocks);
  });

  it('keeps a line of dates at the end (an event\'s own dates)', () => {
    const blocks = [...body, prose('29 November 2024 | 20 January 2025')];
    expect(trimEdges(blocks, hints)).toEqual(blocks);
  });

  it('drops the author\'s bio at the end', () => {
    expect(trimEdges([...body, prose('Jo Bloggs is a reporter on the Coast Courier\'s harbour desk.')], hints)).toEqual(body);
  });

  it('keeps a last paragraph that quotes the author', () => {
    const blocks = [...body, prose('Jo Bloggs said the ferry would sail.')];
    expect(trimEdges(blocks, hints)).toEqual(blocks);
  });
});

describe('isDateline', () => {
  it('reads a line of only a date and a time as a dateline', () => {
    expect(isDateline('Published 10:48, Tue, Nov 19, 2019')).toBe(true);
  });

  it('does not read a sentence with a date as a dateline', () => {
    expect(isDateline('The vote was held on November 19, 2019.')).toBe(false);
  });
});
