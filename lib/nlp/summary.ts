// The gist: an extractive summary of two or three sentences (the lead, then the sentence that
// carries the main demand, then the next sentence naming the top actors).
import type { Actor } from '../types';
import type { Sentence } from './parse';
import type { DemandRecord } from './demands';
import { familyName } from './name-order';

/** Sentences shorter than this are datelines, captions or labels, not the gist. */
const MIN_SUMMARY_WORDS = 8;
const MAX_SENTENCES = 3;

/** The word a sentence names an actor by: a person's family name ("Lee" of "Lee Jae-myung", "Carlineo" of "Patrick W. Carlineo Jr."), the last word of any other name ("Republicans" of "House Republicans"). */
function shortName(actor: Actor): string {
  return actor.type === 'person' ? familyName(actor.name) : actor.name.split(' ').at(-1) ?? actor.name;
}

export function summarize(sentences: Sentence[], demands: DemandRecord[], top: Actor[]): string[] {
  const body = sentences.filter((s) => s.paragraph >= 0 && s.text.split(/\s+/).length >= MIN_SUMMARY_WORDS);
  const picked: Sentence[] = [];
  const shorts = top.map(shortName);
  if (body[0]) picked.push(body[0]);
  const demand = demands.find((d) => d.sentence.paragraph >= 0 && !picked.includes(d.sentence));
  if (demand) picked.push(demand.sentence);
  for (const s of body) {
    if (picked.length >= MAX_SENTENCES) break;
    if (picked.includes(s)) continue;
    if (shorts.some((n) => s.text.includes(n))) picked.push(s);
  }
  for (const s of body) { if (picked.length >= 2) break; if (!picked.includes(s)) picked.push(s); }
  return picked.sort((a, b) => a.index - b.index).map((s) => s.text);
}
