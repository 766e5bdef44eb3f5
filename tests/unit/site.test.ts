// Which site a page and its links belong to (lib/clutter/site.ts).
import { describe, expect, it } from 'vitest';
import { leavesSite, siteOf } from '../../lib/clutter/site';

describe('siteOf', () => {
  it('drops the subdomain of a .com host', () => {
    expect(siteOf('www.nytimes.com')).toBe('nytimes.com');
  });

  it('keeps three labels under a country second level', () => {
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
  });
});

describe('leavesSite', () => {
  it('never says so of a relative link', () => {
    expect(leavesSite('/news/bridge-plan', 'coastcourier.example')).toBe(false);
  });

  it('does not count another subdomain of the same site', () => {
    expect(leavesSite('https://sport.coastcourier.example/rowing', 'coastcourier.example')).toBe(false);
  });

  it('says so of a protocol-relative link to a shop', () => {
    expect(leavesSite('//www.amazon.example/dp/B0123', 'coastcourier.example')).toBe(true);
  });
});
