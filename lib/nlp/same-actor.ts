// Two names for one actor that the sentence itself says are one: a company renamed ("the company
// rebranded itself Orbit Holdings") and an office named by its title with its holder in apposition
// ("the office of the Attorney General, Jane Roe").
import type { ActorRecord } from './actors';
import type { Mention } from './mentions';
import { ROLE_HEADS } from './lexicon/people';

/** Words before a company's new or old name that make it the same company ("rebranded itself", "formerly known as"). */
const RENAME_CUE = /\b(rebranded|renamed)( itself| themselves| as)?$|\bchanged its name to$|\b(now|formerly|previously) known as$|\bformerly$/;
/** Words of context read before a name for a renaming cue. */
const CUE_WORDS = 4;

/** Moves every mention of `from` into `to` and forgets `from`. */
function moveInto(from: ActorRecord, to: ActorRecord, byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>): void {
  for (const m of from.mentions) { to.mentions.push(m); of.set(m, to); }
  for (const [s, n] of from.surfaces) to.surfaces.set(s, (to.surfaces.get(s) ?? 0) + n);
  to.role ??= from.role;
  byId.delete(from.id);
}

/** The organisation a sentence names last before `m` ("…charge WeWork … the company rebranded itself X": WeWork). */
function lastOrgBefore(mentions: Mention[], i: number, of: Map<Mention, ActorRecord>, self: ActorRecord): ActorRecord | undefined {
  const m = mentions[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const p = mentions[k]!;
    if (p.sentence.index < m.sentence.index - 1) return undefined;
    const r = of.get(p);
    if (p.kind !== 'pronoun' && r && r !== self && r.type === 'organization') return r;
  }
  return undefined;
}

/** "the company rebranded itself Orbit Holdings": the new name joins the company named just before. */
export function mergeRenamed(mentions: Mention[], byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>): void {
  mentions.forEach((m, i) => {
    const r = of.get(m);
    if (m.kind !== 'organization' || !r || !byId.has(r.id)) return;
    const before = m.sentence.tokens.slice(Math.max(0, m.start - CUE_WORDS), m.start).map((t) => t.normal).join(' ');
    if (!RENAME_CUE.test(before)) return;
    const old = lastOrgBefore(mentions, i, of, r);
    if (!old || !byId.has(old.id)) return;
    // the name the article uses more stays the actor's name
    const [small, big] = old.mentions.length < r.mentions.length ? [old, r] : [r, old];
    moveInto(small, big, byId, of);
  });
}

/** Is the organisation an office named by its holder's title ("New York State Attorney General")? */
const isOffice = (r: ActorRecord) => r.type === 'organization' && ROLE_HEADS.has(r.name.split(/\s+/).at(-1)!.toLowerCase());

/**
 * "the office of the Attorney General, Jane Roe.": a person's full name in apposition right after an
 * office named by its title is the holder, one actor with the office.
 */
export function mergeOfficeHolders(mentions: Mention[], byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>): void {
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    const person = of.get(m), office = prev ? of.get(prev) : undefined;
    if (!prev || m.kind !== 'person' || !/\s/.test(m.name) || prev.sentence !== m.sentence || prev.end !== m.start) return;
    if (!person || !office || !byId.has(person.id) || !byId.has(office.id) || !isOffice(office)) return;
    const toks = m.sentence.tokens;
    // a comma before the name, and the apposition closed after it (comma, end of the sentence)
    if (!/,/.test(toks[prev.end - 1]!.post) || (m.end < toks.length && !/[,;.]/.test(toks[m.end - 1]!.post))) return;
    moveInto(person, office, byId, of);
  });
}
