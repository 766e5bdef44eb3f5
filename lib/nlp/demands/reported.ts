// Demands in reported speech with no trigger verb: a deontic modal ("X must …", he said), a quoted order.
import type { Sentence } from '../parse';
import type { ActorRecord } from '../actors';
import { type DemandRecord, type Placed, word, NEGATION, HYPOTHETICAL } from './common';
import { speakerOf, attribution } from './speaker';
import { readContent } from './content';

/** Deontic modals that make reported speech a demand: "The regime must take responsibility," he said. */
const MODAL_DEMAND = /\b(must(?! have)|should(?! have)|needs? to|has to|have to|ought to)\s+(?:not\s+)?(\w+)/gi;

/** Subjects of a "must" that make it a reflection, not a demand of anyone ("we must ask"). */
const MODAL_NON_SUBJECTS = /(?:^|\s)(?:we|i|you|it|there|this|that|one|they|he|she|everyone|everybody|people|nobody|things?)\s*$/i;

/** Reported "must"/"should": `"The regime must take responsibility," Robertson said.` */
export function modalDemands(s: Sentence, offsets: number[], placed: Placed[], quoteSpeaker?: ActorRecord): DemandRecord[] {
  const out: DemandRecord[] = [];
  MODAL_DEMAND.lastIndex = 0;
  for (let m = MODAL_DEMAND.exec(s.text); m; m = MODAL_DEMAND.exec(s.text)) {
    const before = s.text.slice(0, m.index);
    if (HYPOTHETICAL.test(before) || NEGATION.test(before)) continue;
    if (MODAL_NON_SUBJECTS.test(before.replace(/[“"‘]/g, ''))) continue;
    const speaker = speakerOf(s, m.index, offsets, placed) ?? quoteSpeaker;
    if (!speaker) continue;
    // the modal's subject, when it is an actor, is the addressee
    const subj = placed.filter((p) => p.end <= m.index && m.index - p.end < 4).at(-1);
    // the clause ends where the next clause with its own modal begins ("… people and the pressure must …")
    const clause = s.text.slice(m.index + m[0].length - m[2]!.length).replace(/\s+and\s+(?:the\s+)?(?:\S+\s+){0,3}(?:must|should|needs? to|has to|have to)\b[\s\S]*$/i, '');
    const content = readContent(clause);
    if (!content) continue;
    const targets = subj && subj.r !== speaker ? [subj.r] : [];
    out.push({ actor: speaker, targets, demand: content.text, evidence: s.text, trigger: m[1]!, sentence: s });
  }
  return out;
}

/** Verbs that open a quotation without being an order ("Thank you", "Let's see", "Look, …"). */
const NOT_ORDERS = /^(thank|thanks|let|look|see|say|imagine|remember|believe|trust|come|welcome|please|excuse|guess|wait|mind)$/i;

/**
 * A quoted order attributed to a speaker: 'Teachers chanted, "Fund our schools."', '"Tell them to
 * buy larger tractors," he said' — the quotation opens with a verb in its base form.
 */
export function imperativeQuotes(s: Sentence, offsets: number[], placed: Placed[]): DemandRecord[] {
  const out: DemandRecord[] = [];
  s.tokens.forEach((t, i) => {
    if (!/[“"]\s*$/.test(t.pre) && !/^[“"]/.test(t.text)) return;
    // the quotation is a whole utterance: it opens the sentence or follows "chanted," / "said:"
    const prevTok = i > 0 ? s.tokens[i - 1]! : undefined;
    if (prevTok && !/[,:]\s*$/.test(prevTok.post + t.pre.replace(/[“"]/g, ''))) return;
    const w = word(t);
    if (!t.tags.has('Verb') || !(t.tags.has('Infinitive') || t.tags.has('Imperative') || (t.tags.has('PresentTense') && !/s$/i.test(w))) ||
        t.tags.has('PastTense') || t.tags.has('Gerund') || t.tags.has('Auxiliary') || t.tags.has('Copula') || NOT_ORDERS.test(w)) return;
    const next = s.tokens[i + 1];
    if (!next || next.tags.has('Verb') && !next.tags.has('Particle')) return; // "Fund our schools", not "Get going"… kept simple
    const at = offsets[i]!;
    const speaker = speakerOf(s, at, offsets, placed) ?? attribution(s, offsets, placed);
    if (!speaker) return;
    const quote = s.text.slice(at).replace(/^[“"]/, '');
    const close = quote.search(/[”"]/);
    const content = readContent(' ' + (close >= 0 ? quote.slice(0, close) : quote));
    if (!content) return;
    out.push({ actor: speaker, targets: [], demand: content.text, evidence: s.text, trigger: w, sentence: s });
  });
  return out;
}
