// A state's or party's newspaper speaking for it ("the People's Daily, the mouthpiece of the
// Communist party, warned …", "the Global Times, a Communist Party tabloid, said …", "the
// state-run Rodong Sinmun urged …") voices a position, as an organisation that speaks does
// (GUIDELINES: actors act, speak or decide); a paper cited for what it reported ("the Korea Times
// reported") stays a source, no actor.
import type { Sentence, Token } from '../parse';

/** Words that make an outlet a state's or a ruling party's voice. */
const STATE_VOICE = /\b(mouthpiece|(state|party|government|military)[- ](run|owned|controlled|backed|affiliated)|official (news)?paper|(communist|ruling|workers'?) party'?s? (news)?paper|(communist|ruling) party (tabloid|organ|daily)|party organ)\b/i;
/** Verbs with which such an outlet takes a position. */
const VOICE_VERB = /^(said|says|warned|warns|urged|urges|accused|accuses|slammed|slams|condemned|criticized|criticised|called|demanded|insisted|wrote|declared|blasted|denounced|vowed|argued|stressed)$/;
/** Most words of an apposition between the outlet and its verb. */
const MAX_APPOSITION = 12;
/** Words before the outlet read for "state-run" and the like ("China's state-run Global Times"). */
const BEFORE = 4;

const words = (toks: Token[]) => toks.map((t) => t.text + t.post).join('').replace(/[’]/g, "'");

/**
 * Is the outlet named at [start, end) described as a state's or party's voice (before it, or in an
 * apposition after it) and the subject of a verb of saying or warning? Returns the party or state
 * the apposition names ("the Communist party"), or '' when it names none; null when not a voice.
 */
export function stateOutletVoice(s: Sentence, start: number, end: number, breaksAfter: (t: Token) => boolean): string | null {
  const toks = s.tokens;
  const before = words(toks.slice(Math.max(0, start - BEFORE), start));
  let k = end;
  let apposition = '';
  let owner = '';
  if (/,/.test(toks[end - 1]?.post ?? '')) {
    let close = end;
    while (close < toks.length && close - end < MAX_APPOSITION && !/[,.;:!?]/.test(toks[close]!.post)) close++;
    if (close >= toks.length || !/,/.test(toks[close]!.post)) return null;
    apposition = words(toks.slice(end, close + 1));
    // "the mouthpiece of the Communist party": the capitalised words, with a "party" after them
    const cap = toks.slice(end, close + 1).findIndex((t) => /^\p{Lu}/u.test(t.text));
    if (cap >= 0) {
      let e = end + cap;
      while (e <= close && (/^\p{Lu}/u.test(toks[e]!.text) || /^party$/i.test(toks[e]!.normal)) && !(e > end + cap && breaksAfter(toks[e - 1]!))) e++;
      owner = toks.slice(end + cap, e).map((t, i, a) => t.text + (i < a.length - 1 ? t.post : '')).join('').replace(/[,;:]$/, '');
    }
    k = close + 1;
  } else if (breaksAfter(toks[end - 1]!)) return null;
  if (!STATE_VOICE.test(before) && !STATE_VOICE.test(apposition)) return null;
  while (toks[k]?.tags.has('Adverb')) k++;
  return toks[k] && VOICE_VERB.test(toks[k]!.normal) ? owner : null;
}
