// News outlets: an agency or paper cited for what it reported is a source, no actor; a state's or
// ruling party's paper that takes a position for it ("the People's Daily, the mouthpiece of the
// Communist party, warned") speaks as an organisation does. The sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from '../fixtures/lib/actors';

const AGENCIES = [
  'The state-run Xinhua News Agency said five people had died in the flood.',
  'Yonhap News Agency reported the launch, citing the military.',
  'The Korean Central News Agency said the test had succeeded. Officials in Seoul said the test had failed.',
].join('\n\n');

const MOUTHPIECE = "On Monday, the People's Daily, the mouthpiece of the Communist party, warned that there was no room for compromise.";
const TABLOID = 'The Global Times, a Communist Party tabloid, said the visit was a provocation.';
const STATE_RUN = 'The state-run Morning Herald urged the strikers to return to work.';
const REPORTED = 'The Korea Times reported on Sunday that the approval rating had fallen. The Daily Courier said turnout was high.';
const BRITISH = 'The Sun, a British tabloid, said the prince was angry.';
const CITED = 'Three soldiers died, the state-run Morning Herald reported.';

describe('actors: news outlets', () => {
  it('makes no actor of a "… News Agency" cited as a source', () => {
    expect(actorsOf(AGENCIES).some((a) => /News Agency/.test(a.name))).toBe(false);
  });

  it('lists a ruling party\'s mouthpiece that warns', () => {
    expect(find(actorsOf(MOUTHPIECE), "People's Daily")?.type).toBe('organization');
  });

  it('gives the mouthpiece the party it speaks for as affiliation', () => {
    expect(find(actorsOf(MOUTHPIECE), "People's Daily")?.affiliation).toBe('Communist party');
  });

  it('lists a party tabloid described in an apposition that speaks', () => {
    expect(names(actorsOf(TABLOID))).toContain('Global Times');
  });

  it('lists a state-run paper that urges', () => {
    expect(names(actorsOf(STATE_RUN))).toContain('Morning Herald');
  });

  it('makes no actor of papers cited for what they reported', () => {
    expect(actorsOf(REPORTED).some((a) => /Times|Courier/.test(a.name))).toBe(false);
  });

  it('makes no actor of a tabloid that is no state\'s or party\'s', () => {
    expect(names(actorsOf(BRITISH))).not.toContain('Sun');
  });

  it('makes no actor of a state paper cited after the fact it reported', () => {
    expect(names(actorsOf(CITED))).not.toContain('Morning Herald');
  });
});
