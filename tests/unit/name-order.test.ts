// Family names written first ("Lee Jae-myung" → "Lee") and people who share a surname. The names
// and sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { actorsOf, find } from '../fixtures/lib/actors';
import { familyName, givenNames, isFamilyFirst } from '../../lib/nlp/name-order';

describe('name order', () => {
  it('reads a hyphenated romanised given name as coming after the family name', () => {
    expect(familyName('Park Min-seo')).toBe('Park');
  });

  it('gives the hyphenated part as the given name', () => {
    expect(givenNames('Park Min-seo')).toEqual(['Min-seo']);
  });

  it('keeps the family name last in a hyphenated Western given name ("Jean-Pierre")', () => {
    expect(isFamilyFirst('Jean-Pierre Martin')).toBe(false);
  });

  it('keeps the family name last for a hyphenated surname ("Ocasio-Cortez")', () => {
    expect(familyName('Maria Ocasio-Cortez')).toBe('Ocasio-Cortez');
  });

  it('skips a generational suffix', () => {
    expect(familyName('Patrick W. Holt Jr.')).toBe('Holt');
  });
});

const KOREA = [
  'Park Min-seo, leader of the main opposition party, called the decree unlawful.',
  '"It is a betrayal," Park said.',
  'Police are also investigating Interior Minister Park Tae-woo.',
  'Park, the opposition leader, said the inquiry must go on.',
].join('\n\n');

const KIMS = [
  'Seoul resident Anna Kim said she was worried.',
  'The president accepted the resignation of defense minister Kim Sung-ho, who took responsibility.',
  'Prosecutors are investigating claims against Kim and Interior Minister Choi Jin-ho.',
].join('\n\n');

describe('actors: family names written first', () => {
  it('merges the surname alone with the full name ("Park" → Park Min-seo)', () => {
    expect(find(actorsOf(KOREA), 'Park Min-seo')?.aliases).toContain('Park');
  });

  it('lists no separate person named by the surname alone', () => {
    expect(find(actorsOf(KOREA), 'Park')).toBeUndefined();
  });

  it('keeps a second person of the same family name apart', () => {
    expect(find(actorsOf(KOREA), 'Park Tae-woo')).toBeDefined();
  });

  it('gives the surname to the person named most so far, not the one named last', () => {
    expect(find(actorsOf(KOREA), 'Park Tae-woo')?.mentions).toBe(1);
  });

  it('gives a surname, on a tie, to the person introduced last before it', () => {
    expect(find(actorsOf(KIMS), 'Kim Sung-ho')?.aliases).toContain('Kim');
  });

  it('does not give a name before a titled name that name\'s given name ("Kim and Interior Minister Choi Jin-ho")', () => {
    expect(actorsOf(KIMS).some((a) => a.name === 'Kim Jin-ho')).toBe(false);
  });
});

const SIBLINGS = [
  'North Korean leader Pak Chol Su oversaw a missile test on Friday. Pak said the country would expand its arsenal.',
  'His sister, Pak Yong Hui, warned the South not to interfere.',
  'Pak later visited a factory, state media said.',
].join('\n\n');

const PRODUCTS = 'Vantor Echo Dot sold out on Monday. Vantor Fire Stick sold out too. Vantor said more were coming.';

describe('actors: a given-name-first short form shared by two full names', () => {
  it('lists no separate person for a word that starts two people\'s names ("Pak")', () => {
    expect(find(actorsOf(SIBLINGS), 'Pak')).toBeUndefined();
  });

  it('gives the short form to the person named most so far', () => {
    expect(find(actorsOf(SIBLINGS), 'Pak Chol Su')?.aliases).toContain('Pak');
  });

  it('does not merge a word into names the tagger does not know as people\'s', () => {
    expect(actorsOf(PRODUCTS).some((a) => a.aliases.includes('Vantor'))).toBe(false);
  });
});
