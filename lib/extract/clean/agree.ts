// The page's own word on its article: where the site's JSON-LD gives an `articleBody` that agrees
// with what Readability found, a short line Readability kept but the site's article body lacks
// (a caption, a label, a promo) is not the article. Long paragraphs are never judged this way (a
// site may abridge its articleBody), and nothing is judged when the two disagree.
import { wordCount, type Block } from '../blocks';

/** A paragraph of prose, used to judge whether the two agree. */
const MIN_PROSE_WORDS = 20;
/** They agree when at least this share of the prose paragraphs are in the articleBody, the last one
 *  included (a body cut short says nothing of the lines after its end). */
const MIN_AGREEMENT = 0.8;
/** Only lines this short can go for being absent from the articleBody. */
const MAX_JUDGED_WORDS = 40;
/** Markup and character references some sites leave in their articleBody. */
const MARKUP = /<[^>]*>|&#?\w+;/g;

/** Letters and digits only, lower-cased: the same text however it was spaced, quoted or marked up. */
function fold(s: string): string {
  return s.replace(MARKUP, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** `blocks` without the short lines the agreeing `articleBody` does not contain; all of them if it disagrees. */
export function keepAgreeing(blocks: Block[], articleBody: string | null): Block[] {
  if (!articleBody) return blocks;
  const body = fold(articleBody);
  const prose = blocks.filter((b) => wordCount(b.text, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS);
  if (!prose.length) return blocks;
  const held = prose.filter((b) => body.includes(fold(b.text)));
  if (held.length < prose.length * MIN_AGREEMENT) return blocks;
  if (!held.includes(prose[prose.length - 1]!)) return blocks;
  return blocks.filter((b) => wordCount(b.text, MAX_JUDGED_WORDS) > MAX_JUDGED_WORDS || body.includes(fold(b.text)));
}
