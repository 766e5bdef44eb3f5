// Abbreviations the article gives for things, not bodies: "a file format known as Named Binary Tag
// (NBT)", "dinitrophenol (DNP)", "dinitrophenol, known as DNP". Such an abbreviation names no actor
// wherever it recurs ("NBT was sent compressed", "DNP is not a miracle pill").
import type { Sentence, Token } from '../parse';
import { nameKeyOf } from '../lexicon/countries';
import { THING_HEADS } from '../lexicon/organizations';

/** An abbreviation in capitals ("NBT", "DNP", "PFAS"). */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d&-]{1,7}s?$/u;
/** Words that join the parts of a name ("Deferred Action for Childhood Arrivals": its head is "Action"). */
const JOINERS = /^(of|for|on|and|the)$/;

const isCapWord = (t: Token) => /^\p{Lu}/u.test(t.unquoted);

/** The head word of a name: the last before "of"/"for", else the last ("Named Binary Tag": Tag). */
function headOf(words: Token[]): string {
  const k = words.findIndex((t) => /^(of|for|on)$/.test(t.normal));
  const head = k > 0 ? words[k - 1]! : words.at(-1)!;
  return head.unquoted.toLowerCase();
}

/** Keys (nameKeyOf) of the abbreviations the article introduces for things. */
export function thingAbbreviations(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const toks = s.tokens;
    toks.forEach((t, k) => {
      const abbr = t.unquoted;
      if (!ABBREVIATION.test(abbr) || k === 0) return;
      const prev = toks[k - 1]!;
      // "… Named Binary Tag (NBT)", "dinitrophenol (DNP)": the words right before the bracket
      if (/\(/.test(t.pre + t.text.slice(0, 1)) && !/[,.;:]/.test(prev.post)) {
        if (/^\p{Ll}/u.test(prev.text) && prev.tags.has('Noun') && !prev.tags.has('Plural')) { out.add(nameKeyOf(abbr)); return; }
        let a = k - 1;
        while (a > 0 && (isCapWord(toks[a - 1]!) || JOINERS.test(toks[a - 1]!.normal)) && !/[,.;:]/.test(toks[a - 1]!.post)) a--;
        while (a < k - 1 && JOINERS.test(toks[a]!.normal)) a++;
        if (THING_HEADS.has(headOf(toks.slice(a, k)))) out.add(nameKeyOf(abbr));
        return;
      }
      // "dinitrophenol, known as DNP": a mass noun (no article, not a plural) renamed
      const term = toks[k - 3];
      if (prev.normal === 'as' && toks[k - 2]?.normal === 'known' && term && /^\p{Ll}/u.test(term.text) && term.tags.has('Noun') &&
          !term.tags.has('Plural') && !term.tags.has('Pronoun') && !toks[k - 4]?.tags.has('Determiner')) out.add(nameKeyOf(abbr));
    });
  }
  return out;
}
