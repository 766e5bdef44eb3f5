// A collective named by a common noun alone ("rebels", "residents") ranks below named actors of
// similar salience, unless the headline or lead names it or it takes part in a demand. The
// sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { actorsOf, rank } from '../fixtures/lib/actors';

const LEAD = 'The government of Freedonia signed a ceasefire on Monday after months of fighting in the north.';
const BODY = [
  LEAD,
  'Rebels attacked a convoy near the border. Rebels later withdrew to the hills, and rebels set up camps there.',
  'Marta Olsen, a regional analyst, warned that the truce was fragile. Olsen said aid was slow.',
].join('\n\n');

const IN_LEAD = [
  'Rebels attacked a convoy on Monday, weeks after the government of Freedonia signed a ceasefire.',
  'Marta Olsen, a regional analyst, warned that the truce was fragile. Olsen said aid was slow.',
  'Rebels later withdrew to the hills.',
].join('\n\n');

const PLACED = [
  LEAD,
  'Tarvo rebels attacked a convoy near the border. Tarvo rebels later withdrew to the hills, and Tarvo rebels set up camps there.',
  'Marta Olsen, a regional analyst, warned that the truce was fragile. Olsen said aid was slow.',
].join('\n\n');

const DEMANDING = [
  LEAD,
  'Residents demanded that the army leave the valley. Residents marched to the town hall, and residents stayed there.',
  'Marta Olsen, a regional analyst, warned that the truce was fragile. Olsen said aid was slow.',
].join('\n\n');

describe('actors: generic groups rank below named actors', () => {
  it('ranks a named person above a bare group mentioned as often later in the story', () => {
    const actors = actorsOf(BODY);
    expect(rank(actors, 'Marta Olsen')).toBeLessThan(rank(actors, 'rebels'));
  });

  it('does not lower a bare group the lead names', () => {
    const actors = actorsOf(IN_LEAD);
    expect(rank(actors, 'rebels')).toBeLessThan(rank(actors, 'Marta Olsen'));
  });

  it('does not lower a group tied to a place ("Tarvo rebels")', () => {
    const actors = actorsOf(PLACED);
    expect(rank(actors, 'Tarvo rebels')).toBeLessThan(rank(actors, 'Marta Olsen'));
  });

  it('does not lower a bare group that makes a demand', () => {
    const actors = actorsOf(DEMANDING);
    expect(rank(actors, 'residents')).toBeLessThan(rank(actors, 'Marta Olsen'));
  });
});
