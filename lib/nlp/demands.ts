// Demands: who demands what of whom. A trigger (a verb, a noun, or a "must" in reported speech),
// its demander (the subject before it, a possessor, the speaker of a quotation, a resolved
// pronoun), its addressee and its content.
import type { Demand } from '../types';
import type { Sentence, Token } from './parse';
import type { Mention } from './mentions';
import type { ActorIndex, ActorRecord } from './actors';

/** Verbs whose object or complement is the demand ("demanded a recount", "called for talks"). */
export const COMPLEMENT_VERBS = /^(adamant|insistent|demand(s|ed|ing)?|call(s|ed|ing)?|urg(e|es|ed|ing)|insist(s|ed|ing)?|ask(s|ed|ing)?|request(s|ed|ing)?|press(es|ed|ing)?|push(es|ed|ing)?|seek(s|ing)?|sought|want(s|ed|ing)?|appeal(s|ed|ing)?|plead(s|ed|ing)?|pled|lobb(y|ies|ied|ying)|advocat(e|es|ed|ing)|petition(s|ed|ing)?)$/i;
/** Verbs that are a demand only when addressed: "told X to", "ordered X to", "warned X not to". */
export const ADDRESSED_VERBS = /^(t(old|ell|ells|elling)|coerc(e|es|ed|ing)|order(s|ed|ing)?|instruct(s|ed|ing)?|direct(s|ed|ing)?|summon(s|ed|ing)?|beg(s|ged|ging)?|implor(e|es|ed|ing)|encourag(e|es|ed|ing)|warn(s|ed|ing)?|advis(e|es|ed|ing)|pressur(e|es|ed|ing)|forc(e|es|ed|ing)|persuad(e|es|ed|ing)|challeng(e|es|ed|ing)|invit(e|es|ed|ing))$/i;
/** Particles a complement verb takes before its content ("call for", "insist on", "push for"). */
const COMPLEMENT_PARTICLE = /^\s*(?:for|on|upon|that)\b/i;
/** Verbs of this list need a particle to be a demand ("called for", not "called him"). */
const NEEDS_PARTICLE = /^(call|insist|press|push|appeal|plead|pled|lobb|advocat|ask)/i;
/** Nouns that name a demand: "Russia's demands included …", "a call for …", "the request to …". */
export const DEMAND_NOUN = /^(demands?|calls?|appeals?|requests?|ultimatums?|pleas?|petitions?|directives?|instructions?)$/i;
/** Deontic modals that make reported speech a demand: "The regime must take responsibility," he said. */
const MODAL_DEMAND = /\b(must(?! have)|should(?! have)|needs? to|has to|have to|ought to)\s+(?:not\s+)?(\w+)/gi;
/** Verbs of saying that attribute a quotation or a clause to a speaker. */
const SAYING = /^(said|says|say|told|tells|added|adds|stated|states|wrote|writes|tweeted|posted|declared|insisted|argued|warned|urged|chanted|shouted|yelled|sang|chant|chants)$/i;
/** A negation just before the trigger makes it no demand. */
const NEGATION = /(?:\b(?:not|never|no longer|refused to|declined to|denied|nobody|no one|none)|n[’']t)\s+(\w+\s+){0,2}$/i;
/** A modal or condition just before the trigger makes it hypothetical. */
const HYPOTHETICAL = /\b(would|could|might|may|if|whether|unless|will|going to|expected to|likely to|set to)\s+(\w+\s+){0,2}$/i;
/** Prepositions before a mention make it a complement, not a subject ("the leader of the PPP urged"). */
const PREPOSITIONS = new Set(['of', 'in', 'for', 'with', 'from', 'at', 'on', 'to', 'by', 'about', 'against', 'over', 'under', 'between', 'into', 'near', 'after', 'before', 'than', 'like', 'among', 'across', 'through', 'throughout', 'around', 'outside', 'inside', 'within', 'toward', 'towards', 'via', 'beyond', 'upon', 'onto', 'amid', 'despite', 'without', 'during']);
/** Verbs of policy and negotiation: wanting to do them is a position, not a wish. */
const POLICY_VERBS = /^(make|pass|cut|raise|ban|end|stop|impose|lift|remove|change|reform|repeal|keep|extend|expand|reduce|increase|build|launch|hold|open|close|negotiate|return|join|leave|scrap|withdraw|abolish|introduce|restore|protect|limit|cap|freeze|block|allow|force|replace|fund|hire|fire|sell|buy|acquire|merge|sanction|punish|prosecute|investigate|impeach|remove|resume|renegotiate|renew|secure|guarantee)$/i;
/** Subjects of a "must" that make it a reflection, not a demand of anyone ("we must ask"). */
const MODAL_NON_SUBJECTS = /(?:^|\s)(?:we|i|you|it|there|this|that|one|they|he|she|everyone|everybody|people|nobody|things?)\s*$/i;
/** First-person subjects: a quotation's speaker speaking of their own side ("we want …"). */
const FIRST_PERSON = /^(i|we)$/i;
/** What follows "insist that" when it asserts a fact rather than demands ("insisted that the jury was still out"). */
const ASSERTION = /^\s*(?:\S+\s+){0,5}?(?:was|were|is|are|had|has|will|would|did)\b/i;
/** Where a demand's content ends. */
const CONTENT_END = /(,\s*(?:as|while|but|which|who|when|after|before|amid|saying|adding|according|instead|rather|despite|although|though|even|\w+ing)\b|\s+and\s+(?:said|says|added|warned|told|called|insisted)\b|\s+(?:amid|while)\s|\s+as\s+(?!a\b|an\b|part\b|well\b|soon\b|possible\b|much\b|many\b|quickly\b|early\b|long\b)|,\s*["”]?\s*(?:[\w’'-]+\s+){0,5}(?:said|says|told|added|reported|wrote)\b|[;!?](?:\s|$)|\.\s*["”’]?\s*$|\s[—–]\s|,?\s*["”](?=\s|$|,))/i;
/** A comma before a capitalised word starts another clause or an apposition ("…, Steelers captain Cam Heyward"). */
const COMMA_CLAUSE = /,\s+(?=\p{Lu})(?!U\.?S\.?\b|U\.?N\.?\b|EU\b)/u;
/** A sentence boundary inside one parsed "sentence" (compromise keeps a quotation of several sentences whole). */
const SENTENCE_BREAK = /(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|vs|Inc|Co|Corp))[.!?]\s+(?=[“"‘]?\p{Lu})/u;
/** The content is cut to this many words, at a word boundary. */
const MAX_CONTENT_WORDS = 14;
/** How far (in characters) an addressee may stand after the trigger ("urged the European Commission to"). */
const ADDRESSEE_SPAN = 60;

export interface DemandRecord {
  actor: ActorRecord;
  targets: ActorRecord[];
  demand: string;
  evidence: string;
  trigger: string;
  sentence: Sentence;
}

interface Placed { m: Mention; r: ActorRecord; at: number; end: number }

export function findDemands(sentences: Sentence[], mentions: Mention[], index: ActorIndex): DemandRecord[] {
  const bySentence = new Map<Sentence, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const out: DemandRecord[] = [];
  const offsetsOf = new Map<Sentence, number[]>();
  const placedOf = new Map<Sentence, Placed[]>();
  for (const s of sentences) {
    const offsets = tokenOffsets(s);
    offsetsOf.set(s, offsets);
    placedOf.set(s, (bySentence.get(s) ?? []).filter((m) => index.of.has(m)).map((m) => ({
      m, r: index.of.get(m)!, at: offsets[m.start] ?? 0, end: (offsets[m.end - 1] ?? 0) + s.tokens[m.end - 1]!.text.length,
    })));
  }
  const quoted = quotationSpeakers(sentences, offsetsOf, placedOf);
  for (const s of sentences) {
    if (/\?\s*["”’]?\s*$/.test(s.text)) continue; // a question asks, it does not report a demand
    const offsets = offsetsOf.get(s)!;
    const placed = placedOf.get(s)!;
    const found: DemandRecord[] = [];
    s.tokens.forEach((t, i) => {
      const d = readTrigger(s, i, offsets, placed, quoted.get(s));
      if (d) found.push(d);
    });
    if (!found.length) found.push(...modalDemands(s, offsets, placed, quoted.get(s)));
    if (!found.length) found.push(...imperativeQuotes(s, offsets, placed));
    out.push(...found.flatMap(split));
  }
  return dedupe(out);
}

/** Character offset of each token in its sentence's text. */
function tokenOffsets(s: Sentence): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const t of s.tokens) {
    const at = s.text.indexOf(t.text, pos);
    out.push(at >= 0 ? at : pos);
    if (at >= 0) pos = at + t.text.length;
  }
  return out;
}

const word = (t: Token) => t.text.replace(/^[“"‘'(]+|[”"’')]+$/g, '').replace(/[.,;:!?]+$/, '');

function readTrigger(s: Sentence, i: number, offsets: number[], placed: Placed[], quoteSpeaker?: ActorRecord): DemandRecord | null {
  const t = s.tokens[i]!;
  const w = word(t);
  const at = offsets[i]!;
  const end = at + t.text.length;
  const before = s.text.slice(0, at);
  const after = s.text.slice(end).replace(/[“”"‘]/g, ' ').replace(/\s+/g, ' ');
  // a noun after a determiner or possessive, or a plural after a preposition ("conceded to demands from UNITA";
  // "to demand" is a verb)
  const isNoun = DEMAND_NOUN.test(w) && (t.tags.has('Noun') || /\b(the|a|an|its|their|his|her|our|this|these|those)\s+$/i.test(before.slice(-8)) ||
    /[’']s\s+$/.test(before) || (/s$/i.test(w) && /\b(to|of|with|for|by)\s+$/i.test(before.slice(-6))));
  // compromise sometimes tags "pressing" or "urged" as an adjective: the form decides
  const verbal = t.tags.has('Verb') || (/(ing|ed)$/i.test(w) && !t.tags.has('Noun'));
  const isComplement = !isNoun && COMPLEMENT_VERBS.test(w) && (verbal || (/^(adamant|insistent)$/i.test(w) && /^\s+(?:that|on)\b/i.test(s.text.slice(offsets[i]! + t.text.length))));
  const isAddressed = !isNoun && !isComplement && ADDRESSED_VERBS.test(w) && verbal;
  const wouldLike = /^like$/i.test(w) && /\bwould\s+$/i.test(before) && /^\s+(?:to\s+see\s+|\S+\s+to\s+)/i.test(after);
  // an ultimatum: "threatened to block the deal unless Stockholm extradited the suspects"
  const unless = /^threat(en|ens|ened|ening)$/i.test(w) ? s.text.slice(end).search(/\bunless\b/i) : -1;
  if (unless >= 0 && !NEGATION.test(before)) {
    const actor = subjectBefore(s, i, at, offsets, placed);
    const cond = readContent(s.text.slice(end + unless + 'unless'.length));
    if (actor && cond) {
      const condAt = end + unless;
      const target = placed.find((p) => p.at > condAt && p.at - condAt < 20 && p.r !== actor);
      return { actor, targets: target ? [target.r] : [], demand: cond.text, evidence: s.text, trigger: w, sentence: s };
    }
  }
  if (!isNoun && !isComplement && !isAddressed && !wouldLike) return null;
  if (NEGATION.test(before) || (HYPOTHETICAL.test(before) && !wouldLike)) return null;
  if (/^(calls?|called|calling)$/i.test(w) && !/^\s*(?:for|on|upon)\b/i.test(after)) return null;
  const genericTo = genericAddressee(s, i);
  const genericAddresseeOk = genericTo >= 0;
  // "insisting the 93-year-old finishes his term": a clause without "that"
  const next = s.tokens[i + 1];
  const bareClause = /^insist/i.test(w) && !!next && (next.tags.has('Determiner') || next.tags.has('Pronoun') || next.tags.has('ProperNoun'));
  if (isComplement && NEEDS_PARTICLE.test(w) && !/^(ask)/i.test(w) && !COMPLEMENT_PARTICLE.test(after) && !addressee(after, end, placed) &&
      !(/^(press|push)/i.test(w) && genericAddresseeOk) && !bareClause) return null;
  if (/^want/i.test(w) && /^\s+to\s+(?:know|see|be|do|make sure)\b/i.test(after) && !/^\s+to\s+see\s+\S+\s+\S+/i.test(after)) return null;

  // the addressee: "urged X to", "called on X to", "told X to", "asked X for"
  const addr = addressee(after, end, placed);
  let rest = addr ? s.text.slice(addr.contentAt) : after;
  if (/^\s+by\s+(?:\S+\s+){1,5}?to\s+\w/i.test(after) && /\b(?:was|were|been|being|is|are)\s+$/i.test(before)) rest = after.replace(/^\s+by\s+(?:\S+\s+){1,5}?(to\s+)/i, ' $1');
  if (isAddressed && !addr && !genericAddresseeOk && !/^\s+by\s/i.test(after)) return null;
  if (!isNoun && !addr && genericAddresseeOk && (isAddressed || /^(press|push|call|urg|ask|appeal|plead|beg)/i.test(w))) rest = ' ' + s.text.slice(offsets[genericTo]!);
  if (/^ask/i.test(w) && !addr && !/^\s+(?:for|that)\b/i.test(after) && !/^\s+(?:\S+\s+){1,5}?(?:to|for)\s/i.test(after)) return null;

  // the demander
  let actor: ActorRecord | undefined;
  // passive: "was told by John Bolton to go", "were urged by the union to"
  const passive = /\b(?:was|were|been|being|is|are)\s+$/i.test(before) ? placed.find((p) => p.at > end && p.at - end < 12 && /^\s*by\s/i.test(s.text.slice(end))) : undefined;
  if (passive) actor = passive.r;
  else if (isNoun) actor = nounOwner(s, at, end, placed);
  else actor = subjectBefore(s, i, at, offsets, placed);
  if (!actor && (isNoun || ownSubject(s, i) !== 'other')) actor = speakerOf(s, at, offsets, placed) ?? quoteSpeaker;
  if (!actor) return null;
  if (/^insist/i.test(w) && (ASSERTION.test(rest.replace(/^\s*that\b/i, '')) || reportsPast(s, i))) return null;

  if (wouldLike) rest = rest.replace(/^\s+to\s+see\s+/i, ' ');
  // "reiterated the same demands in a phone call with X": no complement, the demands themselves
  if (isNoun && /^\s*(?:(?:in|at|on|during|after|before|with|as)\s|[.;]\s*$)/i.test(after)) {
    const np = before.match(/(?:the|its|their|his|her|those|these|same|earlier|previous|\s)+$/i)?.[0] ?? ' ';
    rest = ` ${np.trim()} ${w}`.replace(/\s+/g, ' ') + ' ';
    const withX = placed.find((p) => p.at > end && /^\s*(?:in|on|during)?[^.;]{0,40}\bwith\s+(?:\S+\s+){0,3}$/i.test(s.text.slice(end, p.at)));
    if (withX && actor && withX.r !== actor) return { actor, targets: [withX.r], demand: rest.trim(), evidence: s.text, trigger: w, sentence: s };
  }
  const content = readContent(rest);
  if (!content) return null;
  const targets: ActorRecord[] = [];
  if (addr && addr.r !== actor) targets.push(addr.r);
  const contentStart = s.text.length - rest.length;
  for (const p of placed) {
    if (p.at >= contentStart && p.at < contentStart + content.raw.length && p.r !== actor && !targets.includes(p.r) &&
        p.m.kind !== 'pronoun' && p.m.kind !== 'demonym' && !p.m.locative) targets.push(p.r);
  }
  // wanting to do something oneself is a demand when it involves another actor ("wants to launch talks with
  // NATO") or is a policy ("want to make the tax cuts permanent"); not a wish ("wanted to hear about it")
  if (/^want/i.test(w) && !addr && /^\s+to\s/i.test(after) && !targets.length && !POLICY_VERBS.test(after.replace(/^\s+to\s+/i, '').split(/\s+/)[0] ?? '')) return null;
  return { actor, targets: targets.slice(0, 3), demand: content.text, evidence: s.text, trigger: w, sentence: s };
}

/** Does the clause after "insists" report a past fact ("insists he worked through official channels")? */
function reportsPast(s: Sentence, i: number): boolean {
  for (let k = i + 1; k < Math.min(s.tokens.length, i + 7); k++) {
    const t = s.tokens[k]!;
    if (!t.tags.has('Verb')) continue;
    const prev = s.tokens[k - 1]!.normal;
    return t.tags.has('PastTense') && !/^(be|been|being|is|are|was|were)$/.test(prev);
  }
  return false;
}

/**
 * What stands right before a verb trigger when no actor does: 'none' (the trigger opens the
 * clause, or "I"/"we": the speaker), or 'other' (a noun that is not an actor: "the public want").
 */
function ownSubject(s: Sentence, i: number): 'none' | 'other' {
  for (let k = i - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || /^(also|just|still|really|only|now)$/i.test(t.normal)) continue;
    if (FIRST_PERSON.test(t.normal)) return 'none';
    if (t.tags.has('Noun') || t.tags.has('Pronoun')) return 'other';
    return 'none';
  }
  return 'none';
}

/** Words that end an addressee before its "to": a new clause starts there. */
const CLAUSE_WORDS = /^(that|who|which|whether|if|because|and|but|said|says)$/i;
/** Most words an addressee may have ("his team", "the league's disciplinary office"). */
const ADDRESSEE_MAX_WORDS = 5;

/**
 * An addressee that is not an actor ("told reporters to", "warned people not to", "coerce Ukraine
 * into investigating"): up to five words without a verb or a clause word, then "(not) to" + a verb
 * or "into" + an -ing form. Returns the index of the "not"/"to"/"into" token, or -1.
 */
function genericAddressee(s: Sentence, i: number): number {
  const toks = s.tokens;
  for (let k = i + 1; k < toks.length && k <= i + ADDRESSEE_MAX_WORDS + 1; k++) {
    const t = toks[k]!;
    const n = t.normal.replace(/[“”"‘’]/g, '');
    if (k === i + 1 && /^(on|upon|with)$/.test(n)) continue;
    if (k > i + 1 && (n === 'to' || n === 'not' || n === 'into')) {
      const to = n === 'not' ? toks[k + 1] : t;
      const verb = n === 'not' ? toks[k + 2] : toks[k + 1];
      if (!to || !verb) return -1;
      if ((to.normal === 'to' && verb.tags.has('Verb')) || (to.normal === 'into' && /ing$/i.test(verb.normal))) return k;
      return -1;
    }
    if (CLAUSE_WORDS.test(n) || (t.tags.has('Verb') && !t.tags.has('Gerund')) || /[.;:!?]/.test(t.post)) return -1;
  }
  return -1;
}

/** "X to …", "on X to …", "X for …" right after the trigger, X an actor: returns it and where the content starts. */
function addressee(after: string, offset: number, placed: Placed[]): { r: ActorRecord; contentAt: number } | null {
  for (const p of placed) {
    const gap = p.at - offset;
    if (gap < 0 || gap > ADDRESSEE_SPAN || p.m.kind === 'demonym') continue;
    const lead = after.slice(0, gap);
    if (!/^\s*(?:(?:on|upon|with|of|from|to)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(lead) || /\b(?:to|that|for)\s+$/i.test(lead.replace(/^\s*(?:on|upon|with|of|from|to)\s+/i, ''))) continue;
    const tail = after.slice(p.end - offset);
    const m = tail.match(/^(?:\s+(?:and|,)\s+[^,.;]{0,40}?)?\s+((?:not\s+)?to|for)\b/i);
    if (!m) continue;
    return { r: p.r, contentAt: p.end + m.index! + m[0].length - (m[1]!.toLowerCase().startsWith('not') ? m[1]!.length : 0) };
  }
  return null;
}

/** The demander of a noun trigger: "Russia's demands", "demands from UNITA", "the American demand", "X made a demand". */
function nounOwner(s: Sentence, at: number, end: number, placed: Placed[]): ActorRecord | undefined {
  const poss = placed.filter((p) => p.end <= at && at - p.end < 25 && (p.m.possessive || p.m.kind === 'demonym' || /^\s*(?:tariff|trade|security|peace|pay|wage|key|main|new|latest)?\s*$/i.test(s.text.slice(p.end, at)))).at(-1);
  if (poss) return poss.r;
  const from = /^\s*(?:from|by|of)\s/i.test(s.text.slice(end)) ? placed.find((p) => p.at > end && p.at - end < 14) : undefined;
  if (from && !/^\s*of\s/i.test(s.text.slice(end))) return from.r;
  const subj = placed.filter((p) => p.end <= at && at - p.end < 60 && !precededByPreposition(s, p)).at(-1);
  if (subj && /\b(made|issued|repeated|reiterated|renewed|has|have|had|sent|delivered|voiced|presented|put forward|submitted|filed|led|backed)\b/i.test(s.text.slice(subj.end, at))) return subj.r;
  return undefined;
}

/** Quantities whose "of" does not make a prepositional phrase: "thousands of teachers rallied". */
const QUANTITY = /^(thousands|hundreds|dozens|millions|scores|crowds|groups|group|number|lot|lots|majority|most|many|some|all|several|members|hundred|thousand|dozen)$/i;

function precededByPreposition(s: Sentence, p: Placed): boolean {
  const prev = p.m.start > 0 ? s.tokens[p.m.start - 1]! : undefined;
  const prev2 = p.m.start > 1 ? s.tokens[p.m.start - 2]! : undefined;
  if (prev?.normal === 'of' && prev2 && QUANTITY.test(prev2.normal)) return false;
  if (prev && /\S/.test(prev.post)) return false; // '… the convoys through," Ana Petrovic said': punctuation ends the phrase
  return !!prev && (PREPOSITIONS.has(prev.normal) || (prev.tags.has('Determiner') && !!prev2 && PREPOSITIONS.has(prev2.normal)));
}

/**
 * The grammatical subject of a verb trigger: the last actor before it that is not inside a
 * prepositional phrase and with no other verb between them (auxiliaries, modals, adverbs and
 * appositions may stand between: "Han Dong-hoon, the leader of the PPP, urged Yoon").
 */
function subjectBefore(s: Sentence, i: number, at: number, offsets: number[], placed: Placed[]): ActorRecord | undefined {
  const cands = placed.filter((p) => p.end <= at && !precededByPreposition(s, p)).reverse();
  // "rallied … to call for", ", calling for": the trigger hangs on the main verb, whose subject is the demander's
  const prevTok = i > 0 ? s.tokens[i - 1]! : undefined;
  const isMainVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula') &&
    !/^(been|also|continued|continues|repeatedly|again|has|have|had)$/i.test(t.normal);
  // ", demanding N500m": a participle's demander is the main clause's subject, before its verb
  // ("The union sued the state, demanding …"), never the main verb's object
  if (/,\s*$/.test(prevTok?.post ?? '') && /ing$/i.test(s.tokens[i]!.normal)) {
    for (const p of cands) {
      const verbs = s.tokens.slice(p.m.end, i).filter(isMainVerb).length;
      if (verbs === 1) return firstConjunct(s, p, cands).r;
      if (verbs > 1) break;
    }
    return undefined;
  }
  let allowed = prevTok?.normal === 'to' ? 1 : 0;
  for (const p of cands) {
    let ok = true;
    let depth = 0; // inside an apposition between commas
    for (let k = p.m.end; k < i; k++) {
      const t = s.tokens[k]!;
      if (/,/.test(t.post)) depth = depth ? 0 : 1;
      if (depth) continue;
      if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula') &&
          !/^(been|also|continued|continues|repeatedly|again|has|have|had)$/i.test(t.normal)) {
        if (allowed-- > 0) continue;
        ok = false; break;
      }
    }
    if (ok) return firstConjunct(s, p, cands).r;
    break; // the nearest candidate is behind another verb: the subject is not in this clause
  }
  return undefined;
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
function speakerOf(s: Sentence, at: number, offsets: number[], placed: Placed[]): ActorRecord | undefined {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!SAYING.test(word(t)) || !t.tags.has('Verb')) continue;
    const sayAt = offsets[k]!;
    // the speaker stands right before "said" (subject) or right after it ("said the ministry")
    const subj = placed.filter((p) => p.end <= sayAt && sayAt - p.end < 30 && !precededByPreposition(s, p) && !/[”"]/.test(s.text.slice(p.end, sayAt))).at(-1);
    const inv = placed.find((p) => p.at > sayAt && p.at - sayAt < 25);
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
function quotationSpeakers(sentences: Sentence[], offsetsOf: Map<Sentence, number[]>, placedOf: Map<Sentence, Placed[]>): Map<Sentence, ActorRecord> {
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

/** The speaker a sentence's verb of saying names, if any. */
function attribution(s: Sentence, offsets: number[], placed: Placed[]): ActorRecord | undefined {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!SAYING.test(word(t)) || !t.tags.has('Verb')) continue;
    const sayAt = offsets[k]!;
    const subj = placed.filter((p) => p.end <= sayAt && sayAt - p.end < 30 && !precededByPreposition(s, p) && !/[“]/.test(s.text.slice(p.end, sayAt))).at(-1);
    const inv = placed.find((p) => p.at > sayAt && p.at - sayAt < 25);
    const speaker = subj ?? inv;
    if (speaker) return speaker.r;
  }
  return undefined;
}

function isQuoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return open > 0 || straight % 2 === 1;
}

/** Reported "must"/"should": `"The regime must take responsibility," Robertson said.` */
function modalDemands(s: Sentence, offsets: number[], placed: Placed[], quoteSpeaker?: ActorRecord): DemandRecord[] {
  const out: DemandRecord[] = [];
  MODAL_DEMAND.lastIndex = 0;
  for (let m = MODAL_DEMAND.exec(s.text); m; m = MODAL_DEMAND.exec(s.text)) {
    const before = s.text.slice(0, m.index);
    if (HYPOTHETICAL.test(before) || NEGATION.test(before)) continue;
    if (MODAL_NON_SUBJECTS.test(before.replace(/[“"‘]/g, ''))) continue;
    const speaker = speakerOf(s, m.index, offsets, placed) ?? quoteSpeaker;
    if (!speaker) continue;
    // the modal's subject, when it is an actor, is the addressee
    const subj = placed.filter((p) => p.end <= m.index && m.index - p.end < 4).at(-1);
    // the clause ends where the next clause with its own modal begins ("… people and the pressure must …")
    const clause = s.text.slice(m.index + m[0].length - m[2]!.length).replace(/\s+and\s+(?:the\s+)?(?:\S+\s+){0,3}(?:must|should|needs? to|has to|have to)\b[\s\S]*$/i, '');
    const content = readContent(clause);
    if (!content) continue;
    const targets = subj && subj.r !== speaker ? [subj.r] : [];
    out.push({ actor: speaker, targets, demand: content.text, evidence: s.text, trigger: m[1]!, sentence: s });
  }
  return out;
}

/** Verbs that open a quotation without being an order ("Thank you", "Let's see", "Look, …"). */
const NOT_ORDERS = /^(thank|thanks|let|look|see|say|imagine|remember|believe|trust|come|welcome|please|excuse|guess|wait|mind)$/i;

/**
 * A quoted order attributed to a speaker: 'Teachers chanted, "Fund our schools."', '"Tell them to
 * buy larger tractors," he said' — the quotation opens with a verb in its base form.
 */
function imperativeQuotes(s: Sentence, offsets: number[], placed: Placed[]): DemandRecord[] {
  const out: DemandRecord[] = [];
  s.tokens.forEach((t, i) => {
    if (!/[“"]\s*$/.test(t.pre) && !/^[“"]/.test(t.text)) return;
    // the quotation is a whole utterance: it opens the sentence or follows "chanted," / "said:"
    const prevTok = i > 0 ? s.tokens[i - 1]! : undefined;
    if (prevTok && !/[,:]\s*$/.test(prevTok.post + t.pre.replace(/[“"]/g, ''))) return;
    const w = word(t);
    if (!t.tags.has('Verb') || !(t.tags.has('Infinitive') || t.tags.has('Imperative') || (t.tags.has('PresentTense') && !/s$/i.test(w))) ||
        t.tags.has('PastTense') || t.tags.has('Gerund') || t.tags.has('Auxiliary') || t.tags.has('Copula') || NOT_ORDERS.test(w)) return;
    const next = s.tokens[i + 1];
    if (!next || next.tags.has('Verb') && !next.tags.has('Particle')) return; // "Fund our schools", not "Get going"… kept simple
    const at = offsets[i]!;
    const speaker = speakerOf(s, at, offsets, placed) ?? attribution(s, offsets, placed);
    if (!speaker) return;
    const quote = s.text.slice(at).replace(/^[“"]/, '');
    const close = quote.search(/[”"]/);
    const content = readContent(' ' + (close >= 0 ? quote.slice(0, close) : quote));
    if (!content) return;
    out.push({ actor: speaker, targets: [], demand: content.text, evidence: s.text, trigger: w, sentence: s });
  });
  return out;
}

function readContent(rest: string): { text: string; raw: string } | null {
  const cleaned = rest.replace(/^\s*,[^,]{1,40},\s*/, ' ') // "Russia's demands, it said, included …"
    .replace(/^\s*(?:that|for|on|upon|of|from|to|included|include|includes|were|are|was|is|made)\b\s*/i, '')
    .replace(/^\s*(?:that|for|to)\b\s*/i, '');
  const ends = [cleaned.search(CONTENT_END), cleaned.search(COMMA_CLAUSE), cleaned.search(SENTENCE_BREAK)].filter((x) => x >= 0);
  const endAt = ends.length ? Math.min(...ends) : -1;
  const raw = endAt >= 0 ? cleaned.slice(0, endAt) : cleaned;
  let text = raw.replace(/^[\s“"‘'’,:]+|[\s”"’',:]+$/g, '').replace(/[“”"]/g, '');
  if (!text || text.split(/\s+/).length < 2) return null;
  const words = text.split(/\s+/);
  if (words.length > MAX_CONTENT_WORDS) text = words.slice(0, MAX_CONTENT_WORDS).join(' ') + '…';
  return { text, raw };
}

/** Two demands joined in one complement: "stopping NATO from expanding east and the deployment of weapons". */
function split(d: DemandRecord): DemandRecord[] {
  if (/^(must|should|needs? to|has to|have to|ought to)$/i.test(d.trigger)) return [d]; // a modal's content is one clause
  const parts = d.demand.replace(/…$/, '').split(/,?\s+and\s+(?=(?:the|a|an|an end|for|\w+ing)\s)/i).map((p) => p.replace(/^for\s+/i, ''));
  if (parts.length !== 2 || parts.some((p) => p.split(/\s+/).length < 3)) return [d];
  return parts.map((p) => ({ ...d, demand: p.trim() }));
}

/** One entry per demand: the same demander asking the same thing (headline, lead and body repeat it). */
function dedupe(ds: DemandRecord[]): DemandRecord[] {
  const out: DemandRecord[] = [];
  for (const d of ds) {
    const i = out.findIndex((o) => same(o.actor, d.actor) && (
      (o.evidence === d.evidence && overlap(o.demand, d.demand) > 0.3) ||
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
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'from', 'for', 'in', 'on', 'and', 'or', 'its', 'their', 'his', 'her', 'with', 'by', 'at', 'be', 'that', 'this', 'it', 'as', 'he', 'she', 'they', 'them', 'we', 'our', 'us', 'i', 'you', 'your', 'my', 'him', 'will', 'would', 'should', 'must', 'not', 'all', 'any', 'more', 'some']);

/** Content-word overlap above which two demands of one demander are one demand. */
const SAME_DEMAND_OVERLAP = 0.6;
/** …or, sharing at least two content words ("security talks … without delay" / "talks … over security"), this much. */
const SAME_DEMAND_OVERLAP_LOOSE = 0.4;

/** How many content words two demands share. */
function shared(a: string, b: string): number {
  const content = (x: string) => new Set((x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));
  const A = content(a), B = content(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n;
}

/** Share of the shorter content's words (function words aside) that the other also has. */
function overlap(a: string, b: string): number {
  const content = (x: string) => new Set((x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));
  const A = content(a), B = content(b);
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
