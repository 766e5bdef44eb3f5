// Demands: who demands what of whom. A trigger (verb or noun) in a sentence, its demander (the
// actor before it, a possessor, or a resolved pronoun), its addressee and its content.
import type { Demand } from '../types';
import type { Sentence } from './parse';
import type { Mention } from './mentions';
import type { ActorIndex, ActorRecord } from './actors';

/** Verb triggers; the group after the verb is where the content starts. */
export const DEMAND_VERBS = /\b(demand(?:s|ed|ing)?|call(?:s|ed|ing)? (?:for|on|upon)|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)? (?:on|that)|ask(?:s|ed|ing)?(?= [^.]{0,60}?\bto\b)|request(?:s|ed|ing)?|press(?:es|ed|ing)? (?:for|\w+ to)|push(?:es|ed|ing)? (?:for|\w+ to)|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|appeal(?:s|ed|ing)? (?:to|for)|plead(?:s|ed|ing)? (?:with|for)|pled (?:with|for))\b/gi;
/** Noun triggers: "Russia's demands included …", "a call for …". */
export const DEMAND_NOUNS = /\b(demands?|calls? for|appeals? (?:for|to)|requests? (?:for|to)|ultimatum)\b/gi;
/** A negation just before the trigger makes it no demand. */
const NEGATION = /\b(not|n't|never|no longer|refused to|declined to)\s+(\w+\s+){0,2}$/i;
/** A modal just before the trigger makes it hypothetical. */
const HYPOTHETICAL = /\b(would|could|might|may|if|whether)\s+(\w+\s+)?$/i;
/** Where a demand's content ends. */
const CONTENT_END = /(,\s*(?:as|while|but|which|who|when|after|before|amid|saying|adding|according|\w+ing)\b|\s+and\s+(?:said|says|added|warned|told|called|insisted)\b|\s+(?:amid|while)\s|\s+as\s+(?!a\b|an\b|part\b|well\b|soon\b|possible\b|much\b|many\b|quickly\b|early\b|long\b)|[,;]\s*["”]?\s*(?:the|a|an|he|she|it|they)\s+[\w\s]{0,40}\b(?:said|says|told|added)\b|[;!?](?:\s|$)|\.\s*["”’]?\s*$|\s[—–]\s|,\s*["”])/i;
/** The content is cut to this many words, at a word boundary. */
const MAX_CONTENT_WORDS = 14;

export interface DemandRecord {
  actor: ActorRecord;
  targets: ActorRecord[];
  demand: string;
  evidence: string;
  trigger: string;
  sentence: Sentence;
}

export function findDemands(sentences: Sentence[], mentions: Mention[], index: ActorIndex): DemandRecord[] {
  const bySentence = new Map<Sentence, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const out: DemandRecord[] = [];
  for (const s of sentences) {
    if (/\?\s*["”’]?$/.test(s.text)) continue; // a question asks, it does not report a demand
    const ms = (bySentence.get(s) ?? []).filter((m) => index.of.has(m));
    const found = [...triggers(s.text, DEMAND_VERBS, 'verb'), ...triggers(s.text, DEMAND_NOUNS, 'noun')]
      .sort((a, b) => a.at - b.at);
    const seen = new Set<number>();
    for (const t of found) {
      if ([...seen].some((x) => Math.abs(x - t.at) < 3)) continue;
      seen.add(t.at);
      const before = s.text.slice(0, t.at);
      if (NEGATION.test(before) || HYPOTHETICAL.test(before)) continue;
      const d = readDemand(s, t, ms, index);
      if (d) out.push(d);
    }
  }
  return dedupe(out);
}

interface Trigger { at: number; end: number; word: string; form: 'verb' | 'noun' }

function triggers(text: string, re: RegExp, form: 'verb' | 'noun'): Trigger[] {
  const out: Trigger[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ at: m.index, end: m.index + m[0].length, word: m[0], form });
  return out;
}

/** Character offset of a mention's first word in its sentence text (approximate: by search). */
function offsetOf(m: Mention): number {
  let pos = 0;
  for (let i = 0; i < m.start; i++) {
    const t = m.sentence.tokens[i]!;
    const at = m.sentence.text.indexOf(t.text, pos);
    if (at >= 0) pos = at + t.text.length;
  }
  const at = m.sentence.text.indexOf(m.sentence.tokens[m.start]!.text, pos);
  return at >= 0 ? at : pos;
}

function readDemand(s: Sentence, t: Trigger, ms: Mention[], index: ActorIndex): DemandRecord | null {
  const placed = ms.map((m) => ({ m, at: offsetOf(m), r: index.of.get(m)! }));
  let actor: ActorRecord | undefined;
  if (t.form === 'noun') {
    // "Russia's demands", "demands from UNITA", "a call by the union for"
    const poss = placed.filter((p) => p.at < t.at && p.m.possessive && t.at - (p.at + p.m.surface.length) < 20).at(-1);
    const from = /^\s*(?:from|by|of)\s/.test(s.text.slice(t.end)) ? placed.find((p) => p.at > t.end && p.at - t.end < 12) : undefined;
    actor = poss?.r ?? from?.r;
    if (!actor) {
      // "X made / issued / repeated a demand": the subject before the noun
      const subj = placed.filter((p) => p.at < t.at && t.at - p.at < 80).at(-1);
      if (subj && /\b(made|issued|repeated|reiterated|renewed|made|has|have|had|issued|sent|delivered|included|voiced|rejected|met)\b/i.test(s.text.slice(subj.at, t.at))) {
        actor = /\brejected\b/i.test(s.text.slice(subj.at, t.at)) ? undefined : subj.r;
      }
    }
  } else {
    const subj = placed.filter((p) => p.at < t.at).at(-1);
    actor = subj?.r;
  }
  if (!actor) return null;
  // addressee: "urged X to", "called on X to", "demanded of/from X"
  let rest = s.text.slice(t.end);
  const targets: ActorRecord[] = [];
  const addr = placed.filter((p) => p.at >= t.end && p.at - t.end <= 40 && p.r !== actor);
  const direct = /^(?:\s*(?:on|upon|of|from|with|the|that))*\s*$/i;
  const first = addr[0];
  if (first && direct.test(s.text.slice(t.end, first.at)) && /^\s+(?:to|for)\b/i.test(s.text.slice(first.at + first.m.surface.length))) {
    targets.push(first.r);
    rest = s.text.slice(first.at + first.m.surface.length).replace(/^\s+(?:to|for)\b/i, '');
  }
  rest = rest.replace(/^\s*,[^,]{1,40},\s*/, ' ') // "Russia's demands, it said, included …"
    .replace(/^\s*(?:that|for|on|upon|of|from|to|included|include|includes|were|are|was|is)\b\s*/i, '').replace(/^\s*(?:that|for|to)\b\s*/i, '');
  const endAt = rest.search(CONTENT_END);
  let content = (endAt >= 0 ? rest.slice(0, endAt) : rest).replace(/^[\s“"‘'’,:]+|[\s”"’',:]+$/g, '');
  if (!content || content.split(/\s+/).length < 2) return null;
  const words = content.split(/\s+/);
  if (words.length > MAX_CONTENT_WORDS) content = words.slice(0, MAX_CONTENT_WORDS).join(' ') + '…';
  // other actors named in the content are addressed too ("talks with the U.S. and NATO")
  const contentEnd = t.end + (endAt >= 0 ? s.text.slice(t.end).indexOf(rest) + endAt : s.text.length);
  for (const p of placed) {
    if (p.at > t.end && p.at < contentEnd && p.r !== actor && !targets.includes(p.r) && p.m.kind !== 'pronoun' && p.m.kind !== 'demonym') targets.push(p.r);
  }
  return { actor, targets: targets.slice(0, 3), demand: content, evidence: s.text, trigger: t.word.trim(), sentence: s };
}

/** One entry per demand: the same actor asking the same thing (headline, lead and body repeat it). */
function dedupe(ds: DemandRecord[]): DemandRecord[] {
  const out: DemandRecord[] = [];
  for (const d of ds) {
    const dup = out.find((o) => (o.evidence === d.evidence && same(o.actor, d.actor) && overlap(o.demand, d.demand) > 0.3) ||
      (same(o.actor, d.actor) && overlap(o.demand, d.demand) >= 0.6));
    if (!dup) out.push(d);
    else if (dup.sentence.paragraph === -1 && d.sentence.paragraph >= 0) out[out.indexOf(dup)] = d; // prefer the body's sentence
  }
  return out;
}

/** The same demander: one actor, or a leader and the state they speak for. */
function same(a: ActorRecord, b: ActorRecord): boolean {
  return a === b || (a.type === 'person' && b.type === 'country' && a.affiliation === b.name) ||
    (b.type === 'person' && a.type === 'country' && b.affiliation === a.name);
}

function overlap(a: string, b: string): number {
  const A = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []), B = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}

export function toDemands(records: DemandRecord[]): Demand[] {
  return records.map((d) => ({
    actor: d.actor.name, target: d.targets.map((t) => t.name), demand: d.demand, evidence: d.evidence, trigger: d.trigger,
  }));
}
