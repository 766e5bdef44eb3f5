// The start and the end of Readability's result: before the article's first paragraph it often
// keeps the site's navigation, the headline again, a kicker, a dateline or the page's address;
// after the last one, the author's bio. (A line of dates at the end can be the article's own: an
// exhibition's dates.) Lines there are judged by where they stand, which the middle never is.
import { collapse, wordCount, type Block } from '../blocks';
import { isDateline } from './lines';

/** A paragraph of prose: the article has begun. */
const MIN_PROSE_WORDS = 20;
/** Lines before the article this short can be navigation or a kicker. */
const MAX_LEAD_WORDS = 8;
/** A line of links: at least this share of its text is inside links. */
const MIN_LINK_SHARE = 0.9;
/** A kicker ("BREAKING NEWS", "STREAM BIG"): a few words, all in capitals. */
const KICKER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** The page's own address shown as text. */
const URL_LINE = /^https?:\/\/\S+$/i;
/** The author's bio comes within this many lines of the end. */
const TAIL_LINES = 3;
/** …and is this short. */
const MAX_BIO_WORDS = 90;
/** What follows the author's name in a bio: "X is a writer…", "X's book…", "X has covered…". */
const BIO_VERB = /^(?:is|was|has|'s|’s|writes|covers|reports|lives)\b/i;

export interface EdgeHints {
  title: string | null;
  byline: string | null;
}

const fold = (s: string) => collapse(s).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');

/** The author's names as a bio starts with them: the whole byline without "By", and its first name. */
function authorNames(byline: string | null): string[] {
  if (!byline) return [];
  const name = collapse(byline.replace(/^(?:by|von|par|por|door)\s+/i, '').split(/[,|•·]| and | - /)[0] ?? '');
  if (!name || wordCount(name, 4) > 4 || !/^\p{Lu}/u.test(name)) return [];
  return [name];
}

function isBio(text: string, names: string[]): boolean {
  if (wordCount(text, MAX_BIO_WORDS) > MAX_BIO_WORDS) return false;
  return names.some((n) => text === n || (text.startsWith(n) && BIO_VERB.test(text.slice(n.length).trim())));
}

/** The blocks without the navigation before the article's first paragraph and the bio after its last. */
export function trimEdges(blocks: Block[], hints: EdgeHints): Block[] {
  const title = hints.title ? fold(hints.title) : null;
  const first = blocks.findIndex((b) => wordCount(b.text, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS);
  const lead = first < 0 ? 0 : first;
  const names = authorNames(hints.byline);
  return blocks.filter((b, i) => {
    if (i < lead) {
      const words = wordCount(b.text, MAX_LEAD_WORDS);
      if (title && fold(b.text) === title) return false;
      if (URL_LINE.test(b.text) || isDateline(b.text)) return false;
      if (words <= MAX_LEAD_WORDS && b.linkChars >= b.text.length * MIN_LINK_SHARE) return false;
      if (words <= 3 && KICKER.test(b.text)) return false;
    }
    if (i >= blocks.length - TAIL_LINES && isBio(b.text, names)) return false;
    return true;
  });
}
