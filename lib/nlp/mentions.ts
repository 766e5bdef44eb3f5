// Mentions: every place a sentence names a possible actor (a proper-name run, a title, a demonym,
// a capital or seat of government used as an agent, a named group, a pronoun), classified.
import type { Sentence, Token } from './parse';
import { countryByCapital, countryByDemonym, countryByName, nameKeyOf } from './lexicon/countries';
import { NEWS_AGENCIES, ORGANIZATIONS, ORG_HEAD_WORDS, ORG_SEATS, SEATS_OF_GOVERNMENT } from './lexicon/organizations';
import { GROUPS, HONORIFICS, PERSON_PRONOUNS, THING_PRONOUNS, TITLE_WORDS } from './lexicon/people';

export type MentionKind = 'person' | 'organization' | 'country' | 'group' | 'demonym' | 'title' | 'pronoun';

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
  /** country code from a demonym or a country in the title */
  affiliation?: string;
  possessive?: boolean;
}

/** Words that join parts of one name ("Bank of England", "Osama bin Laden"). */
const NAME_JOINERS = new Set(['of', 'for', 'de', 'del', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'y', 'the']);
/** Prepositions that make a following capital a place, not an agent ("troops near Moscow"). */
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'through', 'within', 'inside', 'over', 'between', 'on', 'off', 'of', 'past', 'reach', 'reached', 'visited', 'visit', 'visiting', 'arrived', 'leave', 'left']);
/** Punctuation after a word that ends a name run. */
const RUN_BREAK = /[,.;:!?()\[\]"“”—–]|\s-\s/;
const ORG_BY_KEY = new Map<string, string>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) ORG_BY_KEY.set(nameKeyOf(n), o.name);
const SEAT_KEYS = new Map(Object.entries(SEATS_OF_GOVERNMENT));

const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text) || /^[“"‘'(]?\p{Lu}/u.test(t.text);
const bare = (t: Token) => t.text.replace(/^[“"‘'(]+/, '').replace(/[’']s$/, '').replace(/[”"’')]+$/, '');
const plain = (t: Token) => bare(t).replace(/\./g, '').toLowerCase();
const isPossessive = (t: Token) => /\p{L}[’']s?$/u.test(t.text) && !/^\p{Lu}[’']/u.test(t.text);
const isAbbrev = (t: Token) => HONORIFICS.has(plain(t)) || t.tags.has('Abbreviation') || /^(\p{Lu}\.)+\p{Lu}?$/u.test(t.text + t.post.trim());
const breaksAfter = (t: Token) => (RUN_BREAK.test(t.post) && !(t.post.trim() === '.' && isAbbrev(t))) || /[”"’]$/.test(t.text) && !/[’']s$/.test(t.text);
const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.+-]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s.replace(/\./g, ''));

export function findMentions(sentences: Sentence[], exclude: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) out.push(...sentenceMentions(s, exclude));
  return out;
}

function sentenceMentions(s: Sentence, exclude: Set<string>): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const low = plain(t);
    // the West, protesters…
    const two = i + 1 < toks.length ? `${low} ${plain(toks[i + 1]!)}` : '';
    if (GROUPS[two]) { out.push(mk(s, 'group', i, i + 2, GROUPS[two]!, `group:${GROUPS[two]}`)); i += 2; continue; }
    if (GROUPS[low] && !isCap(t) || (GROUPS[low] && /^(Democrats|Republicans|Conservatives)$/.test(bare(t)))) {
      out.push(mk(s, 'group', i, i + 1, GROUPS[low]!, `group:${GROUPS[low]}`)); i++; continue;
    }
    if (PERSON_PRONOUNS.has(low) || THING_PRONOUNS.has(low)) { out.push(mk(s, 'pronoun', i, i + 1, low, `pronoun:${low}`)); i++; continue; }
    if (!isCap(t) || t.tags.has('Date') || t.tags.has('Value')) { i++; continue; }
    // a run of capitalised words, with joiners inside
    let j = i + 1;
    if (!breaksAfter(t) && !isPossessive(t)) {
      while (j < toks.length) {
        const u = toks[j]!;
        if (isCap(u) && !u.tags.has('Date') && !/^[“"‘(]/.test(u.text)) {
          j++;
          const next = toks[j];
          // "Fishermen's Association": a possessive inside an organisation's name
          if (isPossessive(u) && next && isCap(next) && ORG_HEAD_WORDS.has(plain(next))) continue;
          if (breaksAfter(u) || isPossessive(u)) break;
          continue;
        }
        if (NAME_JOINERS.has(u.normal) && j + 1 < toks.length && isCap(toks[j + 1]!) && !breaksAfter(u) && u.normal !== 'and') { j++; continue; }
        break;
      }
    }
    const m = classify(s, i, j, exclude);
    out.push(...m);
    i = j;
  }
  return out;
}

function mk(s: Sentence, kind: MentionKind, start: number, end: number, name: string, key: string, extra: Partial<Mention> = {}): Mention {
  const surface = s.tokens.slice(start, end).map((t, k, a) => (k === a.length - 1 ? bare(t) : t.text.replace(/^[“"‘(]+/, '') + t.post)).join('').trim();
  return { kind, surface, name, sentence: s, start, end, key, possessive: isPossessive(s.tokens[end - 1]!), ...extra };
}

/** Classifies the run toks[start, end): may yield a demonym / title mention and a name mention. */
function classify(s: Sentence, start: number, end: number, exclude: Set<string>): Mention[] {
  const toks = s.tokens;
  let a = start;
  // "The", sentence-initial common words ("Tens of thousands")
  while (a < end && (toks[a]!.tags.has('Determiner') || (a === 0 && !toks[a]!.tags.has('ProperNoun') && !TITLE_WORDS.has(plain(toks[a]!)) && !HONORIFICS.has(plain(toks[a]!)) && !countryByDemonym(bare(toks[a]!)) && !countryByName(bare(toks[a]!)) && !isAcronym(bare(toks[a]!))))) a++;
  if (a >= end) return [];
  const out: Mention[] = [];
  const whole = a; // where the person's full form starts ("Russian President Vladimir Putin")
  // "Norwegian Fishermen's Association", "Russian Orthodox Church": the demonym is part of an organisation's name
  const lastTok = toks[end - 1]!;
  if (end - a >= 2 && ORG_HEAD_WORDS.has(plain(lastTok)) && countryByDemonym(bare(toks[a]!)) && !TITLE_WORDS.has(plain(toks[a + 1]!))) {
    const nameToks = toks.slice(a, end);
    const name = nameToks.map((t, k) => (k === nameToks.length - 1 ? bare(t) : t.text + t.post)).join('').trim();
    return [mk(s, 'organization', a, end, name, `org:${nameKeyOf(name)}`, { affiliation: countryByDemonym(bare(toks[a]!))!.code })];
  }
  // demonym or country before a title: "Russian President", "U.S. Secretary of State"
  let affiliation: string | undefined;
  const first = bare(toks[a]!);
  const dem = countryByDemonym(first);
  const lead = dem ?? (a + 1 < end && TITLE_WORDS.has(plain(toks[a + 1]!)) ? countryByName(first) : undefined);
  if (lead && (dem || a + 1 < end)) {
    affiliation = lead.code;
    if (a + 1 >= end || !TITLE_WORDS.has(plain(toks[a + 1]!))) {
      // a bare demonym ("Russian troops") counts toward its country
      out.push(mk(s, 'demonym', a, a + 1, lead.name, `country:${lead.code}`));
      if (a + 1 < end && !TITLE_WORDS.has(plain(toks[a + 1]!))) { a++; return [...out, ...classify(s, a, end, exclude)]; }
      a++;
      if (a >= end) return out;
    } else a++;
  }
  // titles and honorifics
  const roleWords: string[] = [];
  let honorific = false;
  while (a < end) {
    const p = plain(toks[a]!);
    if (HONORIFICS.has(p) && a + 1 < end) { honorific = true; a++; continue; }
    if (TITLE_WORDS.has(p) || (p === 'of' && roleWords.length && a + 1 < end && TITLE_WORDS.has(plain(toks[a + 1]!)))) {
      roleWords.push(bare(toks[a]!)); a++; continue;
    }
    break;
  }
  const role = roleWords.length ? roleWords.join(' ').replace(/\s+of$/, '') : undefined;
  if (a >= end) {
    if (role) out.push(mk(s, 'title', start, end, role, `title:${affiliation ?? ''}:${role.toLowerCase()}`, { role, affiliation }));
    return out;
  }
  const nameToks = toks.slice(a, end);
  const name = nameToks.map((t, k) => (k === nameToks.length - 1 ? bare(t) : t.text + t.post)).join('').trim().replace(/\s+/g, ' ');
  const key = nameKeyOf(name);
  if (!key || exclude.has(key)) return out;
  const prev = a > 0 ? toks[a - 1]! : undefined;
  const locative = !!prev && LOCATIVE.has(prev.normal);
  const extra: { role?: string; affiliation?: string } = { role, affiliation };
  // organisations we know, seats of government, countries, capitals
  const org = ORG_BY_KEY.get(key);
  if (org && !role) { out.push(mk(s, 'organization', a, end, org, `org:${org}`)); return out; }
  const orgSeat = ORG_SEATS[key];
  if (orgSeat && !role && !honorific) {
    if (!locative) out.push(mk(s, 'organization', a, end, orgSeat, `org:${orgSeat}`));
    return out;
  }
  const seat = SEAT_KEYS.get(key);
  if (seat && !locative) { out.push(mk(s, 'country', a, end, name, `country:${seat}`)); return out; }
  const country = countryByName(name);
  if (country && !role && !honorific) {
    // "Russia", "the U.S." — a place or an agent, a country either way
    out.push(mk(s, 'country', a, end, country.name, `country:${country.code}`)); return out;
  }
  const capital = countryByCapital(name);
  if (capital && !role && !honorific && nameToks.length <= 2) {
    if (!locative) out.push(mk(s, 'country', a, end, capital.name, `country:${capital.code}`));
    return out;
  }
  if (NEWS_AGENCIES.has(key)) return out;
  const tags = new Set(nameToks.flatMap((t) => [...t.tags]));
  const last = plain(nameToks[nameToks.length - 1]!);
  if (!role && !honorific && (ORG_HEAD_WORDS.has(last) || tags.has('Organization') || isAcronym(name))) {
    out.push(mk(s, 'organization', a, end, name, `org:${key}`, extra)); return out;
  }
  if (!role && !honorific) {
    const before = lowercaseTitle(s, whole);
    if (before) { extra.role = before.role; extra.affiliation ??= before.affiliation; }
  }
  if (extra.role || honorific || tags.has('Person') || tags.has('FirstName') || tags.has('LastName')) {
    if (tags.has('Place') && !role && !honorific && !tags.has('Person')) return out;
    out.push(mk(s, 'person', whole, end, name, `person:${key}`, extra)); return out;
  }
  if (nameToks.length >= 2 && nameToks.length <= 3 && nameToks.every((t) => t.tags.has('ProperNoun')) && !tags.has('Place') && !tags.has('Date')) {
    out.push(mk(s, 'person', a, end, name, `person:${key}`, extra));
  }
  return out;
}

/** A title written in lower case before a name ("EU fisheries commissioner Tomas Brandt"). */
function lowercaseTitle(s: Sentence, start: number): { role: string; affiliation?: string } | null {
  const words: string[] = [];
  let k = start - 1;
  while (k >= 0 && !isCap(s.tokens[k]!) && TITLE_WORDS.has(plain(s.tokens[k]!)) && !breaksAfter(s.tokens[k]!)) { words.unshift(bare(s.tokens[k]!)); k--; }
  if (!words.length || !words.some((w) => ROLE_HEADS.has(w.toLowerCase()))) return null;
  const prev = k >= 0 ? bare(s.tokens[k]!) : '';
  const country = prev ? countryByDemonym(prev) ?? countryByName(prev) : undefined;
  const role = words.join(' ');
  return { role: role[0]!.toUpperCase() + role.slice(1), affiliation: country?.code };
}

/** Title words that can end a role ("minister", not "foreign"). */
const ROLE_HEADS = new Set(['president', 'minister', 'premier', 'chancellor', 'secretary', 'commissioner', 'governor', 'senator', 'mayor', 'judge', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'speaker', 'ceo', 'executive', 'king', 'queen', 'prince', 'general', 'commander', 'chief', 'founder', 'coach', 'manager', 'professor']);
