// Who demands: the subject before a verb, the owner of a noun, the speaker of a quotation.
import type { Sentence, Token } from '../parse';
import type { ActorRecord } from '../actors';
import { type Placed, word } from './common';

/** Verbs of saying that attribute a quotation or a clause to a speaker. */
const SAYING = /^(said|says|say|told|tells|added|adds|stated|states|wrote|writes|tweeted|posted|declared|insisted|argued|warned|urged|chanted|shouted|yelled|sang|chant|chants|recounted|recalled|explained|announced|replied|responded|continued)$/i;

/** Prepositions before a mention make it a complement, not a subject ("the leader of the PPP urged"). */
const PREPOSITIONS = new Set(['of', 'in', 'for', 'with', 'from', 'at', 'on', 'to', 'by', 'about', 'against', 'over', 'under', 'between', 'into', 'near', 'after', 'before', 'than', 'like', 'among', 'across', 'through', 'throughout', 'around', 'outside', 'inside', 'within', 'toward', 'towards', 'via', 'beyond', 'upon', 'onto', 'amid', 'despite', 'without', 'during']);

/** The demander of a noun trigger: "Russia's demands", "demands from UNITA", "the American demand", "X made a demand". */
export function nounOwner(s: Sentence, at: number, end: number, placed: Placed[]): ActorRecord | undefined {
  const poss = placed.filter((p) => p.end <= at && at - p.end < 25 && (p.m.possessive || p.m.kind === 'demonym' || /^\s*(?:tariff|trade|security|peace|pay|wage|key|main|new|latest)?\s*$/i.test(s.text.slice(p.end, at)))).at(-1);
  if (poss) return poss.r;
  const from = /^\s*(?:from|by|of)\s/i.test(s.text.slice(end)) ? placed.find((p) => p.at > end && p.at - end < 14) : undefined;
  if (from && !/^\s*of\s/i.test(s.text.slice(end))) return from.r;
  const subj = placed.filter((p) => p.end <= at && at - p.end < 60 && !precededByPreposition(s, p)).at(-1);
  if (subj && /\b(made|issued|repeated|reiterated|renewed|has|have|had|sent|delivered|voiced|presented|put forward|submitted|filed|led|backed|moved|moves|tabled|raised|sponsored)\b/i.test(s.text.slice(subj.end, at))) return subj.r;
  // "Apple is a strong advocate for …": the subject of a copula before an agent noun
  if (subj && /^advocate/i.test(s.text.slice(at)) && /^\s*(?:is|was|are|were|has been|have been)\s+(?:a|an|the)\s+(?:\w+\s+)?$/i.test(s.text.slice(subj.end, at))) return subj.r;
  return undefined;
}

/** Most tokens between a subject and its verb ("Parata and his family believe", "the ministry has also suspended"). */
const SUBJECT_VERB_GAP = 3;
/** Quantities whose "of" does not make a prepositional phrase: "thousands of teachers rallied". */
const QUANTITY = /^(percent|thousands|hundreds|dozens|millions|scores|crowds|groups|group|number|lot|lots|majority|most|many|some|all|several|members|hundred|thousand|dozen)$/i;

export function precededByPreposition(s: Sentence, p: Placed): boolean {
  const prev = p.m.start > 0 ? s.tokens[p.m.start - 1]! : undefined;
  const prev2 = p.m.start > 1 ? s.tokens[p.m.start - 2]! : undefined;
  if (prev?.normal === 'of' && prev2 && QUANTITY.test(prev2.normal)) return false;
  if (prev && /\S/.test(prev.post)) return false; // '… the convoys through," Ana Petrovic said': punctuation ends the phrase
  if (prev && /[’']s$/i.test(prev.text)) {
    // "at Mugabe's Blue House": a possessor's phrase after a preposition
    for (let k = p.m.start - 2; k >= 0 && k >= p.m.start - 4; k--) {
      const t = s.tokens[k]!;
      if (PREPOSITIONS.has(t.normal)) return true;
      if (!/^\p{Lu}/u.test(t.text) || /\S/.test(t.post)) break;
    }
  }
  return !!prev && (PREPOSITIONS.has(prev.normal) || (prev.tags.has('Determiner') && !!prev2 && PREPOSITIONS.has(prev2.normal)));
}

/**
 * "Americans say they want …", "Volker said he …": a pronoun right after a verb of saying is its
 * subject's; the actor the pronoun was resolved to may be another.
 */
function reportedPronoun(s: Sentence, p: Placed, placed: Placed[]): Placed {
  if (p.m.kind !== 'pronoun' || p.m.start < 1) return p;
  let k = p.m.start - 1;
  if (s.tokens[k]!.normal === 'that' && k > 0) k--;
  const say = s.tokens[k]!;
  if (!SAYING.test(word(say)) || !say.tags.has('Verb')) return p;
  const subj = placed.filter((q) => q.m.end <= k && k - q.m.end <= 2 && q.m.kind !== 'pronoun' && !precededByPreposition(s, q)).at(-1);
  return subj ?? p;
}

/**
 * The grammatical subject of a verb trigger: the last actor before it that is not inside a
 * prepositional phrase and with no other verb between them (auxiliaries, modals, adverbs and
 * appositions may stand between: "Han Dong-hoon, the leader of the PPP, urged Yoon").
 */
export function subjectBefore(s: Sentence, i: number, at: number, offsets: number[], placed: Placed[]): ActorRecord | undefined {
  const cands = placed.filter((p) => p.end <= at && !precededByPreposition(s, p)).reverse();
  // "rallied … to call for", ", calling for": the trigger hangs on the main verb, whose subject is the demander's
  const prevTok = i > 0 ? s.tokens[i - 1]! : undefined;
  const isMainVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula') &&
    !/^(been|also|continued|continues|repeatedly|again|has|have|had)$/i.test(t.normal);
  // ", demanding N500m": a participle's demander is the main clause's subject, before its verb
  // ("The union sued the state, demanding …"), never the main verb's object
  const prev2 = i > 1 ? s.tokens[i - 2] : undefined;
  const participle = /ing$/i.test(s.tokens[i]!.normal) && (/,\s*$/.test(prevTok?.post ?? '') ||
    /^(while|by)$/.test(prevTok?.normal ?? '') && !!prev2);
  if (participle) {
    for (const p of cands) {
      const verbs = s.tokens.slice(p.m.end, i).filter(isMainVerb).length;
      if (verbs === 1) return firstConjunct(s, p, cands).r;
      if (verbs > 1) break;
    }
    // a longer main clause ("Apple has gone well beyond …, challenging itself …, while encouraging suppliers …"):
    // the actor that opens the sentence as its subject
    const opener = cands.at(-1);
    if (opener && s.tokens.slice(0, opener.m.start).every((t) => t.tags.has('Determiner'))) return opener.r;
    return undefined;
  }
  // "suspended three commanders and requested …", "Parata and his family believe … and want …": the subject of a
  // verb before the "and" — the nearest actor a verb follows closely (not an object of that verb)
  if (prevTok?.normal === 'and') {
    for (const p of cands) {
      const between = s.tokens.slice(p.m.end, i);
      const first = between.findIndex(isMainVerb);
      if (first >= 0 && first <= SUBJECT_VERB_GAP) return firstConjunct(s, p, cands).r;
    }
    return undefined;
  }
  // "to call for" hangs on a main verb
  let allowed = prevTok?.normal === 'to' ? 1 : 0;
  for (const p of cands) {
    let ok = true;
    let depth = 0; // inside an apposition between commas
    for (let k = p.m.end; k < i; k++) {
      const t = s.tokens[k]!;
      // the comma that opens an apposition ends a word still read ("I said, ‘Tell them …’": "said" counts)
      const inside = depth;
      if (/,/.test(t.post)) depth = depth ? 0 : 1;
      if (inside) continue;
      // "teachers wearing red surrounded …": a participle right after the subject describes it
      if (k === p.m.end && t.tags.has('Gerund')) continue;
      if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula') &&
          !/^(been|also|continued|continues|repeatedly|again|has|have|had)$/i.test(t.normal)) {
        if (allowed-- > 0) continue;
        ok = false; break;
      }
    }
    if (ok) return reportedPronoun(s, firstConjunct(s, p, cands), placed).r;
    break; // the nearest candidate is behind another verb: the subject is not in this clause
  }
  return undefined;
}

/** Words that are prepositions or conjunctions: "after police said …" opens a clause, "after the talks" does not. */
const CONJUNCTION_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as']);

/** "This comes after police said …": a mention after a conjunction, right before its verb of saying, is its subject. */
function opensClause(s: Sentence, p: Placed, sayAt: number): boolean {
  const prev = p.m.start > 0 ? s.tokens[p.m.start - 1]! : undefined;
  return !!prev && CONJUNCTION_PREPOSITIONS.has(prev.normal) && /^\s*$/.test(s.text.slice(p.end, sayAt));
}

/** "Robert Mugabe and wife Grace are insisting": of coordinated subjects, the first one named. */
function firstConjunct(s: Sentence, p: Placed, cands: Placed[]): Placed {
  let cur = p;
  for (const q of cands) {
    if (q.end > cur.at) continue;
    const between = s.tokens.slice(q.m.end, cur.m.start);
    if (between.length > 0 && between.length <= 3 && between[0]!.normal === 'and' && between.slice(1).every((t) => !t.tags.has('Verb'))) cur = q;
    else break;
  }
  return cur;
}

/** The speaker of a quotation or reported clause: `"…," the Kremlin said` / `X said (that) …` / `said X`. */
export function speakerOf(s: Sentence, at: number, offsets: number[], placed: Placed[]): ActorRecord | undefined {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!SAYING.test(word(t)) || !t.tags.has('Verb')) continue;
    const sayAt = offsets[k]!;
    if (isQuoted(s.text, sayAt)) continue; // "I said" inside a quotation is the quoted speaker's own telling
    // the speaker stands right before "said" (subject) or right after it ("said the ministry")
    const subj = placed.filter((p) => p.end <= sayAt && sayAt - p.end < 30 && (!precededByPreposition(s, p) || opensClause(s, p, sayAt)) && !/[”"]/.test(s.text.slice(p.end, sayAt))).at(-1);
    // and not inside a quotation that opens after the verb ("I said, ‘Tell them to …’")
    const inv = placed.find((p) => p.at > sayAt && p.at - sayAt < 25 && INVERTED_SPEAKER_END.test(s.text.slice(p.end)) && !/[“"‘]/.test(s.text.slice(sayAt, p.at)));
    const speaker = subj ?? inv;
    if (!speaker) continue;
    // the trigger is in what was said: after "said (that)", or inside quotation marks
    const quoted = isQuoted(s.text, at);
    if (quoted || at > sayAt) return speaker.r;
  }
  return undefined;
}

/**
 * Sentences inside a quotation that spans several sentences of a paragraph, with the speaker its
 * attribution names (where the quotation closes: '…," Robertson said', or where it opens:
 * 'Robertson said: "…').
 */
export function quotationSpeakers(sentences: Sentence[], offsetsOf: Map<Sentence, number[]>, placedOf: Map<Sentence, Placed[]>): Map<Sentence, ActorRecord> {
  const out = new Map<Sentence, ActorRecord>();
  let block: Sentence[] = [];
  let depth = 0;
  let paragraph = -2;
  const close = () => {
    if (block.length > 1) {
      const first = block[0]!, last = block.at(-1)!;
      const speaker = attribution(last, offsetsOf.get(last)!, placedOf.get(last)!) ?? attribution(first, offsetsOf.get(first)!, placedOf.get(first)!);
      if (speaker) for (const s of block) out.set(s, speaker);
    }
    block = [];
  };
  for (const s of sentences) {
    if (s.paragraph !== paragraph) { close(); depth = 0; paragraph = s.paragraph; }
    const opens = (s.text.match(/“/g) ?? []).length, closes = (s.text.match(/”/g) ?? []).length;
    if (depth > 0 || opens > closes) block.push(s);
    depth = Math.max(0, depth + opens - closes);
    if (depth === 0) close();
  }
  close();
  return out;
}

/** What follows an inverted speaker ("…," said the ministry in a statement): not a clause of its own ("said the demonstrators had …"). */
const INVERTED_SPEAKER_END = /^\s*(?:$|[,.;:)(—–-]|["”’]|(?:in|on|at|of|after|before|during|when|while|to|according)\b)/i;
/** Paragraphs a "said:" may introduce (a list of what a leader said). */
const INTRODUCED_MAX_PARAGRAPHS = 8;
/** An embedded tweet's signature: "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019". */
const TWEET_SIGNATURE = /^\s*[—–-]\s*\S[^(]{0,60}\(@\w+\)/;
/** How many paragraphs before its signature a tweet's text may take. */
const TWEET_MAX_PARAGRAPHS = 2;

function paragraphsOf(sentences: Sentence[]): Map<number, Sentence[]> {
  const out = new Map<number, Sentence[]>();
  for (const s of sentences) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s]);
  return out;
}

/**
 * The items of a list a "… also said:" paragraph introduces, with its speaker: the paragraphs
 * after it, up to the first that ends like a sentence of the narrative.
 */
export function listSpeakers(sentences: Sentence[], offsetsOf: Map<Sentence, number[]>, placedOf: Map<Sentence, Placed[]>): Map<Sentence, ActorRecord> {
  const out = new Map<Sentence, ActorRecord>();
  const byParagraph = paragraphsOf(sentences);
  for (const [p, ss] of byParagraph) {
    const last = ss.at(-1)!;
    if (!/\b(?:said|says|told \S+(?: \S+)?|added|wrote|tweeted):\s*$/i.test(last.text)) continue;
    const speaker = attribution(last, offsetsOf.get(last) ?? [], placedOf.get(last) ?? []);
    for (let q = p + 1; speaker && q <= p + INTRODUCED_MAX_PARAGRAPHS; q++) {
      const items = byParagraph.get(q);
      if (!items || items.length > 1 || /[.!?]["”’]?\s*$/.test(items[0]!.text)) break;
      out.set(items[0]!, speaker);
    }
  }
  return out;
}

/** The paragraphs of an embedded tweet, with the author its "— Name (@handle)" signature names. */
export function tweetSpeakers(sentences: Sentence[], placedOf: Map<Sentence, Placed[]>): Map<Sentence, ActorRecord> {
  const out = new Map<Sentence, ActorRecord>();
  const byParagraph = paragraphsOf(sentences);
  for (const [p, ss] of byParagraph) {
    if (!TWEET_SIGNATURE.test(ss[0]!.text)) continue;
    const sig = (placedOf.get(ss[0]!) ?? [])[0];
    for (let q = p - 1; sig && q >= p - TWEET_MAX_PARAGRAPHS; q--) for (const s of byParagraph.get(q) ?? []) out.set(s, sig.r);
  }
  return out;
}

/** Most sentences a quotation may continue after its attribution ('"…," Trump said. "And I said …"'). */
const CONTINUED_MAX_SENTENCES = 3;

/**
 * Quotations with no attribution of their own that follow one with an attribution: the same
 * speaker goes on ('“My people had $20 billion done,” Mr. Trump recounted. “And I said, ‘I want more.’”').
 */
export function continuedQuotes(sentences: Sentence[], offsetsOf: Map<Sentence, number[]>, placedOf: Map<Sentence, Placed[]>): Map<Sentence, ActorRecord> {
  const out = new Map<Sentence, ActorRecord>();
  let speaker: ActorRecord | undefined;
  let left = 0;
  let open = false; // the continued quotation has not closed yet: its next sentence is in it
  for (const s of sentences) {
    const opensQuote = /^\s*[“"]/.test(s.text);
    const own = /[“”"]/.test(s.text) ? attribution(s, offsetsOf.get(s) ?? [], placedOf.get(s) ?? []) : undefined;
    if (own) { speaker = own; left = CONTINUED_MAX_SENTENCES; open = false; continue; }
    if (speaker && left > 0 && (opensQuote || open)) {
      out.set(s, speaker);
      left--;
      open = (s.text.match(/“/g) ?? []).length + (open ? 1 : 0) > (s.text.match(/”/g) ?? []).length;
      continue;
    }
    speaker = undefined;
  }
  return out;
}

/** Nouns of a decree or statement that may "order" or "call for" in an actor's name. */
const DOCUMENT_NOUN = /^(decrees?|proclamations?|orders?|statements?|declarations?|resolutions?|letters?|rulings?|directives?|laws?|bills?|communiqués?|communiques?)$/i;
/** How many words may open a sentence before its document noun ("A martial law proclamation"). */
const DOCUMENT_SUBJECT_WORDS = 4;

/**
 * "A martial law proclamation issued after Yoon's address banned … . It also ordered …": a
 * sentence opening with "It" after one whose subject is a document: the one actor named in that
 * subject's phrase (before the document's main verb) issued it.
 */
export function documentOwners(sentences: Sentence[], placedOf: Map<Sentence, Placed[]>): Map<Sentence, ActorRecord> {
  const out = new Map<Sentence, ActorRecord>();
  sentences.forEach((s, n) => {
    const prev = sentences[n - 1];
    if (!prev || s.tokens[0]?.normal !== 'it') return;
    const doc = prev.tokens.slice(0, DOCUMENT_SUBJECT_WORDS + 1).findIndex((t) => DOCUMENT_NOUN.test(word(t)));
    if (doc < 0) return;
    // the phrase runs to the first finite verb after the noun that is not its participle ("issued after …")
    let end = doc + 1;
    while (end < prev.tokens.length && !(prev.tokens[end]!.tags.has('Verb') && prev.tokens[end]!.tags.has('PastTense') && end > doc + 1 &&
      !/^(after|by|on|in)$/i.test(prev.tokens[end + 1]?.normal ?? ''))) end++;
    const owners = new Set((placedOf.get(prev) ?? []).filter((p) => p.m.start > doc && p.m.end <= end && !p.m.locative).map((p) => p.r));
    if (owners.size === 1) out.set(s, [...owners][0]!);
  });
  return out;
}

/** The speaker a sentence's verb of saying names, if any. */
export function attribution(s: Sentence, offsets: number[], placed: Placed[]): ActorRecord | undefined {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!SAYING.test(word(t)) || !t.tags.has('Verb')) continue;
    const sayAt = offsets[k]!;
    if (isQuoted(s.text, sayAt)) continue; // "I said" inside a quotation is the quoted speaker's own telling
    const subj = placed.filter((p) => p.end <= sayAt && sayAt - p.end < 30 && !precededByPreposition(s, p) && !/[“]/.test(s.text.slice(p.end, sayAt))).at(-1);
    const inv = placed.find((p) => p.at > sayAt && p.at - sayAt < 25);
    const speaker = subj ?? inv;
    if (speaker) return speaker.r;
  }
  return undefined;
}

export function isQuoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return open > 0 || straight % 2 === 1;
}
