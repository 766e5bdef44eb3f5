// A name used as a noun's modifier ("Twitter users", "the Medicaid expansion", "a Mario game",
// "the U.S. population", "the Iran nuclear deal"): it says what the thing belongs to or is about,
// not that the named one acts. Such a mention counts little toward salience and alone makes no
// actor. Names before the people who act for them ("U.S. officials said", "Chinese troops") stay
// agents.
import type { Sentence, Token } from '../parse';

/** Plural nouns for the people or bodies acting for what names them ("U.S. officials", "Syrian forces"). */
const ACTING_FOR = new Set([
  'officials', 'leaders', 'leadership', 'authorities', 'government', 'governments', 'administration', 'regime',
  'troops', 'soldiers', 'forces', 'military', 'army', 'navy', 'police', 'diplomats', 'negotiators', 'delegation',
  'delegates', 'envoys', 'representatives', 'ministers', 'lawmakers', 'legislators', 'regulators', 'prosecutors',
  'investigators', 'spokesman', 'spokeswoman', 'spokesperson', 'executives', 'management', 'board', 'agents',
  'campaign', 'team', 'lawyers', 'attorneys', 'aides', 'staff', 'staffers', 'side', 'camp',
  // people working for the name ("Snopes writers", "Google engineers")
  'employees', 'workers', 'members', 'writers', 'reporters', 'journalists', 'editors', 'engineers', 'scientists',
  'researchers', 'economists', 'analysts', 'experts', 'doctors',
]);

/** Parts of speech of a word after a name that make it no noun the name could qualify. */
const NOT_HEAD = ['Verb', 'Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Adverb', 'Date', 'QuestionWord'];

const lowerNoun = (t: Token | undefined): t is Token =>
  !!t && /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !NOT_HEAD.some((x) => t.tags.has(x));

/**
 * Does the name ending before `end` qualify (or, with `possessive`, own: "MSCI's broadest index") the lower-case noun after it ("Twitter users", "the
 * Iran nuclear deal": one adjective may stand between), rather than act through it ("U.S. officials")?
 */
export function isAttributive(s: Sentence, end: number, breaksAfter: (t: Token) => boolean, possessive = false): boolean {
  const last = s.tokens[end - 1];
  // ("the "Blue House" compound": a closing quotation mark still lets the name qualify the noun)
  if (!last || (breaksAfter(last) && !/^["”’]\s*$/.test(last.post)) || (/[’']s?$/.test(last.text) && !possessive)) return false;
  let k = end;
  const next = s.tokens[k];
  // "the Iran nuclear deal": an adjective, then the noun
  if (next && /^\p{Ll}/u.test(next.text) && next.tags.has('Adjective') && !next.tags.has('Noun') && !breaksAfter(next)) k++;
  const head = s.tokens[k];
  return lowerNoun(head) && !ACTING_FOR.has(head.normal);
}
