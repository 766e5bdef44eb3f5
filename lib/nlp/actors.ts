// Actors: mentions merged into one entry per real-world actor (full name, surname, "Mr." + surname,
// title alone; country, capital, seat of government, demonym; organisation and its abbreviation),
// typed, with role and affiliation, ranked by salience.
import type { Actor, ActorType } from '../types';
import type { Mention } from './mentions';
import { absorbPlatforms, mergePlacePeople } from './groups';
import { countryByCode, countryByName, nameKeyOf } from './lexicon/countries';
import { mergeOfficeHolders, mergeRenamed } from './same-actor';
import { familyName, givenNames } from './name-order';

export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
  role?: string;
  affiliation?: string;
  surfaces: Map<string, number>;
  mentions: Mention[];
  score: number;
}

/** Modifiers that name an institution, not a place: such a group stays apart ("House Democrats"). */
const INSTITUTION_MODIFIER = /^(House|Senate|Congressional|Assembly|Parliamentary|Legislative|Party|Cabinet|Council|Committee|Union)\b/;
/** Letters a short given name needs to stand for a longer one ("Pat" for "Patrick"; "Al" is too short to tell). */
const MIN_SHORT_GIVEN = 3;

/** What a company's full name adds to its short one ("Boeing Co", "Emirates Airlines"). */
const CORPORATE_SUFFIX = /^((co|inc|corp|corporation|company|ltd|plc|llc|ag|sa|group|holdings|airlines?|airways|motors|technologies)\.?\s*){1,3}$/i;
/**
 * The country of a government named after a leader the article gives no country ("the Obama
 * administration"): news call a government "the X administration" mostly in the United States.
 */
const LEADER_GOVERNMENT_DEFAULT = 'USA';
/** Share of a mention of "the Obama administration" that also speaks for Obama's salience. */
const LEADER_WEIGHT = 0.5;
/** A named collective mentioned once, outside any demand, is too generic to list ("residents"). */
const GROUP_MIN_MENTIONS = 2;
/**
 * A collective named by a common noun alone ("residents", "rebels") ranks below named actors of similar
 * salience: the same words stand for anyone in many stories, a name or a place for one actor.
 */
const BARE_GROUP_WEIGHT = 0.6;
/** Verbs that make the person beside them a speaker ("Robertson said", "said Robertson", "he added"). */
const SAYING_VERB = /^(said|says|told|added|adds|stated|explained|noted|warned|argued|wrote|tweeted|continued|insisted)$/;
/** Weight of a mention in the headline, in the lead paragraph, elsewhere. */
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 1.5;
/** A demonym ("Russian troops") counts less than the country's name. */
const DEMONYM_WEIGHT = 0.5;
/** "they" taken for a body ("it" is its pronoun; "they" is more often people) adds nothing to its salience. */
const THEY_WEIGHT = 0;
/** A mention in a roundup's later items (sections.ts) counts less than one in its main story. */
const ASIDE_WEIGHT = 0.4;
/** A country named as a place ("in France") counts less than one that acts. */
const LOCATIVE_WEIGHT = 0.4;
/** A name that qualifies a noun ("Twitter users", "the Iran nuclear deal") counts less than one that acts. */
const ATTRIBUTIVE_WEIGHT = 0.4;
/**
 * A mention that acts, as the subject of a verb ("Gunmen opened fire", "residents are refusing to
 * leave", "It said") or as a speaker ("said Lind"), counts more than one merely mentioned ("food
 * from the Relief Fund", "a study by Kovac"): the story is what its actors do.
 */
const ACTING_WEIGHT = 2;
/** Past participles after a name that describe it rather than say what it did ("fighters linked to the Front"). */
const DESCRIBING_PARTICIPLE = /^(linked|loyal|based|known|called|named|backed|allied|affiliated|aligned)$/;
/** Longest apposition (in words) between a name and its verb ("Lind, the head of the water board, said"). */
const MAX_APPOSITION = 10;
/** Most words of a second name joined by "and" before the verb ("Soto and Dean defeated"). */
const MAX_PARTNER_NAME = 5;

export interface ActorIndex {
  actors: ActorRecord[];
  /** the actor each mention refers to (pronouns resolved) */
  of: Map<Mention, ActorRecord>;
}

export function buildActors(mentions: Mention[]): ActorIndex {
  const byId = new Map<string, ActorRecord>();
  const of = new Map<Mention, ActorRecord>();
  const get = (id: string, name: string, type: ActorType) => {
    let r = byId.get(id);
    if (!r) { r = { id, name, type, surfaces: new Map(), mentions: [], score: 0 }; byId.set(id, r); }
    return r;
  };
  const add = (r: ActorRecord, m: Mention) => {
    r.mentions.push(m);
    of.set(m, r);
    if (m.kind !== 'pronoun') r.surfaces.set(m.surface, (r.surfaces.get(m.surface) ?? 0) + 1);
    if (m.role && !r.role) r.role = m.role;
    if (m.affiliation && !r.affiliation) r.affiliation = m.affiliation;
  };

  // people: full names first, then surnames and titles join the person they name
  const people = mentions.filter((m) => m.kind === 'person');
  const full = people.filter((m) => m.name.split(/\s+/).length >= 2);
  const surnameOf = (n: string) => nameKeyOf(familyName(n)); // "Patrick W. Carlineo Jr." → Carlineo, "Lee Jae-myung" → Lee
  // the people named in full, by surname, in the order the text introduces them
  const bySurname = new Map<string, ActorRecord[]>();
  for (const m of full) {
    const surname = surnameOf(m.name);
    // the same person written with initials or a middle name ("B. U. Nzeribe", "Benjamin Nzeribe")
    const same = bySurname.get(surname)?.find((r) => compatibleGiven(r.name, m.name));
    const id = `person:${nameKeyOf(m.name)}`;
    if (!same && !byId.has(id)) bySurname.set(surname, [...(bySurname.get(surname) ?? []), get(id, m.name, 'person')]);
    add(same ?? byId.get(id)!, m);
  }
  // a surname alone is the person of that name the text has introduced before it and named most so
  // far, the latest introduced on a tie ("Margie Kim … defense minister Kim Yong-hyun … Yoon, Kim and …");
  // one named before any of them is the one named most
  for (const m of people) {
    if (of.has(m)) continue;
    add(namesake(bySurname.get(surnameOf(m.name)) ?? [], m) ?? get(`person:${nameKeyOf(m.name)}`, m.name, 'person'), m);
  }
  // countries, organisations, groups
  const leaderCredit = new Map<ActorRecord, number>();
  for (const m of mentions) {
    if (m.kind === 'organization' && m.leader) {
      const leader = [...byId.values()].find((r) => r.type === 'person' && surnameOf(r.name) === surnameOf(m.leader!));
      if (leader) leaderCredit.set(leader, (leaderCredit.get(leader) ?? 0) + LEADER_WEIGHT * weight(m));
      const country = leader?.affiliation ? countryByName(leader.affiliation)
        : /administration$/i.test(m.name) ? countryByCode(LEADER_GOVERNMENT_DEFAULT) : undefined;
      if (country) { add(get(`country:${country.code}`, country.name, 'country'), m); continue; }
    }
    if (m.key === 'country:?') continue; // "the government": below, once the main country is known
    if (m.kind === 'country' || m.kind === 'demonym') add(get(m.key, countryByCode(m.key.slice(8))?.name ?? m.name, 'country'), m);
    else if (m.kind === 'organization') add(get(m.key, m.name, 'organization'), m);
    else if (m.kind === 'group') add(get(m.key, m.name, 'group'), m);
  }
  // "the government" is the government of the country the article names most as an agent
  const main = [...byId.values()].filter((r) => r.type === 'country')
    .map((r) => ({ r, n: r.mentions.filter((m) => !m.locative).length }))
    .sort((x, y) => y.n - x.n)[0];
  if (main?.n) for (const m of mentions) if (m.key === 'country:?') add(main.r, m);
  mergeAcronyms(byId, of);
  yieldAltSpellings(byId, of);
  mergeShortForms(byId, of);
  mergeGroupVariants(byId, of);
  absorbPlatforms(byId, of);
  mergePlacePeople(byId, of);
  mergeRenamed(mentions, byId, of);
  mergeOfficeHolders(mentions, byId, of);
  // a title alone ("the Finnish President") is the one person with that title and affiliation
  const persons = [...byId.values()].filter((r) => r.type === 'person');
  for (const m of mentions) {
    if (m.kind !== 'title') continue;
    const aff = m.affiliation;
    const role = m.role?.toLowerCase() ?? '';
    const match = persons.filter((p) => (p.role?.toLowerCase() === role || p.role?.toLowerCase().endsWith(` ${role}`)) && (!aff || p.affiliation === aff || !p.affiliation));
    if (match.length === 1) {
      add(match[0]!, m);
      if (aff && !match[0]!.affiliation) match[0]!.affiliation = aff;
    }
  }
  resolvePronouns(mentions, of);
  for (const r of byId.values()) {
    r.name = displayName(r);
    r.score = r.mentions.reduce((sum, m) => sum + weight(m), 0) + (leaderCredit.get(r) ?? 0);
  }
  return { actors: [...new Set(byId.values())], of };
}

/**
 * Pronouns: "he"/"she" opening a sentence is the previous sentence's subject (its first person not
 * inside a prepositional phrase), elsewhere the last person named; "it"/"they" is the last
 * organisation or country, and after a quotation ('…," it said') the last one named before it.
 */
function resolvePronouns(mentions: Mention[], of: Map<Mention, ActorRecord>): void {
  let lastPerson: ActorRecord | undefined, lastBody: ActorRecord | undefined;
  let sentence: Mention['sentence'] | undefined;
  // the subjects (first actor not inside a prepositional phrase) of this sentence and the one before
  let subject: ActorRecord | undefined, prevSubject: ActorRecord | undefined;
  let bodySubject: ActorRecord | undefined, prevBodySubject: ActorRecord | undefined;
  let lastSpeaker: ActorRecord | undefined; // the last person named as saying something
  const saysNext = (m: Mention) => SAYING_VERB.test(m.sentence.tokens[m.end]?.normal ?? '');
  const saidBefore = (m: Mention) => m.start > 0 && SAYING_VERB.test(m.sentence.tokens[m.start - 1]!.normal);
  for (const m of mentions) {
    if (m.sentence !== sentence) {
      prevSubject = subject ?? prevSubject;
      prevBodySubject = bodySubject ?? prevBodySubject;
      subject = bodySubject = undefined;
      sentence = m.sentence;
    }
    const prev = m.start > 0 ? m.sentence.tokens[m.start - 1]!.normal : '';
    const inPhrase = /^(of|in|for|with|from|at|on|to|by|about|against|and|than|like|into|over|under|between|among)$/.test(prev);
    if (m.kind === 'pronoun') {
      const opening = m.start <= 1;
      const afterQuote = m.start > 0 && /[”"]/.test(m.sentence.tokens[m.start - 1]!.post + m.sentence.tokens[m.start]!.pre);
      const person = m.name === 'he' || m.name === 'she';
      const target = person
        ? (saysNext(m) && lastSpeaker ? lastSpeaker : opening ? prevSubject ?? lastPerson : lastPerson)
        : (opening || afterQuote ? prevBodySubject ?? lastBody : lastBody);
      if (target) {
        target.mentions.push(m);
        of.set(m, target);
        if (opening && person && !subject) subject = target;
        if (opening && !person && !bodySubject) bodySubject = target;
      }
      continue;
    }
    const r = of.get(m);
    if (r?.type === 'person') {
      lastPerson = r;
      if (saysNext(m) || saidBefore(m)) lastSpeaker = r;
      if (!subject && !inPhrase) subject = r;
    } else if (r && (r.type === 'country' || r.type === 'organization')) {
      lastBody = r;
      if (!bodySubject && !inPhrase) bodySubject = r;
    }
  }
}

function weight(m: Mention): number {
  const base = (m.kind === 'demonym' ? DEMONYM_WEIGHT : m.kind === 'pronoun' ? (m.name === 'they' ? THEY_WEIGHT : 0.5) : m.kind === 'country' && m.locative ? LOCATIVE_WEIGHT : 1) *
    (m.attributive ? ATTRIBUTIVE_WEIGHT : 1) * (m.sentence.aside ? ASIDE_WEIGHT : 1) * (acts(m) ? ACTING_WEIGHT : 1);
  if (m.sentence.paragraph === -1) return base * HEADLINE_WEIGHT;
  if (m.sentence.paragraph === 0) return base * LEAD_WEIGHT;
  return base;
}

/**
 * Does the mention act: a speaker ("said Lind"), or the subject of the verb after it, past an
 * adverb, an apposition between commas ("Lind, the head of the board, said") or a second name joined
 * by "and" ("Soto and Dean defeated")? A possessive or a modifier ("Twitter users") does not.
 */
function acts(m: Mention): boolean {
  const t = m.sentence.tokens;
  if (m.start > 0 && SAYING_VERB.test(t[m.start - 1]!.normal)) return true;
  if (m.possessive || m.attributive) return false;
  let k = m.end;
  if (/,/.test(t[m.end - 1]?.post ?? '')) {
    let close = m.end;
    while (close < t.length && close - m.end < MAX_APPOSITION && !/[,.;:!?]/.test(t[close]!.post)) close++;
    if (close >= t.length || close - m.end >= MAX_APPOSITION || !/,/.test(t[close]!.post)) return false;
    k = close + 1;
  } else if (t[k]?.normal === 'and') {
    k++;
    const limit = k + MAX_PARTNER_NAME;
    while (k < limit && t[k] && /^\p{Lu}/u.test(t[k]!.text)) k++;
  }
  while (t[k]?.tags.has('Adverb')) k++;
  const verb = t[k];
  return !!verb && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Participle') && !DESCRIBING_PARTICIPLE.test(verb.normal);
}

/** An organisation's abbreviation and its expansion are one ("… Commission (INEC)", "INEC"). */
function mergeAcronyms(byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>) {
  const orgs = [...byId.values()].filter((r) => r.type === 'organization');
  for (const short of orgs) {
    const acr = short.name.replace(/\./g, '');
    if (!/^[A-Z]{2,8}$/.test(acr)) continue;
    // …or the abbreviation the text gave it in brackets ("the State Attorney General (NYAG)")
    const long = orgs.find((o) => o !== short && (initials(o.name) === acr || o.surfaces.has(short.name)));
    if (!long) continue;
    for (const m of short.mentions) { long.mentions.push(m); of.set(m, long); }
    for (const [s, n] of short.surfaces) long.surfaces.set(s, (long.surfaces.get(s) ?? 0) + n);
    byId.delete(short.id);
  }
}

/** A named force is short ("Indian Army", "New Zealand's military", "Royal Canadian Mounted Police"); a longer name ending in the force's noun is a phrase that mentions it (a headline read as a name: "… Budget of Canadian Military"). */
const MAX_FORCE_NAME_WORDS = 4;

/** A force named without its country, as mentions.ts names it ("the army", "the military"): its noun, which a named force ends in ("Indian Army", "Myanmar military"); null for any other name. */
function bareForce(name: string): string | null {
  return /^the \p{Ll}/u.test(name) ? name.slice(4) : null;
}

/**
 * Short forms of a name the text also gives in full: an organisation named without its country
 * ("the Senate" beside "the Nigerian Senate"; "the military" beside "the Myanmar military"), a person by first name alone ("Eloise" beside
 * "Eloise Parry"; "Te Kaurinui" beside "Te Kaurinui Robert Parata"). Merged only when exactly one longer
 * name fits.
 */
function mergeShortForms(byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>) {
  const all = [...byId.values()];
  // a person's word keys, another name's corporate head: made once (no name changes here)
  const wordKeys = new Map<ActorRecord, string[]>(), heads = new Map<ActorRecord, string>();
  for (const r of all) {
    if (r.type === 'person') wordKeys.set(r, r.name.split(/\s+/).map((w) => nameKeyOf(w)));
    else heads.set(r, corporateHead(r.name));
  }
  for (const short of all) {
    if (short.type !== 'organization' && short.type !== 'person' && short.type !== 'group') continue;
    const head = heads.get(short), words = wordKeys.get(short), force = bareForce(short.name);
    const fits = all.filter((o) => o !== short && o.type === short.type && byId.has(o.id) && (
      short.type === 'organization' || short.type === 'group'
        ? o.name.endsWith(` ${short.name}`) || (force !== null && o.name.toLowerCase().endsWith(` ${force}`) && o.name.split(' ').length <= MAX_FORCE_NAME_WORDS) || (o.name.startsWith(`${short.name} `) && CORPORATE_SUFFIX.test(o.name.slice(short.name.length + 1))) ||
          // "Emirates Airline" and "Emirates Airlines", "Boeing Co" and "Boeing Company": one head, two suffixes
          (o.name.length > short.name.length && heads.get(o) === head && heads.get(o) !== o.name)
        : startsWithGiven(wordKeys.get(o)!, words!)));
    // a person's first name shared by several full names ("Kim" beside "Kim Jong Un" and "Kim Yo Jong"): each mention to its namesake
    if (fits.length > 1 && short.type === 'person' && fits.every(knownPerson)) {
      for (const m of short.mentions) {
        const to = namesake(fits, m)!;
        to.mentions.push(m); of.set(m, to);
        if (m.kind !== 'pronoun') to.surfaces.set(m.surface, (to.surfaces.get(m.surface) ?? 0) + 1);
      }
      byId.delete(short.id);
      continue;
    }
    if (fits.length !== 1) continue;
    const long = fits[0]!;
    for (const m of short.mentions) { long.mentions.push(m); of.set(m, long); }
    for (const [s, n] of short.surfaces) long.surfaces.set(s, (long.surfaces.get(s) ?? 0) + n);
    byId.delete(short.id);
  }
}

/**
 * A country's alternative spelling that is also the short name of a company in the article
 * ("Emirates" beside "Emirates Airlines") names the company: its mentions move to it. A country's
 * own name ("Singapore" beside "Singapore Airlines") stays the country's.
 */
function yieldAltSpellings(byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>) {
  const orgs = [...byId.values()].filter((r) => r.type === 'organization');
  for (const c of [...byId.values()].filter((r) => r.type === 'country')) {
    for (const o of orgs) {
      const head = o.name.split(/\s+/).slice(0, -1).join(' ');
      if (!head || !CORPORATE_SUFFIX.test(o.name.slice(head.length + 1)) || countryByName(head)?.name !== c.name || nameKeyOf(head) === nameKeyOf(c.name)) continue;
      const moved = c.mentions.filter((m) => m.kind === 'country' && nameKeyOf(m.surface) === nameKeyOf(head));
      if (!moved.length) continue;
      c.mentions = c.mentions.filter((m) => !moved.includes(m));
      c.surfaces.delete(moved[0]!.surface);
      for (const m of moved) { o.mentions.push(m); of.set(m, o); o.surfaces.set(m.surface, (o.surfaces.get(m.surface) ?? 0) + 1); }
      if (!c.mentions.length) byId.delete(c.id);
    }
  }
}

/** Several narrowed forms of one group ("Virginia Democrats", "Kentucky Democrats") join the group itself. */
function mergeGroupVariants(byId: Map<string, ActorRecord>, of: Map<Mention, ActorRecord>) {
  const groups = [...byId.values()].filter((r) => r.type === 'group');
  for (const bare of groups) {
    // narrowed by an institution, a group is an actor of its own ("House Democrats")
    const variants = groups.filter((g) => g !== bare && byId.has(g.id) && g.name.endsWith(` ${bare.name}`) && !INSTITUTION_MODIFIER.test(g.name));
    if (variants.length < 2) continue;
    for (const v of variants) {
      for (const m of v.mentions) { bare.mentions.push(m); of.set(m, bare); }
      for (const [s, n] of v.surfaces) bare.surfaces.set(s, (bare.surfaces.get(s) ?? 0) + n);
      byId.delete(v.id);
    }
  }
}

/** Does the tagger or a title say the record is a person ("Kim Jong Un", "Leader Kim Yo Jong"), not a product taken for one ("Amazon Echo Dot")? */
function knownPerson(r: ActorRecord): boolean {
  return !!r.role || r.mentions.some((m) => m.kind === 'person' && m.sentence.tokens.slice(m.start, m.end).some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')));
}

/**
 * Which of several people a short name stands for ("Lee" beside "Lee Jae-myung" and "Lee Sang-min"):
 * the one introduced before it and named most so far, the latest introduced on a tie; one named
 * before any of them is the one named most.
 */
function namesake(cands: ActorRecord[], m: Mention): ActorRecord | undefined {
  const firstAt = (r: ActorRecord) => Math.min(...r.mentions.filter((x) => x !== m).map(position));
  const before = cands.filter((r) => firstAt(r) < position(m));
  const pool = before.length ? before : cands;
  const count = (r: ActorRecord) => (before.length ? r.mentions.filter((x) => position(x) < position(m)).length : r.mentions.length);
  return [...pool].sort((x, y) => count(y) - count(x) || firstAt(y) - firstAt(x))[0];
}

/** Are `given` the leading words of the longer name `long` ("Eloise" of "Eloise Parry", "Te Kaurinui" of "Te Kaurinui Robert Parata")? Both as word keys. */
function startsWithGiven(long: string[], given: string[]): boolean {
  return long.length > given.length && given.every((w, k) => w === long[k]);
}

/** Do two full names' given names agree, initials allowed ("B. U." ~ "Benjamin", "Patrick W." ~ "Patrick")? */
function compatibleGiven(a: string, b: string): boolean {
  const given = (n: string) => givenNames(n).map((w) => nameKeyOf(w));
  const A = given(a), B = given(b);
  if (!A.length || !B.length) return false;
  const [x, y] = [A[0]!, B[0]!];
  if (x === y) return true;
  // an initial, or a short form that begins the full given name ("Pat" ~ "Patrick")
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.startsWith(short) && (short.length === 1 || short.length >= MIN_SHORT_GIVEN);
}

/** A company's name without its corporate suffix ("Emirates" of "Emirates Airline"). */
function corporateHead(name: string): string {
  const words = name.split(/\s+/);
  for (let k = 1; k < words.length; k++) if (CORPORATE_SUFFIX.test(words.slice(k).join(' '))) return words.slice(0, k).join(' ');
  return name;
}

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => !/^(of|the|and|for|on|de|du|la)$/i.test(w)).map((w) => w[0] ?? '').join('').toUpperCase();
}

/** The fullest proper form: for a person the longest name without title; else the record's name. */
function displayName(r: ActorRecord): string {
  if (r.type !== 'person') return r.name;
  let best = r.name;
  for (const m of r.mentions) if (m.kind === 'person' && m.name.length > best.length) best = m.name;
  return best;
}

export function toActors(index: ActorIndex, demandScore: Map<ActorRecord, number>): Actor[] {
  const scored = index.actors.map((r) => ({ r, s: (r.score + (demandScore.get(r) ?? 0)) * (isBareGroup(r) && !demandScore.has(r) ? BARE_GROUP_WEIGHT : 1) }))
    .filter(({ r }) => r.mentions.some((m) => m.kind !== 'pronoun'))
    // a collective or a force named without a name ("residents", "police") must come back to count, unless the headline names it;
    // one named by a proper name ("House Democrats", "South Dakotans") is as specific as a body
    .filter(({ r }) => (r.type !== 'group' && !/^\p{Ll}/u.test(r.name)) || r.mentions.length >= GROUP_MIN_MENTIONS || demandScore.has(r) || isNamedGroup(r) || r.mentions.some((m) => m.sentence.paragraph === -1))
    // a country or body only ever named as a place or channel ("talks in France", "posted on Twitter") is not an actor
    .filter(({ r }) => (r.type !== 'country' && r.type !== 'organization') || demandScore.has(r) || r.mentions.some((m) => m.kind !== 'pronoun' && !m.locative && !m.attributive))
    // a lone word taken for a person but only ever named after "of"/"in" ("Carlineo, of Addison") is a place
    .filter(({ r }) => r.type !== 'person' || /\s/.test(r.name) || demandScore.has(r) || r.mentions.some((m) => m.kind !== 'pronoun' && !m.locative && !m.attributive));
  const total = scored.reduce((a, b) => a + b.s, 0) || 1;
  scored.sort((a, b) => b.s - a.s || firstIndex(a.r) - firstIndex(b.r));
  return scored.map(({ r, s }) => {
    const aliases = [...r.surfaces.keys()].filter((x) => x !== r.name);
    const actor: Actor = {
      name: r.name, type: r.type, aliases,
      mentions: r.mentions.length, salience: Math.round((s / total) * 1000) / 1000,
    };
    if (r.role) actor.role = r.role;
    if (r.affiliation && r.affiliation !== r.name) actor.affiliation = r.affiliation;
    return actor;
  });
}

/** A collective named by a common noun alone ("residents", "lawmakers", "rebels"), nothing tying it to a place or body, and neither in the headline nor the lead. */
function isBareGroup(r: ActorRecord): boolean {
  return r.type === 'group' && /^\p{Ll}+$/u.test(r.name) && !r.affiliation && !r.mentions.some((m) => m.sentence.paragraph <= 0);
}

/** A group named by a proper name ("House Democrats", "South Dakotans"), not a country's people ("Austrians", tied to Austria). */
function isNamedGroup(r: ActorRecord): boolean {
  return r.type === 'group' && /^\p{Lu}/u.test(r.name) && !r.affiliation;
}

/** Where a mention stands in the text, for order. */
function position(m: Mention): number {
  return m.sentence.index * 10000 + m.start;
}

function firstIndex(r: ActorRecord): number {
  return Math.min(...r.mentions.map((m) => m.sentence.index));
}
