// Market reports: instruments written with their quote codes ("Brent LCOc1", "the Nikkei .N225")
// are no actors, and a country named only as the owner of a thing ("Japan's Nikkei futures",
// "China's economy") counts for less than one that acts ("China's foreign ministry said"). The
// sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { actorsOf, names, rank } from '../fixtures/lib/actors';

const OIL = 'Brent LCOc1 fell 2% to $61.10 a barrel, while U.S. crude CLc1 slipped 1.5%. Analysts said demand was weak.';
const INDEX = 'Stocks rose on Tuesday. The Dow Jones Industrial Average .DJI rose 0.4%, the S&P 500 .SPX gained 0.2% and the Nasdaq Composite .IXIC added 0.9%.';
const SPOT = 'Oil fell. Spot gold XAU= added 0.3% as the dollar weakened, and silver XAG= rose.';
const SHARE = 'Shares of Boeing BA.N fell 3% after the regulator grounded the jet. Boeing said it would cooperate with the inquiry.';

describe('actors: market instruments named by their quote codes', () => {
  it('makes no actor of a futures contract ("Brent LCOc1")', () => {
    expect(actorsOf(OIL).some((a) => /Brent|LCOc1/.test(a.name))).toBe(false);
  });

  it('makes no actor of an index with its code (".DJI")', () => {
    expect(actorsOf(INDEX).some((a) => /Nasdaq|IXIC/.test(a.name))).toBe(false);
  });

  it('makes no actor of a spot code ("XAU=")', () => {
    expect(names(actorsOf(SPOT))).not.toContain('XAU');
  });

  it('keeps a company named with its share code, without the code', () => {
    expect(names(actorsOf(SHARE))).toContain('Boeing');
  });

  it('starts the name after "of" when the sentence opens with a common noun ("Shares of Boeing")', () => {
    expect(actorsOf(SHARE).some((a) => /^of /.test(a.name))).toBe(false);
  });
});

const OWNED = [
  "Japan's main stock index fell 1% and China's economy grew more slowly than expected.",
  'Brazil said it would raise export duties on soy. Brazil also asked buyers to sign longer contracts.',
  "Japan's exports and China's factory output fell again in October.",
].join('\n\n');

const MINISTRY = "China's foreign ministry said the claims were false. Portugal's exports rose in March.";
const LEADER = "China's Li Wen met the envoy on Monday.";
const AGENT = "Russia's invasion of Ukraine entered its second year.";

describe('actors: countries named only as owners', () => {
  it('ranks a country that acts above countries named only as owners of things', () => {
    expect(rank(actorsOf(OWNED), 'Brazil')).toBe(0);
  });

  it('lists no country named only as the owner of things ("China\'s economy")', () => {
    expect(names(actorsOf(OWNED))).not.toContain('China');
  });

  it('keeps a ministry that speaks for its country ("China\'s foreign ministry said")', () => {
    expect(actorsOf(MINISTRY).some((a) => a.affiliation === 'China' || a.name === 'China')).toBe(true);
  });

  it('drops a country named only by the owner of a thing beside it', () => {
    expect(names(actorsOf(MINISTRY))).not.toContain('Portugal');
  });

  it('keeps a country before its leader\'s name ("China\'s Li Wen")', () => {
    expect(names(actorsOf(LEADER))).toContain('China');
  });

  it('keeps a country before what it does ("Russia\'s invasion")', () => {
    expect(names(actorsOf(AGENT))).toContain('Russia');
  });
});
