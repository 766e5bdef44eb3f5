// Demands: who demands what of whom. A trigger (a verb, a noun, or a "must" in reported speech),
// its demander (the subject before it, a possessor, the speaker of a quotation, a resolved
// pronoun), its addressee and its content.
import type { Demand } from '../../types';
import type { Sentence } from '../parse';
import type { Mention } from '../mentions';
import type { ActorIndex } from '../actors';
import type { DemandRecord, Placed } from './common';
import { readTrigger } from './triggers';
import { quotationSpeakers, listSpeakers, tweetSpeakers, continuedQuotes, documentOwners } from './speaker';
import { modalDemands, imperativeQuotes } from './reported';
import { split } from './content';
import { dedupe } from './merge';

export type { DemandRecord } from './common';

/** First-person pronouns. */
const FIRST_PERSON_PRONOUN = /^(i|me|my|mine|we|us|our|ours)$/i;

export function findDemands(sentences: Sentence[], mentions: Mention[], index: ActorIndex): DemandRecord[] {
  const bySentence = new Map<Sentence, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const out: DemandRecord[] = [];
  const offsetsOf = new Map<Sentence, number[]>();
  const placedOf = new Map<Sentence, Placed[]>();
  for (const s of sentences) {
    const offsets = tokenOffsets(s);
    offsetsOf.set(s, offsets);
    // "I"/"we" in an article are always someone quoted: the speaker decides, not the actor the pronoun was taken for
    placedOf.set(s, (bySentence.get(s) ?? []).filter((m) => index.of.has(m) && !(m.kind === 'pronoun' && FIRST_PERSON_PRONOUN.test(m.surface))).map((m) => ({
      m, r: index.of.get(m)!, at: offsets[m.start] ?? 0, end: (offsets[m.end - 1] ?? 0) + s.tokens[m.end - 1]!.text.length,
    })));
  }
  // whose words a sentence is when no verb of saying in it says so; a quotation or a list may open with an order,
  // a tweet's text counts only with a trigger of its own
  const quotations = new Map([...continuedQuotes(sentences, offsetsOf, placedOf), ...listSpeakers(sentences, offsetsOf, placedOf),
    ...quotationSpeakers(sentences, offsetsOf, placedOf)]);
  const quoted = new Map([...tweetSpeakers(sentences, placedOf), ...quotations]);
  const documents = documentOwners(sentences, placedOf);
  for (const s of sentences) {
    if (/\?\s*["”’]?\s*$/.test(s.text)) continue; // a question asks, it does not report a demand
    const offsets = offsetsOf.get(s)!;
    const placed = placedOf.get(s)!;
    const found: DemandRecord[] = [];
    s.tokens.forEach((t, i) => {
      const d = readTrigger(s, i, offsets, placed, quoted.get(s), documents.get(s));
      if (d) found.push(d);
    });
    if (!found.length) found.push(...modalDemands(s, offsets, placed, quoted.get(s)));
    if (!found.length) found.push(...imperativeQuotes(s, offsets, placed, quotations.get(s)));
    out.push(...found.flatMap(split));
  }
  return dedupe(out);
}

/** Character offset of each token in its sentence's text. */
function tokenOffsets(s: Sentence): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const t of s.tokens) {
    const at = s.text.indexOf(t.text, pos);
    out.push(at >= 0 ? at : pos);
    if (at >= 0) pos = at + t.text.length;
  }
  return out;
}


export function toDemands(records: DemandRecord[]): Demand[] {
  return records.map((d) => ({
    actor: d.actor.name, target: d.targets.map((t) => t.name), demand: d.demand, evidence: d.evidence, trigger: d.trigger,
  }));
}
