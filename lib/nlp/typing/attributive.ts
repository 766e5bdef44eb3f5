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

/**
 * Nouns after a country's possessive that report what it does or wants ("Russia's invasion",
 * "Beijing's demands", "China's response"): the country acts through them.
 */
const AGENT_NOUNS = new Set([
  'demand', 'demands', 'call', 'calls', 'request', 'requests', 'decision', 'response', 'refusal', 'offer', 'proposal',
  'proposals', 'threat', 'threats', 'warning', 'invasion', 'attack', 'attacks', 'offensive', 'move', 'bid', 'efforts',
  'push', 'stance', 'position', 'answer', 'retaliation', 'ban', 'sanctions', 'tariffs', 'conditions', 'terms', 'veto',
]);
/** Most words between a country's possessive and the noun it owns ("China's fast-growing services economy"). */
const MAX_OWNED = 4;
/** Parts of speech that end the phrase a possessive owns ("Japan's economy grew", "China's exports to Europe"). */
const PHRASE_END = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord'];

/**
 * Does a country's possessive ending before `end` own a thing ("China's economy", "Norway's October oil
 * production", "Japan's main stock index") rather than name who acts for it or what it does ("China's
 * foreign ministry said", "Russia's top diplomat", "Beijing's demands")? `acting` tells the words of
 * people and bodies acting for it (titles, organisation words). A name after the possessive is judged
 * by the caller ("China's Xi").
 */
export function ownsThing(s: Sentence, end: number, breaksAfter: (t: Token) => boolean, acting: (t: Token) => boolean): boolean {
  const last = s.tokens[end - 1];
  if (!last || !/[’']s?$/.test(last.text) || breaksAfter(last)) return false;
  let noun = false;
  for (let k = end; k < Math.min(s.tokens.length, end + MAX_OWNED); k++) {
    const t = s.tokens[k]!;
    if (/^\p{Lu}/u.test(t.text) && !t.tags.has('Date')) return false;
    if (ACTING_FOR.has(t.normal) || AGENT_NOUNS.has(t.normal) || acting(t)) return false;
    // right after a possessive a word is read as a noun ("Portugal's exports", not the verb "exports")
    const first = k === end && !['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb'].some((x) => t.tags.has(x));
    if (!first && PHRASE_END.some((x) => t.tags.has(x)) && !(t.tags.has('Noun') && !t.tags.has('Verb'))) break;
    if (t.tags.has('Noun') || (first && t.tags.has('Verb'))) noun = true;
    if (breaksAfter(t)) break;
  }
  return noun;
}
