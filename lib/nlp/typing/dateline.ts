// A dateline: the place in capitals that opens a news report ("NEW DELHI:", "DUBAI, United Arab
// Emirates —", "NEW YORK (Reuters) -"). It says where the report was filed, never who acts.
import type { Sentence } from '../parse';

/** Paragraphs a dateline can open (a caption or kicker may stand before the first one). */
const DATELINE_PARAGRAPHS = 2;
/** What follows the place: a colon, a dash, the agency in brackets, perhaps after ", State" or ", Country". */
const AFTER_PLACE = /^\s*(,\s*[\p{Lu}][\p{L}.' ]{0,30}?)?\s*(:|\(|[—–]|-\s)/u;
/** A word in capitals ("DUBAI", "N.Y.", "O'HARE"). */
const CAPITALS = /^[\p{Lu}][\p{Lu}.'-]*$/u;

/** Do the words [start, end) of `s` form a dateline? */
export function isDateline(s: Sentence, start: number, end: number): boolean {
  if (start !== 0 || s.paragraph < 0 || s.paragraph >= DATELINE_PARAGRAPHS) return false;
  const words = s.tokens.slice(start, end);
  if (!words.length || !words.every((t) => CAPITALS.test(t.text.replace(/[,:]$/, '')) && t.text.replace(/\W/g, '').length >= 2)) return false;
  const last = words.at(-1)!;
  const rest = last.post + s.tokens.slice(end).map((t) => t.pre + t.text + t.post).join('');
  return AFTER_PLACE.test(rest);
}
