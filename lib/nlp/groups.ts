// Named collectives narrowed by an institution or a platform: "House Democrats", "Republicans in
// the Senate", "Twitter users". Small rules the mentions and actors stages share.
import type { Token } from './parse';

/** Chambers and bodies whose members form a group of their own ("House Republicans", "Senate Democrats"). */
const CHAMBERS = new Map([['house', 'House'], ['senate', 'Senate'], ['congressional', 'Congressional'], ['assembly', 'Assembly'], ['parliamentary', 'Parliamentary'], ['statehouse', 'Statehouse']]);
/** The same, as the head of "… in the House" ("Republicans in the House" are the House Republicans). */
const CHAMBER_PLACES = new Set(['house', 'senate', 'assembly', 'statehouse']);

/** A capitalised chamber word before a group ("House" in "House Democrats"), whatever its tags (compromise reads "House" as a verb). */
export function isChamberModifier(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && CHAMBERS.has(t.normal);
}

/**
 * "Republicans in the House": the chamber named after the group, as the group's modifier ("House"),
 * or null. Only a capitalised chamber: "Democrats in the house of a donor" name no chamber.
 */
export function chamberAfter(toks: Token[], i: number): string | null {
  const [inW, the, ch] = [toks[i + 1], toks[i + 2], toks[i + 3]];
  if (!inW || !the || !ch || inW.normal !== 'in' || the.normal !== 'the' || /[,;:]/.test(toks[i]!.post)) return null;
  if (!/^\p{Lu}/u.test(ch.text) || !CHAMBER_PLACES.has(ch.normal.replace(/[’']s$/, ''))) return null;
  // "Democrats in the House Judiciary Committee": a committee, not the chamber
  const after = toks[i + 4];
  if (after && /^\p{Lu}/u.test(after.text) && !/[,;:.]/.test(ch.post)) return null;
  return CHAMBERS.get(ch.normal.replace(/[’']s$/, '')) ?? null;
}

/** A group narrowed by a chamber is an actor of its own even when named once ("House Democrats"), like a body. */
export function isChamberGroup(name: string): boolean {
  return CHAMBERS.has(name.split(/\s+/)[0]!.toLowerCase()) && /^\p{Lu}/u.test(name);
}

/** Heads of a platform's public ("Twitter users"): where the article names them, the platform named alone is them ("Twitter mocked the slogan"). */
const PLATFORM_PUBLIC = /^(.+) (users)$/;

interface Record_ { id: string; name: string; type: string; mentions: unknown[]; surfaces: Map<string, number> }

/**
 * "some Twitter users … Twitter can make a joke of it": an organisation the article also names as
 * the modifier of its users' group is those users reacting; its mentions join the group.
 */
export function absorbPlatforms<R extends Record_>(byId: Map<string, R>, of: Map<R['mentions'][number], R>): void {
  const all = [...byId.values()];
  for (const g of all) {
    const platform = g.type === 'group' ? PLATFORM_PUBLIC.exec(g.name)?.[1] : undefined;
    const org = platform ? all.find((o) => o.type === 'organization' && o.name === platform && byId.has(o.id)) : undefined;
    if (!org) continue;
    for (const m of org.mentions) { g.mentions.push(m); of.set(m, g); }
    for (const [s, n] of org.surfaces) g.surfaces.set(s, (g.surfaces.get(s) ?? 0) + n);
    byId.delete(org.id);
  }
}
