// What is demanded: the complement after a trigger, cut at the end of its clause; coordinated demands split.
import type { DemandRecord } from './common';

/** Where a demand's content ends. */
const CONTENT_END = /(,\s*(?:as|while|but|which|who|when|after|before|amid|saying|adding|according|instead|rather|despite|although|though|even|\w+ing)\b|\s+and\s+(?:said|says|added|warned|told|called|insisted)\b|\s+(?:amid|while)\s|\s+as\s+(?!a\b|an\b|part\b|well\b|soon\b|possible\b|much\b|many\b|quickly\b|early\b|long\b)|,\s*["”]?\s*(?:[\w’'-]+\s+){0,5}(?:said|says|told|added|reported|wrote)\b|[;!?](?:\s|$)|\.\s*["”’]*\s*$|\s[—–]\s|,?\s*["”](?=\s|$|,))/i;
/** A comma before a capitalised word starts another clause or an apposition ("…, Steelers captain Cam Heyward"). */
const COMMA_CLAUSE = /,\s+(?=\p{Lu})(?!U\.?S\.?\b|U\.?N\.?\b|EU\b)/u;
/** A sentence boundary inside one parsed "sentence" (compromise keeps a quotation of several sentences whole). */
const SENTENCE_BREAK = /(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|vs|Inc|Co|Corp))[.!?][’”"]?\s+(?=[“"‘]?\p{Lu})/u;
/** "to" + a lower-case word that opens no noun phrase: an infinitive ("the House to impeach", not "an end to the violence"). */
const TO_VERB = /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|all|any|some|more|less)\b)\p{Ll}/u;
/** "…, as well as …" after a demand's content coordinates a second demand. */
const AS_WELL_AS = /^,\s*as\s+well\s+as\s+/i;
/** A one-word content that still says what is wanted: "I want more." */
const BARE_QUANTITY = /^(?:more|less|fewer)$/i;
/** The content is cut to this many words, at a word boundary. */
const MAX_CONTENT_WORDS = 14;

export function readContent(rest: string): { text: string; raw: string; also?: string } | null {
  const cleaned = rest.replace(/^\s*,[^,]{1,40},\s*/, ' ') // "Russia's demands, it said, included …"
    .replace(/^\s*(?:that|for|on|upon|of|from|to|included|include|includes|were|are|was|is|made)\b\s*/i, '')
    .replace(/^\s*(?:that|for|to)\b\s*/i, '');
  const ends = [cleaned.search(CONTENT_END), cleaned.search(COMMA_CLAUSE), cleaned.search(SENTENCE_BREAK)].filter((x) => x >= 0);
  const endAt = ends.length ? Math.min(...ends) : -1;
  const raw = endAt >= 0 ? cleaned.slice(0, endAt) : cleaned;
  // "…, as well as provide some relief from …": a second demand of the same trigger
  // (only after a content of one clause: a comma inside it leaves the coordination unclear)
  const tail = endAt >= 0 && !raw.includes(',') ? cleaned.slice(endAt).match(AS_WELL_AS) : null;
  const also = tail ? readContent(' ' + cleaned.slice(endAt + tail[0].length))?.text : undefined;
  let text = raw.replace(/^[\s“"‘'’,:]+|[\s”"’',:]+$/g, '').replace(/[“”"]/g, '');
  if (!text || (text.split(/\s+/).length < 2 && !BARE_QUANTITY.test(text))) return null;
  const words = text.split(/\s+/);
  if (words.length > MAX_CONTENT_WORDS) text = words.slice(0, MAX_CONTENT_WORDS).join(' ') + '…';
  return also ? { text, raw, also } : { text, raw };
}

/** Two demands joined in one complement: "stopping NATO from expanding east and the deployment of weapons". */
export function split(d: DemandRecord): DemandRecord[] {
  if (d.also) return [...split({ ...d, also: undefined }), { ...d, demand: d.also, also: undefined }];
  if (/^(must|should)$|\bto$/i.test(d.trigger)) return [d]; // a modal's content is one clause
  const parts = d.demand.replace(/…$/, '').split(/,?\s+and\s+(?=(?:the|a|an|an end|for|\w+ing|more|better|greater|higher|fewer|less|new|fair)\s)/i).map((p) => p.replace(/^for\s+/i, ''));
  // "better pay and more respect": two short noun phrases when the second is compared
  const min = /^(?:more|better|greater|higher|fewer|less)\s/i.test(parts[1] ?? '') ? 2 : 3;
  if (parts.length !== 2 || parts.some((p) => p.split(/\s+/).length < min)) return [d];
  // "the House to impeach and the Senate to convict": one demand of two steps
  if (parts.every((p) => TO_VERB.test(p))) return [d];
  return parts.map((p) => ({ ...d, demand: p.trim() }));
}
