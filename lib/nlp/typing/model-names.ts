// A product's model name after its number or code ("the 737 Max jet", "the 0x08 Block Placement
// Packet"): a thing, not an actor. A count before a plural is no model ("150 Indians").
import type { Token } from '../parse';

/** A model number or code: three digits or more, or a hexadecimal or mixed code ("737", "0x08", "A350"). */
const MODEL_CODE = /^(0x[\da-f]+|\d{3,}[\da-z-]*|\p{Lu}{1,3}\d{2,}[\da-z-]*)$/iu;
/** Tags of a name the tagger knows as an actor's or a place's. */
const KNOWN_NAME = ['Organization', 'Person', 'FirstName', 'Place'];
/** Letters of a plural ending ("Indians", "Democrats"). */
const PLURAL = /[^s']s$/;

/** Does the capitalised run toks[start, end) follow a model number, so naming a product ("737 Max")? */
export function isModelName(toks: Token[], start: number, end: number, breaksAfter: (t: Token) => boolean): boolean {
  const code = toks[start - 1];
  const last = toks[end - 1];
  // ("0x08: Block Placement Packet": a colon may stand between the code and its name)
  if (!code || !last || (breaksAfter(code) && !/^:\s*$/.test(code.post)) || code.tags.has('Date') || code.tags.has('Year')) return false;
  // a name the tagger knows as a company's, person's or place's stays one ("300 Boeing workers")
  if (toks.slice(start, end).some((t) => KNOWN_NAME.some((x) => t.tags.has(x)))) return false;
  return MODEL_CODE.test(code.text) && !PLURAL.test(last.text.replace(/[’']s$/, '')) && !last.tags.has('Plural');
}
