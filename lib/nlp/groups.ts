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

/** Heads of a platform's public ("Twitter users"): where the article names them, the platform named alone is them ("Twitter mocked the slogan"). */
const PLATFORM_PUBLIC = /^(.+) (users)$/;

interface Record_ { id: string; name: string; type: string; mentions: unknown[]; surfaces: Map<string, number> }

/** `from`'s mentions and surfaces join `to`; `from` is gone. */
function moveInto<R extends Record_>(from: R, to: R, byId: Map<string, R>, of: Map<R['mentions'][number], R>): void {
  for (const m of from.mentions) { to.mentions.push(m); of.set(m, to); }
  for (const [s, n] of from.surfaces) to.surfaces.set(s, (to.surfaces.get(s) ?? 0) + n);
  byId.delete(from.id);
}

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
    moveInto(org, g, byId, of);
  }
}

/** A people named after its place ("Delhiites", "Texans", "Muscovites"): a capitalised plural in -ites or -ans. */
const PLACE_PEOPLE = /^\p{Lu}\p{Ll}{2,}(?:ites|ans)$/u;
export const isPlacePeople = (word: string) => PLACE_PEOPLE.test(word);

/** Groups that a place narrows when named after them ("residents of Delhi" are Delhi residents). */
const PLACE_NARROWED = new Set(['residents', 'villagers', 'citizens']);

/**
 * "residents of Delhi": the place's words after the group (capitalised, tagged a place) and where
 * they end, or null. "residents of the city" names no place.
 */
export function placeAfter(toks: Token[], i: number): { place: string; end: number } | null {
  if (!PLACE_NARROWED.has(toks[i]!.normal) || toks[i + 1]?.normal !== 'of' || /[,;:]/.test(toks[i]!.post)) return null;
  let j = i + 2;
  while (j < toks.length && j < i + 5 && /^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.tags.has('Place')) {
    j++;
    if (/[,;:.!?]/.test(toks[j - 1]!.post)) break;
  }
  if (j === i + 2) return null;
  const words = toks.slice(i + 2, j);
  // "residents of Delhi's old city": the place owns something else
  if (/[’']s$/.test(words.at(-1)!.text) && !/[,;:.!?]/.test(words.at(-1)!.post)) return null;
  return { place: words.map((t, k) => (k === words.length - 1 ? t.text.replace(/[.,;:!?]+$/, '') : t.text + t.post)).join('').trim(), end: j };
}

/** Does a place's people ("Delhiites") name the same group as the place's residents ("Delhi residents")? */
function samePeople(people: string, residents: string): boolean {
  const m = /^(.+) (residents|villagers|citizens)$/.exec(residents);
  if (!m || !isPlacePeople(people)) return false;
  const place = m[1]!.replace(/\s+/g, '');
  return people.startsWith(place) && people.length - place.length <= 4;
}

/** "Delhiites" and "Delhi residents" are one group: the residents join the people's name. */
export function mergePlacePeople<R extends Record_>(byId: Map<string, R>, of: Map<R['mentions'][number], R>): void {
  const groups = [...byId.values()].filter((r) => r.type === 'group');
  for (const people of groups) {
    for (const res of groups) {
      if (res === people || !byId.has(res.id) || !byId.has(people.id) || !samePeople(people.name, res.name)) continue;
      moveInto(res, people, byId, of);
    }
  }
}
