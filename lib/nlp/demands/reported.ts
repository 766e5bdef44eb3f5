// Demands in reported speech with no trigger verb: a deontic modal ("X must …", he said), a quoted order.
import type { Sentence } from '../parse';
import type { ActorRecord } from '../actors';
import { type DemandRecord, type Placed, word, NEGATION, HYPOTHETICAL } from './common';
import { speakerOf, attribution, isQuoted } from './speaker';
import { parseSentences } from '../parse';
import { readContent } from './content';

/** Deontic modals that make reported speech a demand: "The regime must take responsibility," he said. */
const MODAL_DEMAND = /\b(must(?! have)|should(?! have)|needs? to|going to have to|has to|have to|ought to|gotta|(?:have |’ve |'ve )got to|no (?:other )?(?:option|way|choice|alternative) but to|only (?:way|option|choice|solution)\b[^.;,]{0,60}? is to)\s+(?:not\s+)?(\w+)/gi;

/** "said (that) the demonstrators … had ": a "had" of reported speech, a present shifted back. */
const BACKSHIFTED_SUBJECT = /\b(?:said|says|told\s+\S+)\s+(?:that\s+)?[^,;:“”"]{1,80}\s+had\s+$/i;

/** Subjects of a "must" that make it a reflection, not a demand of anyone ("we must ask"). */
const MODAL_NON_SUBJECTS = /(?:^|\s)(?:we|i|you|it|there|this|that|what|which|who|one|they|he|she|everyone|everybody|people|nobody|things?)\s*$/i;

/** Reported "must"/"should": `"The regime must take responsibility," Robertson said.` */
export function modalDemands(s: Sentence, offsets: number[], placed: Placed[], quoteSpeaker?: ActorRecord): DemandRecord[] {
  const out: DemandRecord[] = [];
  MODAL_DEMAND.lastIndex = 0;
  for (let m = MODAL_DEMAND.exec(s.text); m; m = MODAL_DEMAND.exec(s.text)) {
    const before = s.text.slice(0, m.index);
    if (HYPOTHETICAL.test(before) || NEGATION.test(before)) continue;
    // "we need to get on it," the governor said: a leader's call to the collective; "we must ask" stays a reflection
    const collective = /^needs? to$/i.test(m[1]!) && /(?:^|\s)(?:together,?\s+)?we\s*$/i.test(before.replace(/[“"‘]/g, ''));
    // "You gotta give me a big win please": an appeal to the listeners, a "please" makes it one
    const pleading = /(?:^|\s)you\s*$/i.test(before.replace(/[“"‘]/g, '')) && /\bplease\b/i.test(s.text.slice(m.index));
    if (MODAL_NON_SUBJECTS.test(before.replace(/[“"‘]/g, '')) && !collective && !pleading) continue;
    // "has no choice but to": a demand on another in the present ("there is no other way but to resign"), not one's
    // own lot ("they have no choice but to cut jobs") nor a past justification ("he had no choice but to act")
    // …unless reported speech shifts it back: "police said the demonstrators had no option but to come out"
    const backshifted = /^no\b/i.test(m[1]!) && BACKSHIFTED_SUBJECT.test(before) && !/\b(?:i|we|they|you|he|she|it)\s+had\s+$/i.test(before);
    if (/^no\b/i.test(m[1]!) && !backshifted && (!/\b(?:has|have|is|’s|'s)\s+$/i.test(before) || /\b(?:i|we|they|you)\s+have\s+$/i.test(before))) continue;
    const speaker = speakerOf(s, m.index, offsets, placed) ?? quoteSpeaker;
    if (!speaker) continue;
    // another party's lack of choice is demanded of it; one's own is a justification
    if (backshifted && placed.some((p) => p.r === speaker && p.at > before.search(BACKSHIFTED_SUBJECT))) continue;
    // the modal's subject, when it is an actor, is the addressee ("China is going to have to", "the only way for Yoon to … is to")
    const subj = placed.filter((p) => p.end <= m.index && /^\W*(?:is|are)?\s*$/.test(s.text.slice(p.end, m.index))).at(-1) ??
      placed.find((p) => p.at > m.index && p.end < m.index + m[1]!.length && /^only/i.test(m[1]!));
    // the clause ends where the next clause with its own modal begins ("… people and the pressure must …")
    const clause = s.text.slice(m.index + m[0].length - m[2]!.length).replace(/\s+and\s+(?:the\s+)?(?:\S+\s+){0,3}(?:must|should|needs? to|has to|have to)\b[\s\S]*$/i, '');
    const content = readContent(clause);
    if (!content) continue;
    const targets = subj && subj.r !== speaker ? [subj.r] : [];
    out.push({ actor: speaker, targets, demand: content.text, evidence: s.text, trigger: m[1]!, sentence: s });
  }
  return out;
}

const tagCache = new Map<string, Set<string>>();
/** The tags of a word alone (a capitalised word's lower-case form). */
function tagsOf(w: string): Set<string> {
  if (!tagCache.has(w)) tagCache.set(w, parseSentences(w, 0, 0)[0]?.tokens[0]?.tags ?? new Set());
  return tagCache.get(w)!;
}

/** A quotation opening with a name called out: '“Virginia, …', '“Mr President, …'. */
const VOCATIVE_OPENING = /^[“"](?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*,/u;

/** Verbs that open a quotation without being an order ("Thank you", "Let's see", "Look, …"). */
const NOT_ORDERS = /^(thank|thanks|let|look|see|say|imagine|remember|believe|trust|come|welcome|please|excuse|guess|wait|mind|worry|do|don[’']t|forget|hold|listen|consider|note|keep)$/i;

/**
 * A quoted order attributed to a speaker: 'Teachers chanted, "Fund our schools."', '"Tell them to
 * buy larger tractors," he said' — the quotation opens with a verb in its base form.
 */
export function imperativeQuotes(s: Sentence, offsets: number[], placed: Placed[], quoteSpeaker?: ActorRecord): DemandRecord[] {
  const out: DemandRecord[] = [];
  s.tokens.forEach((t, i) => {
    // a sentence of a longer quotation or tweet whose speaker is known may open with the order itself
    const prevTok = i > 0 ? s.tokens[i - 1]! : undefined;
    // …or a sentence inside a quotation ('“Matt has my endorsement. Get out and vote!”')
    const opensQuoted = (i === 0 && !!quoteSpeaker) ||
      (!!prevTok && /[.!]\s*$/.test(prevTok.post) && (!!quoteSpeaker || isQuoted(s.text, offsets[i]!)));
    // …or a clause after a vocative that opens the quotation ('“Virginia, with everything planned, go out and vote”')
    const afterVocative = !!prevTok && /,\s*$/.test(prevTok.post) && VOCATIVE_OPENING.test(s.text) && isQuoted(s.text, offsets[i]!);
    if (!/[“"]\s*$/.test(t.pre) && !/^[“"]/.test(t.text) && !opensQuoted && !afterVocative) return;
    // the quotation is a whole utterance: it opens the sentence or follows "chanted," / "said:"
    if (prevTok && !opensQuoted && !/[,:]\s*$/.test(prevTok.post + t.pre.replace(/[“"]/g, ''))) return;
    const w = word(t);
    // a capitalised first word ("Get out", "GET OUT") is tagged as a name: its lower-case form decides
    const tags = /^\p{Lu}/u.test(w) && !t.tags.has('Verb') ? tagsOf(w.toLowerCase()) : t.tags;
    if (!tags.has('Verb') || !(tags.has('Infinitive') || tags.has('Imperative') || (tags.has('PresentTense') && !/s$/i.test(w))) ||
        tags.has('PastTense') || tags.has('Gerund') || tags.has('Auxiliary') || tags.has('Copula') || NOT_ORDERS.test(w)) return;
    const next = s.tokens[i + 1];
    if (!next || next.tags.has('Verb') && !next.tags.has('Particle') && !next.tags.has('PhrasalVerb')) return;
    if (/^(of|is|was|are)$/i.test(next.normal)) return; // "Part of the challenge …": a noun opens the sentence // "Fund our schools", not "Get going"… kept simple
    const at = offsets[i]!;
    const speaker = speakerOf(s, at, offsets, placed) ?? attribution(s, offsets, placed) ?? quoteSpeaker;
    if (!speaker) return;
    const quote = s.text.slice(at).replace(/^[“"]/, '');
    const close = quote.search(/[”"]/);
    const content = readContent(' ' + (close >= 0 ? quote.slice(0, close) : quote));
    if (!content) return;
    out.push({ actor: speaker, targets: [], demand: content.text, evidence: s.text, trigger: w, sentence: s });
  });
  return out;
}
