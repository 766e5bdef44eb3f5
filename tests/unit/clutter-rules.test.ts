// The clutter rules one by one: a small invented block per rule (tests/fixtures/clutter/blocks.ts)
// placed in the standard article page, and blocks that must stay visible. Each test checks one
// thing: the kind the page's clutter gives the block (null when it is not hidden), or a text.
import { describe, expect, it } from 'vitest';
import { extractPage, type PageResult } from '../../lib/analyze';
import { articlePage, HEADLINE, PARAGRAPHS, parse, type PageParts } from '../fixtures/lib/pages';
import * as B from '../fixtures/clutter/blocks';

function run(parts: PageParts, prepare?: (doc: Document) => void): { doc: Document; page: PageResult } {
  const doc = parse(articlePage(parts));
  prepare?.(doc);
  return { doc, page: extractPage(doc) };
}

/** The kind of the hidden element that is (or holds) the fixture block `name`, or null when it is visible. */
function kindOf(parts: PageParts, name: string, prepare?: (doc: Document) => void): string | null {
  const { doc, page } = run(parts, prepare);
  const el = doc.querySelector(`[data-fixture="${name}"]`);
  if (!el) throw new Error(`fixture block ${name} not found`);
  for (let a: Element | null = el; a; a = a.parentElement) {
    const i = page.elements.indexOf(a);
    if (i >= 0) return page.clutter[i]!.kind;
  }
  return null;
}

/** Everything the page hides, as one text. */
const hiddenText = (parts: PageParts) => run(parts).page.clutter.map((c) => c.text).join('\n');

/** The article with one block after its second paragraph. */
const inBody = (html: string): PageParts => ({ middle: { after: 1, html } });

/** A viewport of 1000×800 in which the elements with the given ids are fixed, on top and cover it (linkedom has no layout). */
function layout(fixedIds: string[]) {
  return (doc: Document) => {
    const view = doc.defaultView as unknown as Record<string, unknown>;
    view.innerWidth = 1000;
    view.innerHeight = 800;
    view.getComputedStyle = (el: Element) => {
      const fixed = fixedIds.includes(el.id);
      return { display: 'block', position: fixed ? 'fixed' : 'static', zIndex: fixed ? '9999' : 'auto', overflow: '', overflowY: '' };
    };
    for (const id of fixedIds) {
      const el = doc.getElementById(id) as unknown as Record<string, unknown>;
      el.getBoundingClientRect = () => ({ left: 0, top: 0, right: 1000, bottom: 800, width: 1000, height: 800 });
    }
  };
}

describe('paywall rules', () => {
  it('PAYWALL_TEXT: a metering counter ("2 of 5 articles read") in the top bar', () => {
    expect(kindOf({ before: B.METER_BAR }, 'meter')).toBe('paywall');
  });

  it('DIALOG_TOKEN: a sign-in dialog (password field, "Do you have an account?")', () => {
    expect(kindOf({ after: B.SIGNIN_DIALOG }, 'signin')).toBe('paywall');
  });

  it('PAYWALL_TEXT: a plan picker ("Choose a membership…") after the article', () => {
    expect(kindOf({ after: B.PLAN_PICKER }, 'plans')).toBe('paywall');
  });

  it('DIALOG_TOKEN: a flyout that opens with "Become a member for free!"', () => {
    expect(kindOf({ after: B.MEMBER_FLYOUT }, 'flyout')).toBe('paywall');
  });

  it('a prompt at the end inside <article> is hidden (its sentence is not article prose)', () => {
    expect(kindOf({ end: B.PROMPT_IN_ARTICLE }, 'prompt')).toBe('paywall');
  });

  it('…and left out of article.text', () => {
    expect(run({ end: B.PROMPT_IN_ARTICLE }).page.article?.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('FIXED_OVERLAY: a fixed full-viewport overlay whose text is a sign-in prompt (real layout)', () => {
    expect(kindOf({ after: B.FIXED_OVERLAY }, 'overlay', layout(['gate-x1']))).toBe('paywall');
  });

  it('FIXED_OVERLAY: its empty backdrop goes with it', () => {
    expect(kindOf({ after: B.FIXED_BACKDROP + B.FIXED_OVERLAY }, 'backdrop', layout(['gate-x1', 'shade-x2']))).toBe('paywall');
  });

  it('an empty fixed layer stays when no paywall was found (a sticky video, a cookie layer)', () => {
    expect(kindOf({ after: B.FIXED_BACKDROP }, 'backdrop', layout(['shade-x2']))).toBeNull();
  });
});

describe('comment rules', () => {
  it('COMMENT_HEADING: a "View Comments" button', () => {
    expect(kindOf({ end: B.VIEW_COMMENTS }, 'view-comments')).toBe('comments');
  });

  it('COMMENT_TEXT: guidelines addressed to the commenter', () => {
    expect(kindOf({ after: B.GUIDELINES }, 'guidelines')).toBe('comments');
  });

  it('COMMENT_WIDGETS: a Livefyre mount point', () => {
    expect(kindOf({ after: B.LIVEFYRE }, 'livefyre')).toBe('comments');
  });

  it('COMMENT_TOKEN: a comment module named in one word ("fbcommentsmodule")', () => {
    expect(kindOf({ after: B.COMMENTS_MODULE }, 'module')).toBe('comments');
  });

  it('COMMENT_TEXT: a letters-to-the-editor invitation', () => {
    expect(kindOf({ after: B.LETTERS_PROMPT }, 'letters')).toBe('comments');
  });

  it('a comment section after the article that quotes a short line of it is still hidden', () => {
    const short = 'The ferry will keep running, the council said.';
    const parts: PageParts = { paragraphs: [...PARAGRAPHS, short], after: B.quotingComments(short) };
    expect(kindOf(parts, 'replies')).toBe('comments');
  });
});

describe('newsletter rules', () => {
  it('a sign-up box between paragraphs is hidden whole, heading and text with the form', () => {
    const { doc, page } = run(inBody(B.NEWSLETTER_IN_BODY));
    expect(page.elements).toContain(doc.querySelector('[data-fixture="newsletter"]'));
  });

  it('SIGNUP_CTA: a sign-up line that is only a link', () => {
    expect(kindOf({ end: B.SIGNUP_LINK }, 'signup-link')).toBe('newsletter');
  });

  it('PUSH_TEXT: a bar that asks to turn on notifications', () => {
    expect(kindOf({ before: B.PUSH_BAR }, 'push')).toBe('newsletter');
  });
});

describe('social rules', () => {
  it('SHARE_WIDGETS: a Jetpack share block with long labels', () => {
    expect(kindOf({ end: B.SHAREDADDY }, 'sharedaddy')).toBe('social');
  });

  it('FOLLOW_LINE: "Follow … on Instagram, Facebook and X" closing the article', () => {
    expect(kindOf({ end: B.FOLLOW_LINE }, 'follow')).toBe('social');
  });
});

describe('promo rules', () => {
  it('PROMO_LABEL: "[Related: …]" in brackets', () => {
    expect(kindOf(inBody(B.BRACKET_RELATED), 'bracket')).toBe('promo');
  });

  it('PROMO_LABEL: "SEE MORE: …"', () => {
    expect(kindOf(inBody(B.SEE_MORE), 'see-more')).toBe('promo');
  });

  it('PROMO_HEADING: the list under "More Great … Stories" in the body, though Readability kept its lines', () => {
    expect(kindOf({ end: B.HEADED_LIST }, 'headed-list')).toBe('promo');
  });

  it('PROMO_HEADING: the heading itself', () => {
    expect(kindOf({ end: B.HEADED_LIST }, 'headed-heading')).toBe('promo');
  });

  it('LINK_FARM: a river of headline links after the article', () => {
    expect(kindOf({ after: B.TEASER_RIVER }, 'river')).toBe('promo');
  });

  it('PROMO_HEADING: teasers with deks under "More in …" after the article', () => {
    expect(kindOf({ after: B.MORE_IN }, 'more-in')).toBe('promo');
  });

  it('ASIDE_LINK_SHARE: an aside of linked cards inside the body', () => {
    expect(kindOf(inBody(B.INSET_ASIDE), 'aside')).toBe('promo');
  });

  it('HOVER_CARD: the headlines of a hover card inside a paragraph', () => {
    const paragraphs = [...PARAGRAPHS.slice(0, 4), B.HOVER_PARAGRAPH.replace(/^<p>|<\/p>$/g, '')];
    expect(kindOf({ paragraphs }, 'hover')).toBe('promo');
  });

  it('HOVER_CARD: the name it hangs on stays', () => {
    const paragraphs = [...PARAGRAPHS.slice(0, 4), B.HOVER_PARAGRAPH.replace(/^<p>|<\/p>$/g, '')];
    expect(kindOf({ paragraphs }, 'hover-wrap')).toBeNull();
  });

  it('PROMO_TOKEN: a "next article" teaser', () => {
    expect(kindOf({ after: B.NEXT_ARTICLE }, 'next')).toBe('promo');
  });

  it('TRAILING_CTA: "Listen to … live … listen back here" closing the body', () => {
    expect(kindOf({ end: B.TRAILING_CTA }, 'cta')).toBe('promo');
  });

  it('PROMO_CTA: "Check out more stories on …!" after the article', () => {
    expect(kindOf({ after: B.MORE_STORIES_CTA }, 'more-cta')).toBe('promo');
  });

  it('a most-read list that names this story: its other items go', () => {
    expect(kindOf({ after: B.mostReadWith(HEADLINE) }, 'mr-other')).toBe('promo');
  });

  it('…and the item with the headline stays', () => {
    expect(kindOf({ after: B.mostReadWith(HEADLINE) }, 'mr-self')).toBeNull();
  });
});

describe('what must stay visible', () => {
  it('a paragraph of advice about inboxes and subscribing', () => {
    expect(hiddenText({ paragraphs: [...PARAGRAPHS.slice(0, 3), B.INBOX_PROSE, ...PARAGRAPHS.slice(3)] })).not.toContain('Spam filters');
  });

  it('a long paragraph that quotes a metering prompt', () => {
    expect(hiddenText({ paragraphs: [...PARAGRAPHS.slice(0, 3), B.QUOTED_PROMPT_PROSE, ...PARAGRAPHS.slice(3)] })).not.toContain('Readers of the Courier');
  });

  it('a short closing line of the article that a comment below quotes', () => {
    const short = 'The ferry will keep running, the council said.';
    const { page } = run({ paragraphs: [...PARAGRAPHS, short], after: B.quotingComments(short) });
    expect(page.article?.text).toContain(short);
  });

  it('a page that is a list of <article> teasers made of links is not an article', () => {
    expect(extractPage(parse(B.TEASER_PAGE)).isArticle).toBe(false);
  });
});
