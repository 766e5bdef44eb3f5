// Cleaning Readability's result (issue #10): it keeps, inside its chosen container, what is not
// the article. The markup is pruned first (captions, credits, cards), then the lines are read
// (labels, datelines, prompts), then the edges (navigation before, the bio after), then the short
// lines the site's own JSON-LD articleBody lacks, where it agrees with the rest.
import { blocksOf, type Block } from '../blocks';
import { keepAgreeing } from './agree';
import { trimEdges, type EdgeHints } from './edges';
import { isNotArticleLine } from './lines';
import { pruneNodes } from './nodes';

/** The article's blocks from Readability's result `content` (in the clone; it is pruned in place). */
export function cleanBlocks(content: Element, hints: EdgeHints & { articleBody: string | null }): Block[] {
  pruneNodes(content);
  const lines = blocksOf(content).filter((b) => !isNotArticleLine(b.text));
  return keepAgreeing(trimEdges(lines, hints), hints.articleBody);
}
