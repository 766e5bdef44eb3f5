// Names the article shows to be places by the place noun after them ("the Rukban camp", "the Rafah
// crossing", "Kano state"): the same name elsewhere ("leaving Rukban", "Rukban is another example")
// is that place, not a person the tagger does not know.
import type { Sentence } from '../parse';
import { nameKeyOf } from '../lexicon/countries';

/** Lower-case nouns of kinds of places that follow a place's name. */
const PLACE_NOUNS = new Set(['camp', 'village', 'town', 'city', 'province', 'district', 'region', 'county', 'valley', 'crossing', 'state', 'governorate', 'neighbourhood', 'neighborhood', 'suburb', 'enclave', 'settlement']);
/** Tags of a name the tagger knows as a person's or a body's ("the Trump camp" is his faction). */
const KNOWN_ACTOR = ['Person', 'FirstName', 'LastName', 'Organization'];

/** Keys (nameKeyOf) of one-word names a place noun follows somewhere in the article. */
export function placeNames(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      const next = s.tokens[k + 1], after = s.tokens[k + 2];
      if (!next || !PLACE_NOUNS.has(next.text) || !/^\p{Lu}\p{Ll}/u.test(t.unquoted) || /[,.;:!?)"”’]/.test(t.post) || /[’']s$/.test(t.text)) return;
      if (KNOWN_ACTOR.some((x) => t.tags.has(x))) return;
      // "a town hall", "the city council": the place noun qualifies another noun
      if (after && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && !after.tags.has('Verb') && !/[,.;:]/.test(next.post)) return;
      out.add(nameKeyOf(t.unquoted));
    });
  }
  return out;
}
