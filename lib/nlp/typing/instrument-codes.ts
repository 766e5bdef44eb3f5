// Market instruments written with their quote code, as wire market reports do ("Brent LCOc1 fell",
// "the Dow Jones Industrial Average .DJI rose", "spot gold XAU=", "the Nikkei .N225"): an index, a
// commodity or a currency, not an actor, though it is the subject of "fell" or "rose". A company
// with its share code ("Apple AAPL.O") stays the company; the code itself names no one.
import type { Token } from '../parse';

/** An index code after a dot (".DJI", ".N225", ".SPX"). */
const INDEX_CODE = /^[\p{Lu}\d]{2,8}$/u;
/** A futures contract: a commodity code, a lower-case "c" and the month's rank ("LCOc1", "CLc1", "NKc1"). */
const CONTINUATION = /^[\p{Lu}\d]{1,6}c\d{1,2}$/u;
/** A spot currency or metal quoted with "=" ("EUR=", "XAU=", "JPY=") . */
const SPOT = /^[\p{Lu}]{3,6}$/u;
/** A share's code with its exchange ("AAPL.O", "7203.T", "0700.HK", "BP.L"). */
const SHARE_CODE = /^[\p{Lu}\d]{1,6}\.[\p{Lu}]{1,2}$/u;

/** Is the token a quote code that stands for an index, a contract or a spot rate (not a share)? */
export function isInstrumentCode(t: Token): boolean {
  return (/\.$/.test(t.pre) && INDEX_CODE.test(t.text)) || CONTINUATION.test(t.text) || (SPOT.test(t.text) && /^=/.test(t.post));
}

/** Is the token any quote code, a share's included: never part of a name. */
export function isQuoteCode(t: Token): boolean {
  return isInstrumentCode(t) || SHARE_CODE.test(t.text);
}
