// The gist (lib/nlp/summary.ts): the lead, the main demand's sentence, then the next sentence that
// names a top actor, by the word the article names them with. The articles are invented for these tests.
import { describe, expect, it } from 'vitest';
import { analyzePlainText } from '../../lib/analyze';

const gist = (paragraphs: string[], title: string) => analyzePlainText(paragraphs.join('\n\n'), title).summary;

describe('summary', () => {
  const FAMILY_FIRST = [
    'Opposition leader Lee Jae-myung visited the flooded farming towns of the southern province on Tuesday morning.',
    'Heavy rain had fallen on the region for nine days, and the river broke its banks in three places overnight.',
    'Lee spent four hours with rescue crews and farmers who lost their whole harvest to the water.',
  ];

  it('names a person written family name first by the family name ("Lee" of "Lee Jae-myung")', () => {
    expect(gist(FAMILY_FIRST, 'Opposition leader tours flooded towns')).toContain(FAMILY_FIRST[2]);
  });

  const SUFFIX = [
    'A federal judge in Buffalo on Monday sentenced Patrick W. Carlineo Jr. for threats he made against a member of Congress.',
    'The court heard that the calls were made over two weeks last spring from a house outside the city.',
    'Carlineo told the court that he regretted the calls and had since moved back in with his parents.',
  ];

  it('names a person by the family name, not a generational suffix ("Carlineo" of "Patrick W. Carlineo Jr.")', () => {
    expect(gist(SUFFIX, 'Man sentenced for threats against lawmaker')).toContain(SUFFIX[2]);
  });
});
