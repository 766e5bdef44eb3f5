// The extension's pure helpers: the message check (what the content script accepts), the
// unsupported-page test, and the clean-up bar's wording.
import { describe, expect, it } from 'vitest';
import { isCruxRequest, isPageReport } from '../../ext/messages';
import { isUnsupportedUrl } from '../../ext/unsupported';
import { kindBreakdown, plural, truncate } from '../../ext/format';

describe('isCruxRequest', () => {
  it('accepts the three requests', () => {
    expect(['crux:get', 'crux:restore', 'crux:reclean'].map((type) => isCruxRequest({ type }))).toEqual([true, true, true]);
  });

  it('rejects anything else', () => {
    const bad: unknown[] = [null, 'crux:get', ['crux:get'], {}, { type: 'crux:other' }, { type: 1 },
      { type: 'crux:get', extra: true }, { type: '__proto__' }];
    expect(bad.filter((m) => isCruxRequest(m))).toEqual([]);
  });
});

describe('isPageReport', () => {
  it('rejects an answer without the clean-up fields', () => {
    expect(isPageReport({ url: 'https://a.example/', isArticle: true, clutter: [] })).toBe(false);
  });
});

describe('isUnsupportedUrl', () => {
  it('lets web pages through and stops browser pages and stores', () => {
    const urls = ['https://www.thehindu.com/a', 'http://127.0.0.1:8080/seed.html', 'chrome://extensions/', 'about:blank',
      'file:///tmp/a.html', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/'];
    expect(urls.map(isUnsupportedUrl)).toEqual([false, false, true, true, true, true, true]);
  });
});

describe('clean-up wording', () => {
  it('counts kinds in a fixed order with plurals', () => {
    const items = (['promo', 'paywall', 'comments', 'paywall'] as const).map((kind) => ({ kind, text: '', rule: '' }));
    expect(kindBreakdown(items)).toBe('2 paywalls, 1 comments section, 1 promo');
  });

  it('says "1 item" and "2 items"', () => {
    expect([plural(1, 'item'), plural(2, 'item')]).toEqual(['1 item', '2 items']);
  });

  it('truncates long text with an ellipsis', () => {
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });
});
