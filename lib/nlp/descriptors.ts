// A person introduced by a common noun in apposition ("The priest, Fidelis Mukonori, is acting as
// a middle-man"): elsewhere "the priest", "a Catholic priest" or a headline's bare "priest" is that
// person too, when the article apposes the noun to no one else.
import type { Mention } from './mentions';
import type { Sentence, Token } from './parse';

/** Words that open a noun phrase naming one person ("the priest", "a Catholic priest"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

const isDescriptor = (t: Token) => /^\p{Ll}{3,}$/u.test(t.text) && t.tags.has('Noun') && t.tags.has('Singular') && !t.tags.has('Pronoun') && !t.tags.has('Verb');

/** Does the noun at `k` head a phrase opened by a determiner, perhaps after one adjective? */
function determined(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev) return false;
  if (DETERMINERS.has(prev.normal)) return true;
  return (prev.tags.has('Adjective') || prev.tags.has('ProperNoun')) && DETERMINERS.has(toks[k - 2]?.normal ?? '');
}

/** Mentions of apposed people by their noun elsewhere, in the article's order. */
export function descriptorMentions(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const apposed = new Map<string, Mention | null>(); // noun → the one person apposed to it (null: several)
  const at = new Set<string>(); // the apposition nouns themselves, not counted again
  for (const m of mentions) {
    if (m.kind !== 'person' || m.start < 2) continue;
    const toks = m.sentence.tokens, noun = toks[m.start - 1]!;
    if (!/^,\s*$/.test(noun.post) || !isDescriptor(noun) || !DETERMINERS.has(toks[m.start - 2]!.normal)) continue;
    const prev = apposed.get(noun.normal);
    apposed.set(noun.normal, prev === undefined || prev?.key === m.key ? m : null);
    at.add(`${m.sentence.index}:${m.start - 1}`);
  }
  const out: Mention[] = [];
  if (![...apposed.values()].some(Boolean)) return out;
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      const who = apposed.get(t.normal);
      if (!who || at.has(`${s.index}:${k}`) || !isDescriptor(t)) return;
      // in the body a determiner must open the phrase ("the priest"); a headline drops it ("as priest steps in")
      if (s.paragraph >= 0 && !determined(s.tokens, k)) return;
      const next = s.tokens[k + 1];
      if (next && next.tags.has('Noun') && !/[,.;:]/.test(t.post)) return; // "the priest shortage": a modifier
      out.push({ ...who, kind: 'person', surface: t.text, sentence: s, start: k, end: k + 1, possessive: false, locative: false });
    });
  }
  return out;
}
