// Trigger words and their reading: a verb or noun of demanding, its demander, addressee and content.
import type { Sentence } from '../parse';
import type { ActorRecord } from '../actors';
import { type DemandRecord, type Placed, word, NEGATION, HYPOTHETICAL } from './common';
import { nounOwner, subjectBefore, speakerOf } from './speaker';
import { readContent } from './content';

/** Verbs whose object or complement is the demand ("demanded a recount", "called for talks"). */
export const COMPLEMENT_VERBS = /^(adamant|insistent|demand(s|ed|ing)?|call(s|ed|ing)?|urg(e|es|ed|ing)|insist(s|ed|ing)?|ask(s|ed|ing)?|request(s|ed|ing)?|press(es|ed|ing)?|push(es|ed|ing)?|seek(s|ing)?|sought|want(s|ed|ing)?|appeal(s|ed|ing)?|plead(s|ed|ing)?|pled|lobb(y|ies|ied|ying)|advocat(e|es|ed|ing)|petition(s|ed|ing)?|mov(e|es|ed))$/i;
/** Verbs that are a demand only when addressed: "told X to", "ordered X to", "warned X not to". */
export const ADDRESSED_VERBS = /^(t(old|ell|ells|elling)|coerc(e|es|ed|ing)|order(s|ed|ing)?|instruct(s|ed|ing)?|direct(s|ed|ing)?|summon(s|ed|ing)?|beg(s|ged|ging)?|implor(e|es|ed|ing)|encourag(e|es|ed|ing)|warn(s|ed|ing)?|advis(e|es|ed|ing)|pressur(e|es|ed|ing)|forc(e|es|ed|ing)|persuad(e|es|ed|ing)|challeng(e|es|ed|ing)|invit(e|es|ed|ing))$/i;
/** "in an attempt to get X to …", "tried to get X to …": getting another to act, a demand pressed. */
const ATTEMPT_TO = /\b(?:attempts?|efforts?|bids?|push|campaign|try|tries|tried|trying|seeks?|sought|seeking)\s+to\s+$/i;
/** Particles a complement verb takes before its content ("call for", "insist on", "push for"). */
const COMPLEMENT_PARTICLE = /^\s*(?:for|on|upon|that)\b/i;
/** Verbs of this list need a particle to be a demand ("called for", not "called him"). */
const NEEDS_PARTICLE = /^(call|insist|press|push|appeal|plead|pled|lobb|advocat|ask)/i;
/** "moved that …", "moves for …": a motion put to a chamber (not "moved on", "moved to Paris"). */
const MOTION_VERB = /^mov(e|es|ed)$/i;
/** "asked not to be named": a source's anonymity, no demand of the story. */
const ANONYMITY = /^\s+not\s+to\s+be\s+(?:identified|named)\b/i;
/** "warned against …", "cautioned against …": a demand that something not be done. */
const AGAINST_VERB = /^(warn(s|ed|ing)?|caution(s|ed|ing)?)$/i;
/** "… is adamant journalists must be exempted": adamant/insistent with a clause of its own, no "that". */
const BARE_MODAL_CLAUSE = /^\s+(?:\S+\s+){1,6}?(?:must|should)\s/i;
/** Nouns that name a demand: "Russia's demands included …", "a call for …", "the request to …". */
export const DEMAND_NOUN = /^(demands?|calls?|appeals?|requests?|ultimatums?|pleas?|petitions?|directives?|instructions?|motions?|advocates?)$/i;
/** Nouns of the list that name a demand only after their own verb or with their own preposition. */
const NOUN_CONTEXT = new Map<string, { before?: RegExp; after?: RegExp }>([
  // "moved a motion for the adjournment", "tabled a motion calling for": a motion put, not "in slow motion"
  ['motion', { before: /\b(?:mov|tabl|fil|rais|sponsor|submitt|introduc|present)\w*\s+(?:a|an|the)\s+(?:\w+\s+)?$/i,
    after: /^\s+(?:for|to|that|calling|urging|seeking|demanding)\s/i }],
  // "is a strong advocate for Dreamers to receive citizenship"
  ['advocate', { after: /^\s+(?:for|of)\s/i }],
  // "a call for talks", "calls from X", "the call to …": not "the call on July 25", "a phone call with"
  ['call', { after: /^\s+(?:for|to|from|by|upon|on\s+(?!(?:\w+day|January|February|March|April|May|June|July|August|September|October|November|December)\b)\S+(?:\s+\S+){0,3}\s+to)\s/i }],
]);

/** Verbs of policy and negotiation: wanting to do them is a position, not a wish. */
const POLICY_VERBS = /^(make|pass|cut|raise|ban|end|stop|impose|lift|remove|change|reform|repeal|keep|extend|expand|reduce|increase|build|launch|hold|open|close|negotiate|return|join|leave|scrap|withdraw|abolish|introduce|restore|protect|limit|cap|freeze|block|allow|force|replace|fund|hire|fire|sell|buy|acquire|merge|sanction|punish|prosecute|investigate|impeach|remove|resume|renegotiate|renew|secure|guarantee|let)$/i;

/** First-person subjects: a quotation's speaker speaking of their own side ("we want …"). */
const FIRST_PERSON = /^(i|we)$/i;
/** What follows "insist that" when it asserts a fact rather than demands ("insisted that the jury was still out"). */
const ASSERTION = /^\s*(?:\S+\s+){0,5}?(?:was|were|is|are|had|has|will|would|did)\b/i;

/** How far (in characters) an addressee may stand after the trigger ("urged the European Commission to"). */
const ADDRESSEE_SPAN = 60;

/**
 * Reads the trigger at token i. quoteSpeaker: whose words the sentence is when no verb of saying in
 * it says so; documentOwner: whose decree, order or statement an "It" opening the sentence is.
 */
export function readTrigger(s: Sentence, i: number, offsets: number[], placed: Placed[], quoteSpeaker?: ActorRecord, documentOwner?: ActorRecord): DemandRecord | null {
  const t = s.tokens[i]!;
  const w = word(t);
  if (!mayTrigger(w)) return null;
  const at = offsets[i]!;
  const end = at + t.text.length;
  const before = s.text.slice(0, at);
  const after = s.text.slice(end).replace(/[“”"‘]/g, ' ').replace(/\s+/g, ' ');
  // a noun after a determiner or possessive, or a plural after a preposition ("conceded to demands from UNITA";
  // "to demand" is a verb)
  const nounContext = NOUN_CONTEXT.get(w.toLowerCase().replace(/s$/, ''));
  const inContext = !nounContext || ((!nounContext.before || nounContext.before.test(before)) && (!nounContext.after || nounContext.after.test(after)));
  const isNoun = DEMAND_NOUN.test(w) && inContext && (t.tags.has('Noun') || /\b(the|a|an|its|their|his|her|our|this|these|those)\s+$/i.test(before.slice(-8)) ||
    /[’']s\s+$/.test(before) || (/s$/i.test(w) && /\b(to|of|with|for|by)\s+$/i.test(before.slice(-6))));
  // compromise sometimes tags "pressing" or "urged" as an adjective: the form decides
  const verbal = t.tags.has('Verb') || (/(ing|ed)$/i.test(w) && !t.tags.has('Noun'));
  const isComplement = !isNoun && COMPLEMENT_VERBS.test(w) && (verbal || (/^(adamant|insistent)$/i.test(w) && (/^\s+(?:that|on)\b/i.test(s.text.slice(end)) || BARE_MODAL_CLAUSE.test(s.text.slice(end)))));
  const against = AGAINST_VERB.test(w) && verbal && /^\s+(?:strongly\s+)?against\s/i.test(after);
  const isAddressed = !isNoun && !isComplement && !against && verbal && (ADDRESSED_VERBS.test(w) || (/^get(s|ting)?$/i.test(w) && ATTEMPT_TO.test(before)));
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
  if (!isNoun && !isComplement && !isAddressed && !wouldLike && !against) return null;
  if (MOTION_VERB.test(w) && !/^\s+(?:that|for)\s/i.test(after)) return null;
  if (ANONYMITY.test(after)) return null;
  if (/^\s+(?:itself|themselves|himself|herself|ourselves|myself)\b/i.test(after)) return null; // "challenging itself to run on renewables": one's own aim
  // "asked about …", "when asked": a question put, no demand
  if (/^ask/i.test(w) && (/^\s+about\b/i.test(after) || /\b(?:when|if|after|before|once)\s+$/i.test(before))) return null;
  if (NEGATION.test(before) || (HYPOTHETICAL.test(before) && !wouldLike)) return null;
  // "called for …", "called on X to …"; not "the call on July 25 how …"
  if (/^(calls?|called|calling)$/i.test(w) && !/^\s*for\b/i.test(after) && !/^\s*(?:on|upon)\s+(?:\S+\s+){1,6}?to\s/i.test(after)) return null;
  const genericTo = genericAddressee(s, i);
  const genericAddresseeOk = genericTo >= 0;
  // "insisting the 93-year-old finishes his term": a clause without "that"
  const next = s.tokens[i + 1];
  const bareClause = /^insist/i.test(w) && !!next && (next.tags.has('Determiner') || next.tags.has('Pronoun') || next.tags.has('ProperNoun'));
  if (isComplement && NEEDS_PARTICLE.test(w) && !/^(ask)/i.test(w) && !COMPLEMENT_PARTICLE.test(after) && !addressee(after, end, placed) &&
      !(/^(press|push)/i.test(w) && genericAddresseeOk) && !bareClause) return null;
  if (/^want/i.test(w) && /^\s+to\s+(?:know|see|be|do|make sure)\b/i.test(after) && !/^\s+to\s+see\s+\S+\s+\S+/i.test(after)) return null;

  // the addressee: "urged X to", "called on X to", "told X to", "asked X for"
  const addr = against ? null : addressee(after, end, placed);
  let rest = addr ? s.text.slice(addr.contentAt) : against ? after.replace(/^\s+(?:strongly\s+)?against\s+/i, ' ') : after;
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
  else if (documentOwner && ownSubject(s, i) === 'it') actor = documentOwner;
  else if (ownSubject(s, i) === 'self') actor = speakerOf(s, at, offsets, placed) ?? quoteSpeaker ?? subjectBefore(s, i, at, offsets, placed);
  else actor = subjectBefore(s, i, at, offsets, placed);
  if (!actor && (isNoun || ownSubject(s, i) === 'none')) actor = speakerOf(s, at, offsets, placed) ?? quoteSpeaker;
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
  // ("want to return to their families": going back is one's own wish, returning something is a policy)
  const own = after.replace(/^\s+to\s+/i, '');
  if (/^want/i.test(w) && !addr && /^\s+to\s/i.test(after) && !targets.length && (!POLICY_VERBS.test(own.split(/\s+/)[0] ?? '') || /^return\s+(?:to|home)\b/i.test(own))) return null;
  return { actor, targets: targets.slice(0, 3), demand: content.text, evidence: s.text, trigger: w, sentence: s, also: content.also };
}

/**
 * Can the word be a trigger at all? Each reading below (noun, complement, addressed verb, "would
 * like", "warned against", an ultimatum's "threatened") needs one of these forms: every other token
 * is dismissed before the sentence is sliced around it.
 */
const TRIGGER_FORM = new RegExp([DEMAND_NOUN, COMPLEMENT_VERBS, ADDRESSED_VERBS, /^get(s|ting)?$/i, /^like$/i, AGAINST_VERB, /^threat(en|ens|ened|ening)$/i]
  .map((r) => `(?:${r.source})`).join('|'), 'i'); // one pattern (each form anchored at both ends): one test dismisses a token
const mayTrigger = (w: string) => TRIGGER_FORM.test(w);

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
 * What stands right before a verb trigger: 'self' ("I"/"we": the speaker, whatever actor the
 * pronoun was taken for), 'none' (the trigger opens the clause), or 'other' (a noun that is not an
 * actor: "the public want"; or "and": the verb shares a subject named further back).
 */
function ownSubject(s: Sentence, i: number): 'self' | 'it' | 'none' | 'other' {
  for (let k = i - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || /^(also|just|still|really|only|now)$/i.test(t.normal)) continue;
    if (FIRST_PERSON.test(t.normal.replace(/^[‘'“"]+/, ''))) return 'self';
    if (t.normal === 'it' && k === 0) return 'it';
    if (t.tags.has('Noun') || t.tags.has('Pronoun') || t.normal === 'and') return 'other';
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
