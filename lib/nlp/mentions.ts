// Mentions: every place a sentence names a possible actor (a proper-name run, a title, a demonym,
// a capital or seat of government used as an agent, a named group, a pronoun), classified.
import type { Sentence, Token } from './parse';
import { countryByCapital, countryByCode, countryByDemonym, countryByName, nameKeyOf } from './lexicon/countries';
import { usStateByName } from './lexicon/us-states';
import { PUBLIC_PROGRAMMES } from './lexicon/programmes';
import { MEDIA_HEADS, NEWS_AGENCIES, NON_ACTOR_ABBREVIATIONS, ORGANIZATIONS, ORG_HEAD_WORDS, ORG_SEATS, SEATS_OF_GOVERNMENT, THING_HEADS } from './lexicon/organizations';
import { chamberAfter, isChamberModifier, isPlacePeople, placeAfter } from './groups';
import { shareSurnames } from './shared-surname';
import { familyName } from './name-order';
import { localGovernment } from './local-government';
import { ownedCompanies } from './owned-names';
import { descriptorMentions } from './descriptors';
import { isAttributive, ownsThing } from './typing/attributive';
import { isDateline } from './typing/dateline';
import { thingAbbreviations } from './typing/thing-abbreviations';
import { isModelName } from './typing/model-names';
import { stateOutletVoice } from './typing/state-outlets';
import { isInstrumentCode, isQuoteCode } from './typing/instrument-codes';
import { placeNames } from './typing/place-names';
import { GROUPS, HONORIFICS, PERSON_PRONOUNS, ROLE_ABBREVIATIONS, ROLE_HEADS, THING_PRONOUNS, TITLE_WORDS } from './lexicon/people';

export type MentionKind = 'person' | 'organization' | 'country' | 'group' | 'demonym' | 'title' | 'pronoun' | 'unknown';

export interface Mention {
  kind: MentionKind;
  /** the words as the text has them (without a possessive 's) */
  surface: string;
  /** the name part, without titles ("Vladimir Putin") */
  name: string;
  sentence: Sentence;
  /** token positions [start, end) in the sentence */
  start: number;
  end: number;
  /** merging key: country code, organisation name, person's folded name… */
  key: string;
  role?: string;
  /** display name of the country or organisation a title or demonym ties the actor to */
  affiliation?: string;
  possessive?: boolean;
  /** named as a place ("in France", "near the border with Ukraine") */
  locative?: boolean;
  /** a government named after its leader ("the Obama administration"): the leader's name */
  leader?: string;
  /** qualifies the noun after it ("Twitter users", "the Medicaid expansion"): no sign of acting */
  attributive?: boolean;
}

/** Words that join parts of one name ("Bank of England", "Osama bin Laden"). */
const NAME_JOINERS = new Set(['of', 'for', 'de', 'del', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'y', 'the']);
/** Prepositions that make a following capital a place, not an agent ("troops near Moscow"). */
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'through', 'within', 'inside', 'over', 'between', 'on', 'off', 'of', 'past', 'reach', 'reached', 'visited', 'visit', 'visiting', 'arrived', 'leave', 'left']);
/** People who act for where they are "from" ("officials from Japan"): that name is no mere place. */
const ENVOYS = new Set(['officials', 'leaders', 'delegates', 'delegation', 'delegations', 'representatives', 'negotiators', 'diplomats', 'ministers', 'envoys', 'counterparts', 'lawmakers', 'troops', 'forces', 'authorities']);
/** Punctuation after a word that ends a name run. */
const RUN_BREAK = /[,.;:!?()\[\]"“”—–]|\s-\s/;
const ORG_BY_KEY = new Map<string, string>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) ORG_BY_KEY.set(nameKeyOf(n), o.name);
/** Abbreviations of the lexicon's organisations, as written ("WHO", "U.N."): one must match in capitals ("Who are we?" names no one). */
const ORG_ABBREVIATIONS = new Set(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]).filter((n) => /^[\p{Lu}.]+$/u.test(n.replace(/^the\s+/, ''))).map((n) => nameKeyOf(n)));
const ORG_FORMS = new Set(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.replace(/^the\s+/, '').replace(/\./g, '')));
const SEAT_KEYS = new Map(Object.entries(SEATS_OF_GOVERNMENT));

/** Parts of speech an all-capitals word has when it is a shouted label ("BREAKING", "MORE"), not a name. */
const NOT_NAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Expression', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'];
/** Words glued by a page's markup ("Credit...Doug", "Queens.CreditChang"): photo credits and captions, never names. */
const GLUED = /\.\.\.|…|\p{Ll}\.\p{Lu}/u;
const isCap = (t: Token) => /^[“"‘'(]?\p{Lu}/u.test(t.text) && !t.text.includes('/') && !GLUED.test(t.text) &&
  !(/^[^\p{Ll}]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text) && NOT_NAME_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('Acronym'));
const isPossessive = (t: Token) => /\p{L}[’']s?$/u.test(t.text) && !/^\p{Lu}[’']/u.test(t.text);
const isAbbrev = (t: Token) => HONORIFICS.has(t.plain) || t.tags.has('Abbreviation') || /^(\p{Lu}\.)+\p{Lu}?$/u.test(t.text + t.post.trim());
const breaksAfter = (t: Token) => (RUN_BREAK.test(t.post) && !(t.post.trim() === '.' && isAbbrev(t))) || /[”"’]$/.test(t.text) && !/[’']s$/.test(t.text);
const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.+-]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s.replace(/\./g, ''));

export function findMentions(sentences: Sentence[], excluded: Set<string>): Mention[] {
  const out: Mention[] = [];
  // abbreviations the article gives for things ("Named Binary Tag (NBT)") name no actor either
  const exclude = new Set([...excluded, ...thingAbbreviations(sentences)]);
  for (const s of sentences) out.push(...sentenceMentions(s, exclude));
  dropCommonNouns(out, lowercaseWords(sentences));
  ownedCompanies(out);
  resolveUnknown(out);
  shareSurnames(out);
  // "The priest, Fidelis Mukonori, …": "the priest" elsewhere is him
  const described = descriptorMentions(sentences, out);
  if (described.length) {
    out.push(...described);
    out.sort((x, y) => x.sentence.index - y.sentence.index || x.start - y.start);
  }
  spreadLocative(out);
  // a Title Case headline capitalises every word: keep only the names the body also uses
  const bodyKeys = new Set<string>();
  for (const m of out) {
    if (m.sentence.titleCase) continue;
    bodyKeys.add(m.key);
    if (m.kind === 'person') bodyKeys.add(`surname:${nameKeyOf(familyName(m.name))}`);
  }
  const places = placeNames(sentences);
  const kept = out.flatMap((m) => {
    if (m.kind === 'person' && isCredit(m)) return [];
    // "leaving Rukban" where the article also says "the Rukban camp": a place the tagger does not know
    if (m.kind === 'person' && places.has(nameKeyOf(familyName(m.name))) &&
        !m.sentence.tokens.slice(m.start, m.end).some((t) => t.tags.has('Person') || t.tags.has('FirstName'))) return [];
    if (!m.sentence.titleCase || bodyKeys.has(m.key) || isLexiconGroup(m)) return [m];
    const surname = familyName(m.name);
    // "Voters Are Following Trump": only the surname the body knows is a name
    if (m.kind === 'person' && bodyKeys.has(`surname:${nameKeyOf(surname)}`)) {
      return [{ ...m, name: surname, surface: surname, start: m.end - 1, key: `person:${nameKeyOf(surname)}`, role: undefined, affiliation: undefined }];
    }
    return [];
  });
  ownedNames(kept);
  return kept;
}

/**
 * A country's possessive before a name that is no actor ("Japan's Nikkei futures", "Britain's FTSE
 * 100") owns a thing, like "China's economy"; before an actor ("China's Xi", "Russia's Gazprom") it
 * stays the actor's country.
 */
function ownedNames(all: Mention[]): void {
  const starts = new Set(all.map((m) => `${m.sentence.index}:${m.start}`));
  for (const m of all) {
    if (m.kind !== 'country' || !m.possessive || m.attributive) continue;
    const next = m.sentence.tokens[m.end];
    if (next && isCap(next) && !next.tags.has('Date') && !breaksAfter(m.sentence.tokens[m.end - 1]!) && !starts.has(`${m.sentence.index}:${m.end}`)) m.attributive = true;
  }
}

/** A group the lexicon names by its word alone ("Republicans", "Teachers"), not by its capitals: a Title Case headline keeps it. */
const isLexiconGroup = (m: Mention) => m.kind === 'group' && m.end - m.start === 1 && GROUPS.has(m.sentence.tokens[m.start]!.plain);

/** Words that join the items of a list ("in Turkey and Saudi Arabia", "to France, Spain or Italy"). */
const LIST_JOINER = /^(and|or|&)$/;

/**
 * A name listed after a place ("in Turkey and Saudi Arabia", "near Homs, Hama and Idlib") is a place
 * too: "in" governs the whole list. One a verb follows is a subject ("in Peru and Chile said …").
 */
function spreadLocative(all: Mention[]): void {
  for (let i = 1; i < all.length; i++) {
    const prev = all[i - 1]!, m = all[i]!;
    if (!prev.locative || m.locative || prev.sentence !== m.sentence || prev.kind !== m.kind) continue;
    const gap = m.sentence.tokens.slice(prev.end, m.start);
    const last = m.sentence.tokens[prev.end - 1]!;
    const joined = gap.length === 0 ? /,/.test(last.post)
      : gap.length === 1 ? LIST_JOINER.test(gap[0]!.normal) || (gap.length === 1 && gap[0]!.tags.has('Determiner') && /,/.test(last.post))
      : gap.length === 2 && LIST_JOINER.test(gap[0]!.normal) && gap[1]!.tags.has('Determiner');
    // …unless the name is the subject of a verb that follows it ("in Peru and Chile said …")
    const next = m.sentence.tokens[m.end];
    const acts = verbFollows(m.sentence, m.end);
    if (joined && !acts) m.locative = true;
  }
}

/** Capitalised words a list of places may hold before a name ("via Moscow, Kyiv and Paris"). */
const PLACE_LIST_SPAN = 8;

/** Is the name at [a, end) the last of a list of places after a place's preposition ("via Moscow and Paris"), not a subject ("in Peru and Chile said")? */
function inPlaceList(s: Sentence, a: number, end: number): boolean {
  const toks = s.tokens;
  const before = toks[a - 1];
  if (!before || !(LIST_JOINER.test(before.normal) || /,\s*$/.test(before.post)) || verbFollows(s, end)) return false;
  for (let k = a - 1; k >= Math.max(0, a - PLACE_LIST_SPAN); k--) {
    const t = toks[k]!;
    if (isCap(t) || LIST_JOINER.test(t.normal)) continue;
    return LOCATIVE.has(t.normal) && k < a - 2;
  }
  return false;
}

/** Is the name ending before `end` followed by its verb, perhaps after an adverb ("Mojang has", "Netanyahu strongly warned")? */
function verbFollows(s: Sentence, end: number, gerund = false): boolean {
  if (end < 1 || breaksAfter(s.tokens[end - 1]!)) return false;
  let next = s.tokens[end];
  if (next?.tags.has('Adverb') && /ly$/.test(next.normal) && !breaksAfter(next)) next = s.tokens[end + 1];
  return !!next && next.tags.has('Verb') && (gerund || !next.tags.has('Gerund'));
}

/** What follows a photographer's name in a picture credit ("Jane Doe / AP", "Jane Doe | Bloomberg"). */
const CREDIT_MARK = /^\s*[/|]/;

/** A name a slash or bar follows is a picture's credit ("J. Scott Applewhite / AP"), not a person of the story. */
function isCredit(m: Mention): boolean {
  const last = m.sentence.tokens[m.end - 1]!, next = m.sentence.tokens[m.end];
  // …or the surname glued to the agency ("JIM WATSON/AFP")
  return CREDIT_MARK.test(last.post) || (!last.post.trim() && !!next && (CREDIT_MARK.test(next.pre + next.text) || /^\p{Lu}+\/\p{Lu}/u.test(next.text)));
}

/** Words the article writes in lower case somewhere (outside a headline), in lower case. */
function lowercaseWords(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (s.paragraph < 0) continue;
    for (const t of s.tokens) if (/^[“"‘(]?\p{Ll}/u.test(t.text)) out.add(t.bare.toLowerCase());
  }
  return out;
}

/** Does the word at `k` open the sentence, a quotation or what follows a colon or dash ("(Reuters) - Oil fell", "“Meth is …")? */
function opensSentence(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  return k === 0 || /[“"‘]\s*$/.test(t.pre + (t.text.match(/^[“"‘]+/)?.[0] ?? '')) || /(:|\s[-–—])\s*$/.test(s.tokens[k - 1]!.post);
}

/**
 * A one-word name capitalised only where a sentence, quotation or dateline opens, that the article
 * also writes in lower case, is a common noun ("(Reuters) - Oil prices fell" beside "oil output"),
 * unless the lexicon knows it or it is an institution word ("Parliament said").
 */
function dropCommonNouns(all: Mention[], lowercase: Set<string>): void {
  const elsewhere = new Set<string>();
  for (const m of all) if (!opensSentence(m.sentence, m.start)) elsewhere.add(m.key);
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i]!;
    if ((m.kind !== 'unknown' && m.kind !== 'organization') || m.end - m.start !== 1 || elsewhere.has(m.key)) continue;
    const word = m.name.toLowerCase();
    if (lowercase.has(word) && !ORG_BY_KEY.has(nameKeyOf(m.name)) && !ORG_HEAD_WORDS.has(word) && !isAcronym(m.name)) all.splice(i, 1);
  }
}

/** Words that pair two names as one subject ("Nintendo and Apple"). */
const AND_OR = /^(and|or)$/;
/** Mentions of an unknown one-word name that make it an actor of its own ("Mojang", "SpaceX", "the Steelers"). */
const UNKNOWN_MIN_MENTIONS = 2;
/** Prepositions that put a name as where something is ("in al-Tanf", "at the Rukban camp"). */
const IN_PLACE = new Set(['in', 'at', 'near', 'inside', 'outside', 'around']);
/** Parts of speech of a capitalised word that is no name ("May", "March", "Moving"). */
const NOT_UNKNOWN_NAME = ['Date', 'Month', 'Modal', 'Adjective', 'Adverb', 'Gerund', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Value'];

/**
 * A proper name compromise could not type ("Yoon", "Dong-hoon") is a person when it is a word of a
 * person's name found elsewhere in the article. A one-word name named again and again, once at
 * least as the subject of a verb ("Mojang has failed", "the Steelers spent"), is an organisation,
 * or a group when it is a plural ("Delhiites", "the Steelers"). Otherwise it is left out.
 */
function resolveUnknown(all: Mention[]): void {
  const words = new Map<string, number>();
  for (const m of all) {
    if (m.kind !== 'person') continue;
    for (const w of m.name.split(/\s+/)) words.set(nameKeyOf(w), (words.get(nameKeyOf(w)) ?? 0) + 1);
  }
  // where organisations start and end, to find a name paired with one ("Nintendo and Apple shocked")
  const orgAt = new Set<string>();
  for (const m of all) if (m.kind === 'organization') { orgAt.add(`${m.sentence.index}:${m.start}`); orgAt.add(`${m.sentence.index}:${m.end - 1}`); }
  const pairedWithOrg = (m: Mention) => {
    const t = m.sentence.tokens, i = m.sentence.index;
    if (AND_OR.test(t[m.start - 1]?.normal ?? '') && orgAt.has(`${i}:${m.start - 2}`)) return verbFollows(m.sentence, m.end);
    if (AND_OR.test(t[m.end]?.normal ?? '') && !breaksAfter(t[m.end - 1]!) && orgAt.has(`${i}:${m.end + 1}`)) {
      const org = all.find((o) => o.sentence === m.sentence && o.start === m.end + 1 && o.kind === 'organization');
      return !!org && verbFollows(m.sentence, org.end);
    }
    return false;
  };
  const single = new Map<string, { n: number; places: number; agent: boolean }>();
  for (const m of all) {
    if (m.kind !== 'unknown' || m.sentence.paragraph < 0 || /\s/.test(m.name) || m.name.length < 3) continue;
    const t = m.sentence.tokens[m.start]!;
    if (!t.tags.has('ProperNoun') || NOT_UNKNOWN_NAME.some((x) => t.tags.has(x))) continue;
    const e = single.get(m.key) ?? { n: 0, places: 0, agent: false };
    const next = m.sentence.tokens[m.end];
    e.n++;
    if (IN_PLACE.has(m.sentence.tokens[m.start - 1]?.normal ?? '') || IN_PLACE.has(m.sentence.tokens[m.start - 2]?.normal ?? '')) e.places++;
    e.agent ||= !m.locative && verbFollows(m.sentence, m.end);
    if (pairedWithOrg(m)) { e.agent = true; e.n = Math.max(e.n, UNKNOWN_MIN_MENTIONS); } // a company acting with another counts as named twice
    single.set(m.key, e);
  }
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i]!;
    if (m.kind !== 'unknown') continue;
    const parts = m.name.split(/\s+/);
    const one = single.get(m.key);
    if (parts.every((w) => words.has(nameKeyOf(w)))) { m.kind = 'person'; m.key = `person:${nameKeyOf(m.name)}`; }
    else if (parts.length >= 2 && parts.length <= 3 && /-\p{Ll}/u.test(m.name)) { m.kind = 'person'; m.key = `person:${nameKeyOf(m.name)}`; } // "Han Dong-hoon"
    else if (one && one.n >= UNKNOWN_MIN_MENTIONS && isPlacePeople(m.name)) { m.kind = 'group'; m.key = `group:${nameKeyOf(m.name)}`; } // "Delhiites", named twice
    else if (one && one.agent && one.n >= UNKNOWN_MIN_MENTIONS && one.places * 2 < one.n) { // mostly a place ("in al-Tanf"): no actor
      const plural = /[^s']s$/.test(m.name);
      m.kind = plural ? 'group' : 'organization';
      m.key = `${plural ? 'group' : 'org'}:${nameKeyOf(m.name)}`;
    } else all.splice(i, 1);
  }
}

/** Roles a text names in lower case for a person it names elsewhere ("the president said"). */
const LOWERCASE_TITLES = /^(president|prime minister|premier|chancellor|governor|mayor|senator|king|queen|pope|secretary-general|chief minister|foreign minister|defence minister|defense minister|finance minister)$/;

/** Institutions named by their country or place ("the Afghan government", "Hong Kong police"). */
const INSTITUTIONS = new Set(['government', 'administration', 'police', 'military', 'army', 'navy', 'authorities', 'parliament', 'cabinet', 'judiciary', 'regime', 'junta', 'legislature', 'opposition']);
/** Institutions that are the country itself acting. */
const GOVERNMENT_WORDS = new Set(['government', 'administration', 'regime', 'authorities', 'state government']);
/** …and two-word ones. */
const INSTITUTIONS_2 = new Set(['security forces', 'armed forces', 'state government', 'foreign ministry', 'defence ministry', 'defense ministry', 'supreme court', 'high court', 'central bank']);

/** Words for a government named after its leader ("the Obama administration", "the Putin regime"). */
const LEADER_GOVERNMENT = new Set(['administration', 'government', 'regime']);

/** "Afghan government": a country, demonym or place run followed by an institution word. */
function institution(s: Sentence, i: number, j: number): Mention | null {
  const toks = s.tokens;
  const next = toks[j];
  if (!next || isCap(next) || breaksAfter(toks[j - 1]!)) return null;
  const two = toks[j + 1] ? `${next.normal} ${toks[j + 1]!.normal}` : '';
  const span = INSTITUTIONS_2.has(two) && !breaksAfter(next) ? 2 : INSTITUTIONS.has(next.normal) ? 1 : 0;
  if (!span) return null;
  let a = i;
  while (a < j && toks[a]!.tags.has('Determiner')) a++;
  if (a >= j) return null;
  const place = joinName(toks.slice(a, j));
  const country = countryByDemonym(place) ?? countryByName(place);
  // "the Obama administration": a government named after its leader (the actors stage finds the country)
  if (!country && span === 1 && LEADER_GOVERNMENT.has(next.normal) && toks.slice(a, j).every((t) => (t.tags.has('ProperNoun') || t.tags.has('Person')) && !t.tags.has('Place'))) {
    const name = `${place} ${next.bare}`;
    return mk(s, 'organization', a, j + 1, name, `org:${nameKeyOf(name)}`, { leader: place });
  }
  const isPlace = toks.slice(a, j).every((t) => t.tags.has('Place') || t.tags.has('ProperNoun'));
  if (!country && !isPlace) return null;
  const name = `${place} ${toks.slice(j, j + span).map((t) => t.bare).join(' ')}`;
  // a country's government is the country acting ("the Sudanese government said"); its police or army is not
  if (country && GOVERNMENT_WORDS.has(toks.slice(j, j + span).map((t) => t.normal).join(' '))) {
    return mk(s, 'country', a, j + span, country.name, `country:${country.code}`);
  }
  if (!country) return mk(s, 'organization', a, j + span, name, `org:${nameKeyOf(name)}`);
  // "China's foreign ministry", "the Chinese foreign ministry": one body, keyed by its country; named as written
  const inst = toks.slice(j, j + span).map((t) => t.bare).join(' ');
  const written = isPossessive(toks[j - 1]!) ? `${toks.slice(a, j).map((t) => t.text.replace(/^[“"‘(]+/, '') + t.post).join('').trim()} ${inst}` : name;
  return mk(s, 'organization', a, j + span, written, countryBodyKey(country.name, inst), { affiliation: country.name });
}

/** One key for a country's body however the text ties it to the country ("China's foreign ministry", "the Chinese Foreign Ministry"). */
function countryBodyKey(country: string, body: string): string {
  return `org:${nameKeyOf(`${country} ${body}`.replace(/\bdefense\b/i, 'defence'))}`;
}

/** Forces named without their country ("the military", "police", "security forces"): actors of their own, merged with a named one. */
const BARE_FORCES = new Map([['military', 'the military'], ['army', 'the army'], ['police', 'police'], ['security forces', 'security forces'], ['armed forces', 'the armed forces']]);
/** Adjectives of "the … government" that still mean the article's country ("the federal government"). */
const GOVERNMENT_ADJECTIVES = new Set(['federal', 'central', 'national', 'interim', 'transitional', 'caretaker', 'provisional']);

/**
 * "the government" (the article's main country, found by the actors stage: key `country:?`) and
 * forces named without a country ("the military said"), in lower case and not after a name
 * ("the Afghan government" is institution()'s). "the government of Sudan" names its country.
 */
function bareInstitution(s: Sentence, i: number): Mention | null {
  const toks = s.tokens;
  const t = toks[i]!;
  if (!/^\p{Ll}/u.test(t.text)) return null;
  const two = toks[i + 1] ? `${t.normal} ${toks[i + 1]!.normal}` : '';
  const span = BARE_FORCES.has(two) && !breaksAfter(t) ? 2 : BARE_FORCES.has(t.normal) || t.normal === 'government' ? 1 : 0;
  if (!span) return null;
  const prev = toks[i - 1];
  if (prev && (isCap(prev) && !isOpenerWord(prev, i - 1) || prev.tags.has('Adjective') && !GOVERNMENT_ADJECTIVES.has(prev.normal) || isPossessive(prev) && !prev.tags.has('Pronoun') && !/^\p{Ll}/u.test(prev.text)) ) return null;
  const after = toks[i + span];
  if (after && (after.normal === 'of' || isCap(after) && !breaksAfter(toks[i + span - 1]!))) return null;
  // "a police station", "the military takeover": the word qualifies another noun
  if (after && !breaksAfter(toks[i + span - 1]!) && after.tags.has('Noun') && !after.tags.has('Verb') && !after.tags.has('Pronoun')) return null;
  if (t.normal === 'government') {
    // "the government", "the federal government"; not "a government", "their government"
    const det = prev && GOVERNMENT_ADJECTIVES.has(prev.normal) ? toks[i - 2] : prev;
    if (det?.normal !== 'the') return null;
    // "paralyzing the government": the object of a verb is no speaker to resolve demands to
    const before = toks[(prev && GOVERNMENT_ADJECTIVES.has(prev.normal) ? i - 3 : i - 2)];
    if (before?.tags.has('Verb') && !SAYING_WORDS.has(before.normal)) return null;
    return mk(s, 'country', i, i + 1, 'government', 'country:?');
  }
  const name = BARE_FORCES.get(span === 2 ? two : t.normal)!;
  return mk(s, 'organization', i, i + span, name, `org:${nameKeyOf(name)}`);
}
/** Verbs after which "the government" is a subject: "said the government" is its speech. */
const SAYING_WORDS = new Set(['said', 'says', 'added', 'announced', 'stated']);
const isOpenerWord = (t: Token, k: number) => k === 0 && ['Pronoun', 'Determiner', 'Preposition', 'Conjunction'].some((x) => t.tags.has(x));

/** Do the capitalised words from `k` (at most three) end in an organisation word? */
function orgNameAhead(toks: Token[], k: number): boolean {
  for (let n = k; n < Math.min(toks.length, k + 3); n++) {
    if (!isCap(toks[n]!)) return false;
    if (ORG_HEAD_WORDS.has(toks[n]!.plain)) return true;
    if (breaksAfter(toks[n]!)) return false;
  }
  return false;
}

/** Organisation words that alone name no one in particular (unlike "Senate" or "Parliament"). */
const GENERIC_ORG_WORDS = new Set(['office', 'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'group', 'company', 'corporation', 'department', 'agency', 'board', 'bureau', 'service', 'services', 'fund', 'bank', 'network', 'team', 'club', 'trust', 'foundation', 'institute', 'university', 'committee', 'council', 'association', 'society', 'international', 'holdings', 'partners', 'capital', 'media', 'systems', 'labs', 'technologies', 'industries', 'command', 'guard', 'front', 'movement', 'watch']);

/** A doctrine or movement named as an idea ("National Socialism", "Marxism"), not an actor. */
const IDEOLOGY = /\p{L}{3,}isms?$/u;

/** Organisation words that, first before "of", start no organisation's name ("Group of Seven" is in the lexicon; "Co of …" is none). */
const GENERIC_FIRST = new Set(['co', 'inc', 'ltd', 'plc', 'llc', 'corp', 'ag', 'sa', 'international', 'capital', 'media', 'front', 'watch', 'team', 'guard']);

/** First words of place names that compromise may read as adjectives ("New Yorkers", "South Dakotans"). */
const PLACE_NAME_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/** Party adjectives before a name, and the party they stand for. */
const PARTY_WORDS = new Map([['republican', 'Republican Party'], ['democrat', 'Democratic Party'], ['democratic', 'Democratic Party'], ['conservative', 'Conservative Party'], ['labour', 'Labour Party'], ['liberal', 'Liberal Party']]);

/** First words of the lexicon's two-word groups ("the West", "trade unions"): only these may open one. */
const GROUP_FIRST_WORDS = new Set([...GROUPS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** Group heads that name an actor only with a modifier ("media union", "Trump supporters"). */
const GROUP_NEEDS_MODIFIER = new Set(['union', 'supporters', 'users', 'voters', 'employees', 'members', 'parents', 'officers']);

/** Words before a group that narrow nothing ("fellow teachers" are the teachers). */
const NOT_GROUP_MODIFIERS = new Set(['fellow', 'other', 'more', 'most', 'many', 'some', 'several', 'thousands', 'hundreds', 'dozens', 'millions']);

/** Tags of a capitalised word that opens a sentence rather than a name ("Some Twitter users"). */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Value'];

/** A word that narrows a group: a proper name ("Indiana", "Trump") or a plain noun ("media", "opposition"). */
function isGroupModifier(t: Token): boolean {
  if (NOT_GROUP_MODIFIERS.has(t.normal)) return false;
  if (t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Pronoun') || t.tags.has('Possessive') || isPossessive(t)) return false;
  if (/^\p{Lu}/u.test(t.text)) return (t.tags.has('ProperNoun') && !t.tags.has('Verb')) || isChamberModifier(t);
  return t.tags.has('Noun') && !(t.tags.has('Plural') && /s$/.test(t.text)) && !t.tags.has('Verb') && /^\p{Ll}+$/u.test(t.text);
}

function sentenceMentions(s: Sentence, exclude: Set<string>): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const low = t.plain;
    // the West, protesters…
    const two = i + 1 < toks.length && GROUP_FIRST_WORDS.has(low) ? `${low} ${toks[i + 1]!.plain}` : '';
    // "the West", not "the West Side" or "the West Bank"
    if (GROUPS.has(two) && !(toks[i + 2] && isCap(toks[i + 2]!) && !breaksAfter(toks[i + 1]!))) { out.push(mk(s, 'group', i, i + 2, GROUPS.get(two)!, `group:${GROUPS.get(two)}`)); i += 2; continue; }
    if (GROUPS.has(low) && (!isCap(t) || i === 0) || (GROUPS.has(low) && /^(Democrats|Republicans|Conservatives)$/.test(t.bare)) ||
        (GROUP_NEEDS_MODIFIER.has(low) && !isCap(t))) {
      // "Indiana teachers", "Trump supporters", "opposition lawmakers", "Rukban camp residents"
      let a = i;
      // a common noun does not narrow a name ("the likely reason Rukban residents": not "reason Rukban residents")
      while (a > 0 && i - a < 2 && isGroupModifier(toks[a - 1]!) && !breaksAfter(toks[a - 1]!) && !(a < i && isCap(toks[a]!) && !isCap(toks[a - 1]!))) a--;
      // "small-scale farmers": the whole hyphenated modifier
      if (a < i && a > 0 && /-$/.test(toks[a - 1]!.text + toks[a - 1]!.post)) a--;
      // "United States service members": a modifier cut from a longer name narrows nothing (the name is its own mention)
      if (a < i && a > 0 && isCap(toks[a]!) && isCap(toks[a - 1]!) && !breaksAfter(toks[a - 1]!) && !FUNCTION_TAGS.some((x) => toks[a - 1]!.tags.has(x))) a = i;
      if (a === i && !GROUPS.has(low)) { i++; continue; }
      // "Republicans in the House" are the House Republicans
      const chamber = a === i && GROUPS.has(low) ? chamberAfter(toks, i) : null;
      const name = a < i ? `${toks.slice(a, i).map((x) => x.text + x.post).join('').trim()} ${t.bare}` : chamber ? `${chamber} ${GROUPS.get(low)!}` : GROUPS.get(low)!;
      if (chamber) { out.push(mk(s, 'group', i, i + 4, name, `group:${name.toLowerCase()}`)); i += 4; continue; }
      // "residents of Delhi" are the Delhi residents
      const place = a === i ? placeAfter(toks, i) : null;
      if (place) {
        const named = `${place.place} ${t.bare}`;
        out.push({ ...mk(s, 'group', i, place.end, named, `group:${named.toLowerCase()}`), locative: false }); i = place.end; continue;
      }
      out.push(mk(s, 'group', a, i + 1, name, `group:${name.toLowerCase()}`)); i++; continue;
    }
    if (low === 'the' && i + 1 < toks.length && !isCap(toks[i + 1]!)) {
      const two2 = i + 2 < toks.length ? `${toks[i + 1]!.normal} ${toks[i + 2]!.normal}` : '';
      const span = LOWERCASE_TITLES.test(two2) && !breaksAfter(toks[i + 1]!) ? 2 : LOWERCASE_TITLES.test(toks[i + 1]!.normal) ? 1 : 0;
      const after = toks[i + 1 + span];
      if (span && !(after && isCap(after))) {
        const role = toks.slice(i + 1, i + 1 + span).map((w) => w.bare).join(' ');
        const title = role.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
        out.push(mk(s, 'title', i + 1, i + 1 + span, title, `title::${title.toLowerCase()}`, { role: title }));
        i += 1 + span;
        continue;
      }
    }
    if (PERSON_PRONOUNS.has(low) || THING_PRONOUNS.has(low)) { out.push(mk(s, 'pronoun', i, i + 1, low, `pronoun:${low}`)); i++; continue; }
    const bareInst = bareInstitution(s, i);
    if (bareInst) { out.push(bareInst); i = bareInst.end; continue; }
    if (!isCap(t) || t.tags.has('Date') || t.tags.has('Value') || isQuoteCode(t)) { i++; continue; }
    // "(D-Minn.)", "(R-Texas)": a lawmaker's party and state, no actor
    if (PARTY_STATE_TAG.test(t.pre + t.text)) { i++; continue; }
    // a run of capitalised words, with joiners inside
    let j = i + 1;
    if (!breaksAfter(t) && (!isPossessive(t) || possessiveInName(t, toks[j]))) {
      while (j < toks.length) {
        const u = toks[j]!;
        if (isQuoteCode(u)) break; // "Apple AAPL.O": the share's code is no part of the name
        if (/-$/.test(toks[j - 1]!.text + toks[j - 1]!.post) && /^\p{L}/u.test(u.text)) { j++; if (breaksAfter(u)) break; continue; } // "Dong-hoon"
        // "Sonya A. Zoghlin": a middle initial, though compromise reads "A" as an article
        const initial = /^\p{Lu}$/u.test(u.text) && u.post.trim() === '.' && toks[j - 1]!.tags.has('FirstName') && !!toks[j + 1] && isCap(toks[j + 1]!);
        if (isCap(u) && !u.tags.has('Date') && (!u.tags.has('Determiner') || initial) && !/^[“"‘(]/.test(u.text) && !/[(“"‘]/.test(u.pre)) {
          j++;
          const next = toks[j];
          // "Fishermen's Association": a possessive inside an organisation's name
          if (isPossessive(u) && possessiveInName(u, next)) continue;
          if (breaksAfter(u) || isPossessive(u)) break;
          continue;
        }
        // "Jamie Werner of Ngātiwai": a person's name does not run on into where they are from
        const personSoFar = toks[i]!.tags.has('FirstName') && j - i >= 2 && !toks.slice(i, j).some((x) => TITLE_WORDS.has(x.plain) || ORG_HEAD_WORDS.has(x.plain));
        if (NAME_JOINERS.has(u.normal) && !(personSoFar && (u.normal === 'of' || u.normal === 'for')) && /^\p{Ll}/u.test(u.text) && j + 1 < toks.length && isCap(toks[j + 1]!) && !breaksAfter(u) &&
          (u.normal !== 'the' || toks[j - 1]!.normal === 'of' || (toks[j - 1]!.normal === 'for' && j > 1 && ORG_HEAD_WORDS.has(toks[j - 2]!.plain)))) { j++; continue; }
        // "National Institute on Drug Abuse", "Council on Foreign Relations": "on" after an organisation word
        const after = toks[j + 1];
        // "Attorney's Office for the Western District", "Office of the Inspector General": "of the", "for the" after one
        if ((u.normal === 'of' || u.normal === 'for') && ORG_HEAD_WORDS.has(toks[j - 1]!.plain) && !breaksAfter(toks[j - 1]!) && !breaksAfter(u) &&
            after?.normal === 'the' && !breaksAfter(after) && toks[j + 2] && isCap(toks[j + 2]!) && !toks[j + 2]!.tags.has('Date')) { j += 2; continue; }
        if (u.normal === 'on' && ORG_HEAD_WORDS.has(toks[j - 1]!.plain) && !breaksAfter(toks[j - 1]!) && after && isCap(after) && !after.tags.has('Date') && !breaksAfter(u)) { j++; continue; }
        // "Department of Design and Construction", "Ministry of Trade and Industry": "and" inside a field after "of"
        const field = toks[j + 1];
        if (u.normal === 'and' && j - i >= 3 && ORG_HEAD_WORDS.has(toks[i]!.plain) && toks[i + 1]!.normal === 'of' && !breaksAfter(toks[j - 1]!) && !breaksAfter(u) &&
            field && isCap(field) && !['Person', 'Place', 'Organization', 'FirstName'].some((x) => field.tags.has(x)) && !ORG_BY_KEY.has(nameKeyOf(field.bare)) &&
            !(toks[j + 2] && isCap(toks[j + 2]!) && !breaksAfter(field))) { j++; continue; }
        // "Securities and Exchange Commission": "and" inside an organisation's name
        if (u.normal === 'and' && j + 1 < toks.length && orgNameAhead(toks, j + 1)) { j++; continue; }
        break;
      }
    }
    const local = localGovernment(s, i, j);
    if (local) { out.push({ ...mk(s, 'organization', local.start, local.end, local.name, local.key), locative: false }); i = local.end; continue; }
    // "the 737 Max jet", "the 0x08 Block Placement Packet": a product's model, no actor
    if (isModelName(toks, i, j, breaksAfter)) { i = j; continue; }
    // "Brent LCOc1", "the Nikkei .N225": an index or contract, named by its quote code
    if (toks[j] && isInstrumentCode(toks[j]!) && !breaksAfter(toks[j - 1]!)) { i = j + 1; continue; }
    const inst = institution(s, i, j);
    if (inst) { out.push(inst); i = inst.end; continue; }
    const m = classify(s, i, j, exclude);
    out.push(...m);
    i = j;
    // "the Independent Electoral Commission (IEC)": the abbreviation is the organisation's alias
    const paren = toks[j];
    let org = m.at(-1);
    const abbreviated = !!paren && /\(/.test(paren.pre + paren.text) && isAcronym(paren.bare.replace(/\)$/, ''));
    // "the New York State Attorney General (NYAG)": a title with an abbreviation of its own names the office
    if (abbreviated && org?.kind === 'title' && org.end === j && abbreviates(paren.bare.replace(/\)$/, ''), toks.slice(org.start, org.end))) {
      const office = joinName(toks.slice(org.start, org.end)).replace(/^the\s+/i, '');
      org = mk(s, 'organization', org.start, org.end, office, `org:${nameKeyOf(office)}`);
      out.splice(out.length - 1, 1, org);
    }
    if (abbreviated && org?.kind === 'organization') {
      out.push({ ...mk(s, 'organization', j, j + 1, org.name, org.key), surface: paren.bare.replace(/\)$/, '') });
      i = j + 1;
    }
  }
  return out;
}

/** Are the capitals of `abbr` the initials of some of the words, in order ("NYAG" of "New York State Attorney General")? */
function abbreviates(abbr: string, words: Token[]): boolean {
  const letters = abbr.replace(/[^\p{Lu}]/gu, '');
  const initials = words.filter((t) => !/^(the|of|and|for)$/i.test(t.bare)).map((t) => t.bare[0] ?? '').join('').toUpperCase();
  let k = 0;
  for (const c of initials) if (c === letters[k]) k++;
  return letters.length >= 2 && k === letters.length && initials[0] === letters[0];
}

/** Words after a possessive for who acts for its owner ("China's foreign ministry", "Russia's top diplomat"). */
const actsForOwner = (t: Token) => (ROLE_HEADS.has(t.plain) && !OWNED_ADJECTIVES.has(t.plain)) || ORG_HEAD_WORDS.has(t.plain) || INSTITUTIONS.has(t.normal) || t.normal === 'diplomat';
/** Role words that, in lower case after a possessive, qualify a thing ("China's major exports", "Japan's general election"). */
const OWNED_ADJECTIVES = new Set(['major', 'general', 'executive', 'justice']);

function mk(s: Sentence, kind: MentionKind, start: number, end: number, name: string, key: string, extra: Partial<Mention> = {}): Mention {
  const surface = s.tokens.slice(start, end).map((t, k, a) => (k === a.length - 1 ? t.bare : t.text.replace(/^[“"‘(]+/, '') + t.post)).join('').trim();
  const prev = start > 0 ? s.tokens[start - 1]! : undefined;
  const prev2 = start > 1 ? s.tokens[start - 2]! : undefined;
  const locative = !!prev && (LOCATIVE.has(prev.normal) || (prev.tags.has('Determiner') && !!prev2 && LOCATIVE.has(prev2.normal)))
    && !(prev.normal === 'from' && !!prev2 && ENVOYS.has(prev2.normal))
    && !(prev.normal === 'the' && prev2?.normal === 'from' && ENVOYS.has(s.tokens[start - 3]?.normal ?? '')) // "officials from the ministry"
    // "according to Transport Department officials": the name qualifies the people who act for it
    && !(end < s.tokens.length && ENVOYS.has(s.tokens[end]!.normal) && !breaksAfter(s.tokens[end - 1]!))
    // a town and its country ("Dubai, United Arab Emirates", "Paris, France"): the country says where
    || !!prev && /,/.test(prev.post) && prev.tags.has('City') && !prev.tags.has('Country') && isCap(prev);
  // an organisation's possessive before a thing ("MSCI's gauge", "the company's core business") qualifies it too
  const attributive = kind !== 'pronoun' && kind !== 'group' && kind !== 'title' && (isAttributive(s, end, breaksAfter, kind === 'organization') ||
    // "China's economy", "Japan's main index": a country's possessive before a thing it owns, no sign of acting
    (kind === 'country' && ownsThing(s, end, breaksAfter, actsForOwner)));
  return { kind, surface, name, sentence: s, start, end, key, possessive: isPossessive(s.tokens[end - 1]!), locative, attributive, ...extra };
}

/**
 * A possessive inside a name: before an organisation word ("Fishermen's Association", "Attorney's
 * Office"), or a common plural before more capitals ("People's Liberation Army", "Women's March"),
 * unlike a person's or a country's possessive ("Trump's White House", "China's Xi").
 */
function possessiveInName(u: Token, next: Token | undefined): boolean {
  if (!next || !isCap(next)) return false;
  if (ORG_HEAD_WORDS.has(next.plain)) return true;
  return u.tags.has('Plural') && !u.tags.has('Person') && !u.tags.has('Place');
}

/** A lawmaker's party and state in brackets after the name ("(D-Minn.)", "(R-Texas)", "(I-Vt.)"). */
const PARTY_STATE_TAG = /^\(\s*[DRI]-\p{Lu}/u;

/** Sentence-initial auxiliaries of a question ("Will Canada demand …?"): not part of a name. */
const QUESTION_OPENERS = new Set(['will', 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'shall']);

const isRoleHead = (t: Token) => t.plain.split('-').some((p) => ROLE_HEADS.has(p));

const joinName = (toks: Token[]) => toks.map((t, k) => (k === toks.length - 1 ? t.bare : t.text.replace(/^[“"‘(]+/, '') + t.post)).join('').trim().replace(/\s+/g, ' ');

/** Is the name ending before `end` the subject of the verb right after it ("Virginia sued", "Ohio can lead")? */
function isSubject(s: Sentence, end: number): boolean {
  return !isPossessive(s.tokens[end - 1]!) && verbFollows(s, end);
}

/** A name the lexicons know as a whole: an organisation, a seat of government, a country, a capital. */
function knownName(s: Sentence, a: number, end: number): Mention[] | null {
  const toks = s.tokens;
  const name = joinName(toks.slice(a, end));
  const key = nameKeyOf(name);
  if (!key) return null;
  const prev = a > 0 ? toks[a - 1]! : undefined;
  const locative = !!prev && LOCATIVE.has(prev.normal);
  const org = ORG_BY_KEY.get(key);
  if (org && ORG_ABBREVIATIONS.has(key) && !ORG_FORMS.has(name.replace(/^the\s+/i, '').replace(/\./g, ''))) return null;
  if (org) return [mk(s, 'organization', a, end, org, `org:${org}`)];
  const orgSeat = ORG_SEATS.get(key);
  if (orgSeat) return locative ? [] : [mk(s, 'organization', a, end, orgSeat, `org:${orgSeat}`)];
  const seat = SEAT_KEYS.get(key);
  if (seat) return locative ? [] : [mk(s, 'country', a, end, name, `country:${seat}`)];
  // "Russia", "the U.S.": a place or an agent, a country either way
  const country = countryByName(name);
  if (country) return [mk(s, 'country', a, end, country.name, `country:${country.code}`)];
  // a capital is its country only as an agent ("Moscow wants", not "troops near Moscow")
  const capital = end - a <= 2 ? countryByCapital(name) : undefined;
  if (capital) return locative || inPlaceList(s, a, end) ? [] : [mk(s, 'country', a, end, capital.name, `country:${capital.code}`)];
  // a US state is its government only as the subject of a verb ("South Dakota spends", "Virginia sued"),
  // not as a place ("in Virginia", "states like Ohio"), a modifier ("the Virginia elections") or a vocative
  const state = usStateByName(name);
  if (state) return isSubject(s, end) ? [mk(s, 'organization', a, end, state, `org:${state}`)] : [];
  if (isNewsAgency(key)) return [];
  return null;
}

/** What follows an agency's short name in its full one ("Xinhua News Agency", "Anadolu Agency"). */
const AGENCY_TAIL = / (news agency|news service|press agency|agency|news)$/;

/** A news agency, a source and no actor: one the lexicon knows, in full or short, or any "… News Agency" ("Yonhap News Agency"). */
function isNewsAgency(key: string): boolean {
  return NEWS_AGENCIES.has(key) || /\b(news|press) agency$/.test(key) || (AGENCY_TAIL.test(key) && NEWS_AGENCIES.has(key.replace(AGENCY_TAIL, '')));
}

/** Is the sentence's first word an ordinary word rather than the start of a name? */
function isOpener(s: Sentence, a: number): boolean {
  const t = s.tokens[a]!;
  // the first word of a sentence, of a quotation, or after a dateline's colon ("NEW DELHI: Their …")
  const afterColon = a > 0 && /:\s*$/.test(s.tokens[a - 1]!.post);
  if (a !== 0 && !afterColon && !/[“"‘]\s*$/.test(t.pre + (t.text.match(/^[“"‘]+/)?.[0] ?? ''))) return false;
  const p = t.plain;
  if (QUESTION_OPENERS.has(p) && /\?\s*["”’]?$/.test(s.text)) return true;
  // function words are capitalised here only because they open the sentence ("Their", "The", "In")
  if (['Pronoun', 'Determiner', 'Preposition', 'Conjunction'].some((x) => t.tags.has(x))) return true;
  // a word compromise does not know at all ("Yoon Suk Yeol") starts a name when a capital follows
  const unknownWord = [...t.tags].every((x) => x === 'Noun' || x === 'Singular');
  const next = s.tokens[a + 1];
  if (unknownWord && next && isCap(next)) return false;
  // an organisation word, then its field ("Ministry of Foreign Affairs said", "Department of Justice")
  if (ORG_HEAD_WORDS.has(p) && next?.normal === 'of' && !!s.tokens[a + 2] && isCap(s.tokens[a + 2]!)) return false;
  // …or before more of a name ("Senate Majority Leader Mitch McConnell", "Police Chief …")
  if (ORG_HEAD_WORDS.has(p) && next && isCap(next) && !breaksAfter(t)) return false;
  // a portfolio before a title ("Communications Minister Malcolm Turnbull")
  if (next && isCap(next) && isRoleHead(next)) return false;
  return !t.tags.has('ProperNoun') && !TITLE_WORDS.has(p) && !HONORIFICS.has(p) && !PARTY_WORDS.has(p) && !countryByDemonym(t.bare) &&
    !countryByName(t.bare) && !isAcronym(t.bare);
}

/** Classifies the run toks[start, end): may yield a demonym / title mention and a name mention. */
function classify(s: Sentence, start: number, end: number, exclude: Set<string>): Mention[] {
  const toks = s.tokens;
  let a = start;
  while (a < end && toks[a]!.tags.has('Determiner')) a++;
  if (a >= end) return [];
  // "In God We Trust", "We're On It": a motto or slogan in capitals, no name (names hold no pronouns)
  if (end - a >= 2 && toks.slice(a + 1, end).some((t) => t.tags.has('Pronoun'))) return [];
  const known = knownName(s, a, end);
  // "NEW DELHI:", "DUBAI, United Arab Emirates —": where the report was filed, a place
  if (isDateline(s, a, end)) return (known ?? []).map((m) => ({ ...m, locative: true }));
  if (known) return known;
  // "Kentucky Democrats", "House Republicans": a group narrowed by a name
  const lastLow = toks[end - 1]!.plain;
  if (end - a >= 2 && GROUPS.has(lastLow) && toks.slice(a, end - 1).every(isGroupModifier)) {
    const name = joinName(toks.slice(a, end));
    return [mk(s, 'group', a, end, name, `group:${name.toLowerCase()}`)];
  }
  // "New Yorkers", "South Dakotans": a place's people, a group
  const lastTok = toks[end - 1]!;
  if (end - a >= 2 && /\p{Ll}(er|an|ite)s$/u.test(lastTok.bare) && !isPossessive(lastTok) && !lastTok.tags.has('Person') &&
      toks.slice(a, end - 1).every((t) => t.tags.has('Place') || PLACE_NAME_STARTS.has(t.plain)) && !lastTok.tags.has('Place') && !ORG_HEAD_WORDS.has(lastTok.plain)) {
    const name = joinName(toks.slice(a, end));
    return [mk(s, 'group', a, end, name, `group:${name.toLowerCase()}`)];
  }
  const appos = appositiveRole(s, end);
  if (isOpener(s, a) && !(appos && end - a >= 2) && !(end - a >= 3 && orgBeforeTitle(s, a, end))) {
    // ("Shares of Boeing fell": the name starts after the joiner, not at "of")
    if (end - a > 1) return classify(s, a + 1 < end - 1 && NAME_JOINERS.has(toks[a + 1]!.text) ? a + 2 : a + 1, end, exclude);
    // a lone word opening the sentence may be a surname named before ("Niinisto said …"): kept if it is one
    const t = toks[a]!;
    const next = toks[end];
    const subjectOfVerb = verbFollows(s, end, true);
    // "Granollers and Lopez defeated …": one of two names opening the sentence, a plural only then (compromise reads many surnames as plurals)
    const paired = AND_OR.test(next?.normal ?? '') && !breaksAfter(t) && !!toks[end + 1] && isCap(toks[end + 1]!) && toks[end + 1]!.tags.has('Person');
    return !(subjectOfVerb || paired) || NOT_NAME_TAGS.some((x) => t.tags.has(x)) || (t.tags.has('Plural') && !paired) ? [] : [mk(s, 'unknown', a, end, t.bare, `unknown:${nameKeyOf(t.bare)}`)];
  }
  // a known name run into a person's ("the European Union Gordon Sondland")
  for (let k = end - 1; k > a; k--) {
    if (!toks.slice(k, end).every((t) => t.tags.has('Person') || t.tags.has('ProperNoun')) || !toks[k]!.tags.has('Person') || TITLE_WORDS.has(toks[k]!.plain)) continue;
    const pre = knownName(s, a, k);
    if (pre) return [...pre, ...classify(s, k, end, exclude)];
  }
  const out: Mention[] = [];
  const whole = a; // where the person's full form starts ("Russian President Vladimir Putin")
  const firstDem = countryByDemonym(toks[a]!.bare);
  // an organisation's full name ends in an organisation word ("Health Ministry", "National Teachers
  // Association", "Norwegian Fishermen's Association"); a leading demonym is its affiliation
  const last = toks[end - 1]!.plain;
  if (end - a === 1 && GENERIC_ORG_WORDS.has(last)) return []; // "Office", "Inc" alone name nobody
  if (end - a === 1 && last === 'government' && a > 0) return [mk(s, 'country', a, end, 'government', 'country:?')]; // "the Government said" 
  // ("U.S. Attorney's Office": a possessive title names the office, not a person)
  // ("Bank of Canada", "Department of Environmental Protection": an organisation word, then "of")
  const headFirst = end - a >= 3 && ORG_HEAD_WORDS.has(toks[a]!.plain) && !GENERIC_FIRST.has(toks[a]!.plain) && toks[a + 1]!.normal === 'of';
  // an organisation word inside the run, then what it serves ("Attorney's Office for the Western District of New York")
  // or its field ("U.S. Department of Justice")
  const headInside = toks.some((t, k) => k >= a && k < end - 2 && ORG_HEAD_WORDS.has(t.plain) &&
    (toks[k + 1]!.normal === 'for' ? end - a >= 4 : k > a && toks[k + 1]!.normal === 'of' && !GENERIC_FIRST.has(t.plain)));
  // a role word makes the run a person's title ("Foreign Ministry Spokesman Wang"), unless the name ends in it ("Office of the Inspector General")
  const personTitle = toks.slice(a, end - 1).some((t, k) => ROLE_HEADS.has(t.plain) && !isPossessive(t) && !((headFirst || headInside) && toks.slice(a + k, end).every((u) => TITLE_WORDS.has(u.plain))));
  if ((headFirst || headInside || ORG_HEAD_WORDS.has(last) && (end - a >= 2 || isCap(toks[end - 1]!))) && !personTitle) {
    const name = joinName(toks.slice(a, end));
    const key = nameKeyOf(name);
    if (!key || exclude.has(key) || isNewsAgency(key)) return [];
    // "Department of Environmental Protection" and "Environmental Protection Department" are one body
    const merged = headFirst ? nameKeyOf(`${joinName(toks.slice(a + 2, end)).replace(/^the\s+/i, '')} ${toks[a]!.plain}`) : key;
    if (firstDem && end - a > 1 && !headFirst) return [mk(s, 'organization', a, end, name, countryBodyKey(firstDem.name, joinName(toks.slice(a + 1, end))), { affiliation: firstDem.name })];
    return [mk(s, 'organization', a, end, name, `org:${merged}`)];
  }
  // demonym, country or organisation before a title: "Russian President", "U.S. Secretary of State", "NATO Secretary General"
  let affiliation: string | undefined;
  const nextIsTitle = a + 1 < end && TITLE_WORDS.has(toks[a + 1]!.plain);
  const leadOrg = nextIsTitle ? knownName(s, a, a + 1) : null;
  const lead = firstDem ?? (nextIsTitle ? countryByName(toks[a]!.bare) : undefined);
  if (lead) {
    affiliation = lead.name;
    if (!nextIsTitle) {
      // a people ("Americans", "Russians") is a group of its own, tied to its country
      const word0 = toks[a]!.bare;
      if (end - a === 1 && /s$/.test(word0) && !countryByName(word0) && firstDem && countryByDemonym(word0.replace(/s$/, '')) === firstDem) {
        return [mk(s, 'group', a, a + 1, word0, `group:${word0.toLowerCase()}`, { affiliation: lead.name })];
      }
      // a bare demonym ("Russian troops") counts toward its country
      out.push(mk(s, 'demonym', a, a + 1, lead.name, `country:${lead.code}`));
      return end - a > 1 ? [...out, ...classify(s, a + 1, end, exclude)] : out;
    }
    a++;
  } else if (leadOrg?.length === 1 && leadOrg[0]!.kind === 'organization') {
    affiliation = leadOrg[0]!.name;
    out.push(leadOrg[0]!);
    a++;
  }
  // a party before a person's name ("Republican Phil Bryant") is the affiliation
  if (end - a >= 3 && PARTY_WORDS.has(toks[a]!.plain) && toks.slice(a + 1, end).some((t) => t.tags.has('Person') || t.tags.has('FirstName'))) {
    affiliation ??= PARTY_WORDS.get(toks[a]!.plain);
    a++;
  }
  // "Ministry of Foreign Affairs Spokesman Wang Wenbin", "Foreign Ministry Spokesman Zhao Lijian":
  // an organisation's full name, then the title: the body is the person's affiliation (and an actor)
  const split = orgBeforeTitle(s, a, end);
  let qualifier = '';
  if (split) {
    qualifier = joinName(toks.slice(a, split.from));
    const from = lead ? whole : split.from; // "Chinese Foreign Ministry Spokesman": the demonym names the body's country
    const orgName = joinName(toks.slice(from, split.at));
    const body = split.known ?? mk(s, 'organization', from, split.at, orgName, `org:${nameKeyOf(orgName)}`, affiliation ? { affiliation } : {});
    if (!exclude.has(nameKeyOf(orgName))) out.push(body);
    affiliation = body.kind === 'country' ? countryByCode(body.key.slice(8))?.name ?? body.name : body.name;
    a = split.at;
  }
  // a team's or outlet's abbreviation before a person's name ("DL Sheldon Richardson", "NFL Insider …") is not part of it
  while (a < end - 2 && isAcronym(toks[a]!.bare) && !isRoleHead(toks[a]!) && toks.slice(a + 1, end).some((t) => t.tags.has('Person') || t.tags.has('FirstName'))) a++;
  // honorifics, then the role: everything up to the last title head before the name
  // ("Prime Minister", "Communications Minister", "Secretary of State", "Senate President")
  let honorific = false;
  while (a < end - 1 && HONORIFICS.has(toks[a]!.plain)) { honorific = true; a++; }
  const roleWords: string[] = [];
  let r = -1;
  for (let k = a; k < end - 1; k++) {
    if (isRoleHead(toks[k]!)) r = k;
    else if (r === k - 1 && toks[k]!.normal === 'of' && k + 2 < end && TITLE_WORDS.has(toks[k + 1]!.plain)) { r = k + 1; k++; }
  }
  // a title alone, perhaps after its place ("the Governor", "South Dakota Gov." with its name left out)
  let p0 = a;
  while (p0 < end - 1 && toks[p0]!.tags.has('Place') && !TITLE_WORDS.has(toks[p0]!.plain)) p0++;
  if (r < 0 && toks.slice(p0, end).every((t) => TITLE_WORDS.has(t.plain)) && toks.slice(p0, end).some(isRoleHead)) r = end - 1;
  if (r >= 0) {
    // a place before the title is the affiliation ("South Dakota Gov. Kristi Noem")
    let k0 = a;
    while (!split && k0 < r && toks[k0]!.tags.has('Place') && !TITLE_WORDS.has(toks[k0]!.plain)) k0++;
    if (k0 > a && !affiliation) affiliation = joinName(toks.slice(a, k0));
    for (let k = k0; k <= r; k++) roleWords.push(ROLE_ABBREVIATIONS.get(toks[k]!.plain) ?? toks[k]!.bare);
    a = r + 1;
  }
  if (qualifier && roleWords.length) roleWords.unshift(qualifier);
  let role = roleWords.length ? roleWords.join(' ').replace(/\s+of$/, '') : undefined;
  // "the State Attorney General": a title's last word is part of it, not a name
  if (role && a === end - 1 && isRoleHead(toks[a]!)) { role = `${role} ${ROLE_ABBREVIATIONS.get(toks[a]!.plain) ?? toks[a]!.bare}`; a = end; }
  if (a >= end) {
    if (role) out.push(mk(s, 'title', whole, end, role, `title:${affiliation ?? ''}:${role.toLowerCase()}`, { role, affiliation }));
    return out;
  }
  const nameToks = toks.slice(a, end);
  const name = joinName(nameToks);
  const key = nameKeyOf(name);
  if (!key || exclude.has(key) || isNewsAgency(key) || NON_ACTOR_ABBREVIATIONS.has(key) || PUBLIC_PROGRAMMES.has(key)) return out;
  if (nameToks.length === 1 && TITLE_WORDS.has(nameToks[0]!.plain)) return out; // "General" alone names nobody
  // "Chang W. Lee/…": a lone initial; "Business Insider Inc": an organisation word left alone after a title
  if (nameToks.length === 1 && (/^\p{L}$/u.test(key) || GENERIC_ORG_WORDS.has(key))) return out;
  if (IDEOLOGY.test(name)) return out;

  // publications cited as sources, and things, laws and events, are not actors
  const lastWord = nameToks.at(-1)!.plain;
  if (!role && !honorific && MEDIA_HEADS.has(lastWord)) {
    // …unless a state's or party's paper speaks for it ("the People's Daily, the mouthpiece of the Communist party, warned")
    const owner = stateOutletVoice(s, a, end, breaksAfter);
    if (owner !== null) out.push(mk(s, 'organization', a, end, name, `org:${key}`, owner ? { affiliation: affiliationName(owner) } : {}));
    return out;
  }
  if (!role && !honorific && THING_HEADS.has(lastWord) && nameToks.length >= 2) return out;
  const extra: { role?: string; affiliation?: string } = { role, affiliation };
  if (!role && !honorific) {
    const k = knownName(s, a, end);
    if (k) return [...out, ...k];
  }
  /** does some word of the name carry the tag */
  const anyTag = (tag: string) => nameToks.some((t) => t.tags.has(tag));
  // "Amnesty's Middle East director": a name that qualifies a role is no actor of its own
  const after = toks[end];
  if (!role && !honorific && after && !isCap(after) && isRoleHead(after) && !breaksAfter(toks[end - 1]!)) return out;
  // compromise tags a person's possessive chunk as an organisation: a first name outweighs that
  const personal = nameToks[0]!.tags.has('FirstName') || (nameToks.length >= 2 && nameToks.at(-1)!.tags.has('LastName'));
  if (!role && !honorific && !personal && ((anyTag('Organization') && !anyTag('Place')) || isAcronym(name))) {
    out.push(mk(s, 'organization', a, end, name, `org:${key}`, extra)); return out;
  }
  if (!role && !honorific) {
    const before = lowercaseTitle(s, whole);
    if (before) { extra.role = before.role; extra.affiliation ??= before.affiliation; }
  }
  if (!extra.role && appos && nameToks.length >= 2) { extra.role = appos.role; extra.affiliation ??= appos.affiliation; }
  if (extra.role || honorific || anyTag('Person') || anyTag('FirstName') || anyTag('LastName')) {
    if (anyTag('Place') && !extra.role && !honorific && !anyTag('Person')) return out;
    out.push(mk(s, 'person', whole, end, name, `person:${key}`, extra)); return out;
  }
  const nameLike = (t: Token) => t.tags.has('ProperNoun') || [...t.tags].every((x) => x === 'Noun' || x === 'Singular' || x === 'Hyphenated');
  if (nameToks.length >= 2 && nameToks.length <= 3 && nameToks.every(nameLike) && anyTag('ProperNoun') && !anyTag('Place') && !anyTag('Date')) {
    // a name compromise does not know is a person's, unless an article stands before it ("the Berm Rukban")
    // …or "representing" (a lawmaker's constituency: "Senator representing Yobe North")
    const det = a > 0 && /^(the|a|an|representing|represents|represented)$/i.test(toks[a - 1]!.normal);
    if (!det) out.push(mk(s, 'person', a, end, name, `person:${key}`, extra));
  } else if (nameToks.length <= 3 && !anyTag('Place') && !anyTag('Date') && !anyTag('Organization') && (a > 0 || nameToks.length > 1)) {
    out.push(mk(s, 'unknown', a, end, name, `unknown:${key}`, extra));
  }
  return out;
}

/** Words that qualify a title before its head: part of the role, not of the body before it ("Deputy Spokesman", "Press Secretary"). */
const TITLE_QUALIFIERS = new Set(['deputy', 'vice', 'chief', 'senior', 'acting', 'former', 'first', 'assistant', 'principal', 'interim', 'press', 'top', 'executive', 'general', 'managing']);

/**
 * "Ministry of Foreign Affairs Spokesman Wang Wenbin", "Hong Kong Police Commissioner Chris Tang",
 * "Kremlin Spokesman Dmitry Peskov", "Apple Chief Executive Tim Cook": the words before the title
 * name a body (by an organisation word, "Ministry of …", the lexicons, or compromise's tag for a
 * lone name). Returns where the title starts, with the body's mention when a lexicon knows it. A
 * lone organisation word makes one title with the role ("Senate President", "Police Commissioner").
 */
function orgBeforeTitle(s: Sentence, start: number, end: number): { from: number; at: number; known?: Mention } | null {
  const toks = s.tokens;
  // "Interim BART Police Chief": a qualifier before the body belongs to the title
  let a = start;
  while (a < end - 1 && TITLE_QUALIFIERS.has(toks[a]!.plain)) a++;
  let r = -1;
  for (let k = a + 1; k < end - 1; k++) if (isRoleHead(toks[k]!)) r = k;
  if (r < 0 || toks.slice(r + 1, end).every((t) => TITLE_WORDS.has(t.plain))) return null;
  let q = r;
  while (q > a && (TITLE_QUALIFIERS.has(toks[q - 1]!.plain) || isRoleHead(toks[q - 1]!))) q--;
  if (q === a || toks.slice(a, q).some((t) => breaksAfter(t) || isPossessive(t))) return null;
  const known = knownName(s, a, q);
  if (known?.length === 1 && (known[0]!.kind === 'organization' || known[0]!.kind === 'country')) return { from: a, at: q, known: known[0]! };
  // a lone word: an abbreviation ("NYPD Commissioner") or a name compromise knows as a body; others are portfolios ("Commerce Secretary")
  if (q - a === 1) {
    const t = toks[a]!;
    const body = (isAcronym(t.bare) && !TITLE_WORDS.has(t.plain)) || (t.tags.has('Organization') && !t.tags.has('Place'));
    return body && !ORG_HEAD_WORDS.has(t.plain) ? { from: a, at: q } : null;
  }
  const byHead = ORG_HEAD_WORDS.has(toks[q - 1]!.plain);
  const headFirst = ORG_HEAD_WORDS.has(toks[a]!.plain) && toks[a + 1]!.normal === 'of' && q - a >= 3;
  return byHead || headFirst ? { from: a, at: q } : null;
}

/**
 * A role in an apposition after a name: "Zippy Duvall, president of the American Farm Bureau",
 * "Philip Luther, Amnesty's Middle East director". Returns the role, or null.
 */
function appositiveRole(s: Sentence, end: number): { role: string; affiliation?: string } | null {
  const last = s.tokens[end - 1];
  if (!last || !/^,/.test(last.post.trim())) return null;
  const words: string[] = [];
  let owner: string | undefined;
  for (let k = end; k < Math.min(s.tokens.length, end + 6); k++) {
    const t = s.tokens[k]!;
    if (!words.length && /^(a|an|the)$/i.test(t.normal)) continue;
    // "Amnesty's Middle East director": the owner is the affiliation, not part of the role
    if (isPossessive(t)) { owner = [...words, t.bare].join(' '); words.length = 0; continue; }
    words.push(t.bare);
    if (isRoleHead(t) && !isCap(t)) {
      const role = words.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      let o = k + 2;
      if (s.tokens[k + 1]?.normal === 'of' && /^(the|a|an)$/i.test(s.tokens[o]?.normal ?? '')) o++;
      let e = o;
      while (s.tokens[k + 1]?.normal === 'of' && e < Math.min(s.tokens.length, o + 5) && isCap(s.tokens[e]!)) { e++; if (breaksAfter(s.tokens[e - 1]!)) break; }
      const of = e > o ? joinName(s.tokens.slice(o, e)) : '';
      const who = owner ?? (of || undefined);
      return { role, affiliation: who ? affiliationName(who) : undefined };
    }
    if (RUN_BREAK.test(t.post)) return null;
  }
  return null;
}

/** An affiliation as the text names it, written as the actor it stands for where the lexicons know it ("Amnesty" → Amnesty International). */
function affiliationName(name: string): string {
  const key = nameKeyOf(name.replace(/^the\s+/i, ''));
  return ORG_BY_KEY.get(key) ?? countryByName(name)?.name ?? countryByDemonym(name)?.name ?? name.replace(/^the\s+/i, '');
}

/** A title written in lower case before a name ("EU fisheries commissioner Tomas Brandt"). */
function lowercaseTitle(s: Sentence, start: number): { role: string; affiliation?: string } | null {
  const words: string[] = [];
  let k = start - 1;
  while (k >= 0 && !isCap(s.tokens[k]!) && TITLE_WORDS.has(s.tokens[k]!.plain) && !breaksAfter(s.tokens[k]!)) { words.unshift(s.tokens[k]!.bare); k--; }
  if (!words.length || !words.some((w) => ROLE_HEADS.has(w.toLowerCase()))) return null;
  const prev = k >= 0 ? s.tokens[k]!.bare : '';
  // "EU fisheries commissioner", "Russian foreign minister": the country or body before the title
  const org = prev ? ORG_BY_KEY.get(nameKeyOf(prev)) : undefined;
  const country = prev ? countryByDemonym(prev) ?? countryByName(prev) : undefined;
  const role = words.join(' ');
  return { role: role[0]!.toUpperCase() + role.slice(1), affiliation: country?.name ?? org ?? employer(s, k) };
}

/** Most words of the name of a body before a lower-case title ("Goldman Sachs Group economist"). */
const MAX_EMPLOYER = 4;

/**
 * The body named just before a lower-case title, as an affiliation: "Kremlin spokesman" (the seat's
 * country), "State Department deputy spokesperson", "Commerzbank analyst", "Hong Kong police commissioner".
 */
function employer(s: Sentence, k: number): string | undefined {
  const toks = s.tokens;
  if (k < 0 || !isCap(toks[k]!) || breaksAfter(toks[k]!)) return undefined;
  let a = k;
  // "Ministry of Defence spokesman": "of" inside the name
  while (a > 0 && k - a + 1 < MAX_EMPLOYER && !breaksAfter(toks[a - 1]!) &&
    (isCap(toks[a - 1]!) || (/^(of|for)$/.test(toks[a - 1]!.normal) && a > 1 && isCap(toks[a - 2]!) && !breaksAfter(toks[a - 2]!)))) a--;
  const words = toks.slice(a, k + 1);
  const name = joinName(words);
  // a seat of government or a body the lexicon knows, however the tagger reads its words ("State Department")
  const seat = SEAT_KEYS.get(nameKeyOf(name));
  if (seat) return countryByCode(seat)?.name;
  if (ORG_BY_KEY.has(nameKeyOf(name))) return affiliationName(name);
  // ("Former president", "Veteran senator", "Local councillor": a capitalised qualifier, no body)
  const qualifier = (t: Token) => TITLE_QUALIFIERS.has(t.plain) || (['Adjective', 'Verb', 'Actor'].some((x) => t.tags.has(x)) && !['ProperNoun', 'Organization', 'Place', 'Acronym'].some((x) => t.tags.has(x)));
  if (words.some((t) => (isCap(t) && (FUNCTION_TAGS.some((x) => t.tags.has(x)) || qualifier(t))) || t.tags.has('Person') || t.tags.has('Date') || HONORIFICS.has(t.plain) || isPossessive(t))) return undefined;
  return affiliationName(name);
}
