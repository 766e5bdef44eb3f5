// The 50 US states and the District of Columbia. Curated because no installed package lists them
// (world-countries has no subdivisions; compromise packs them into its tagger's lexicon only).
import { nameKeyOf } from './countries';

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming',
  'District of Columbia',
];
// "Washington" alone is the US government's seat (countries.ts); "Georgia" alone is the country there too.

const byKey = new Map<string, string>(US_STATES.map((n) => [nameKeyOf(n), n]));

/** The state a name names ("South Dakota", "the state of Virginia" is not a name), or undefined. */
export function usStateByName(name: string): string | undefined {
  return byKey.get(nameKeyOf(name));
}
