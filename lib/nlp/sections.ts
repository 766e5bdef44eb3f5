// A roundup: a main story, then short items each under a heading in capitals ("US FALLS",
// "FRANCE WINS"). The actors of the later items are not the story's: their mentions weigh less.
import type { Sentence } from './parse';

/** Words at most in a section heading. */
const HEADING_MAX_WORDS = 6;
/** Headings that make an article a roundup (one heading may be a mere kicker). */
const MIN_HEADINGS = 2;

/** A paragraph that is a heading in capitals: short, no lower-case letter, no closing stop. */
function isCapsHeading(s: Sentence): boolean {
  const words = s.text.split(/\s+/);
  return words.length <= HEADING_MAX_WORDS && /\p{Lu}{2}/u.test(s.text) && !/\p{Ll}/u.test(s.text) && !/[.!?:"”]$/.test(s.text);
}

/** Marks every sentence from a roundup's first section heading on as `aside`. */
export function markRoundupSections(sentences: Sentence[]): void {
  const headings = sentences.filter((s) => s.paragraph >= 0 && isCapsHeading(s) && !sentences.some((o) => o !== s && o.paragraph === s.paragraph));
  if (headings.length < MIN_HEADINGS) return;
  const first = headings[0]!.paragraph;
  for (const s of sentences) if (s.paragraph >= first) s.aside = true;
}
