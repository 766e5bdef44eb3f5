// A dateline: the place that opens a news report ("NEW DELHI:", "DUBAI, United Arab Emirates —",
// "NEW YORK (Reuters) -", "Washington, DC, United States:"). It says where the report was filed,
// never who acts.
import type { Sentence, Token } from '../parse';

/** Paragraphs a dateline can open (a caption or kicker may stand before the first one). */
const DATELINE_PARAGRAPHS = 2;
/** Words a dateline may hold ("Washington, DC, United States"). */
const MAX_WORDS = 6;
/** What follows the place: a colon, a dash, the agency in brackets, perhaps after ", State" or ", Country". */
const AFTER_PLACE = /^\s*(,\s*[\p{Lu}][\p{L}.' ]{0,30}?){0,3}\s*(:|\(|[—–]|-\s)/u;
/** A word in capitals ("DUBAI", "N.Y.", "O'HARE"). */
const CAPITALS = /^[\p{Lu}][\p{Lu}.'-]*$/u;

const word = (t: Token) => t.text.replace(/[,:]$/, '');
const inCapitals = (t: Token) => CAPITALS.test(word(t)) && word(t).replace(/\W/g, '').length >= 2;
/** A place the tagger knows, in capitals or not ("Washington", "United States"). */
const isPlace = (t: Token) => /^\p{Lu}/u.test(t.text) && ['Place', 'City', 'Country', 'Region'].some((x) => t.tags.has(x));

/**
 * Do the words [start, end) of `s` belong to a dateline: words from the sentence's start, all in
 * capitals, or all places the tagger knows (then only commas between them), before a colon, a dash
 * or the agency's name in brackets?
 */
export function isDateline(s: Sentence, start: number, end: number): boolean {
  if (s.paragraph < 0 || s.paragraph >= DATELINE_PARAGRAPHS || end > MAX_WORDS || start >= end) return false;
  const words = s.tokens.slice(0, end);
  const capitals = words.every(inCapitals);
  // "Washington, DC, United States:": places joined by commas only
  const places = words.every(isPlace) && words.slice(0, -1).every((t) => !/[:—–()]/.test(t.post));
  if (!capitals && !places) return false;
  const rest = words.at(-1)!.post + s.tokens.slice(end).map((t) => t.pre + t.text + t.post).join('');
  return AFTER_PLACE.test(rest);
}
