// Shared by the demand finders: the record a finder returns, a placed actor mention, and the
// guards every trigger passes (no negation, no hypothesis).
import type { Sentence, Token } from '../parse';
import type { Mention } from '../mentions';
import type { ActorRecord } from '../actors';

export interface DemandRecord {
  actor: ActorRecord;
  targets: ActorRecord[];
  demand: string;
  evidence: string;
  trigger: string;
  sentence: Sentence;
  /** A second demand the same trigger coordinates ("…, as well as provide relief from …"); split() makes it a record. */
  also?: string;
}

export interface Placed { m: Mention; r: ActorRecord; at: number; end: number }

/** A negation just before the trigger makes it no demand. */
export const NEGATION = /(?:\b(?:not|never|no longer|refused to|declined to|denied|nobody|no one|none)|n[’']t)\s+(\w+\s+){0,2}[“"‘]?$/i; // 'weren’t “asking for the moon”'
/** A modal or condition just before the trigger makes it hypothetical. */
export const HYPOTHETICAL = /\b(would|could|might|may|if|whether|unless|will|going to|expected to|likely to|set to)\s+(\w+\s+){0,2}$/i;

/** The word without the quotes, brackets and punctuation around it. */
export const word = (t: Token) => t.unquoted.replace(/[.,;:!?]+$/, '');
