// Each demand once: headline, lead and body often repeat the same demand of the same demander.
import type { ActorRecord } from '../actors';
import type { DemandRecord } from './common';

/** One entry per demand: the same demander asking the same thing (headline, lead and body repeat it). */
export function dedupe(ds: DemandRecord[]): DemandRecord[] {
  const out: DemandRecord[] = [];
  for (const d of ds) {
    const i = out.findIndex((o) => same(o.actor, d.actor) && (
      (o.evidence === d.evidence && o.trigger !== d.trigger && overlap(o.demand, d.demand) > 0.3) ||
      overlap(o.demand, d.demand) >= SAME_DEMAND_OVERLAP ||
      (shared(o.demand, d.demand) >= 2 && overlap(o.demand, d.demand) >= SAME_DEMAND_OVERLAP_LOOSE)));
    if (i < 0) out.push(d);
    else if (out[i]!.sentence.paragraph === -1 && d.sentence.paragraph >= 0) out[i] = d; // prefer the body's sentence
  }
  return out;
}

/** The same demander: one actor, or a leader and the state they speak for. */
function same(a: ActorRecord, b: ActorRecord): boolean {
  return a === b || (a.type === 'person' && b.type === 'country' && a.affiliation === b.name) ||
    (b.type === 'person' && a.type === 'country' && b.affiliation === a.name);
}

/** Words that say nothing of what is demanded. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'from', 'for', 'in', 'on', 'and', 'or', 'its', 'their', 'his', 'her', 'with', 'by', 'at', 'be', 'that', 'this', 'it', 'as', 'he', 'she', 'they', 'them', 'we', 'our', 'us', 'i', 'you', 'your', 'my', 'him', 'will', 'would', 'should', 'must', 'not', 'all', 'any', 'more', 'some', 'out', 'up', 'down', 'off']);

/** Content-word overlap above which two demands of one demander are one demand. */
const SAME_DEMAND_OVERLAP = 0.6;
/** …or, sharing at least two content words ("security talks … without delay" / "talks … over security"), this much. */
const SAME_DEMAND_OVERLAP_LOOSE = 0.4;

/** A word's stem for comparison: "containing" and "contained" are one word. */
const stem = (w: string) => w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/, '') : w;
/** The content words of a demand, stemmed. */
const contentWords = (x: string) => new Set((x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(stem));

/** How many content words two demands share. */
function shared(a: string, b: string): number {
  const A = contentWords(a), B = contentWords(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n;
}

/** Share of the shorter content's words (function words aside) that the other also has. */
function overlap(a: string, b: string): number {
  const A = contentWords(a), B = contentWords(b);
  if (!A.size || !B.size) return 0;
  return shared(a, b) / Math.min(A.size, B.size);
}
