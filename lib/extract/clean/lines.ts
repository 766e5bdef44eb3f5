// Lines of Readability's result that are not the article, read by their words alone: labels
// ("Advertisement", "Share"), photo credits and captions, datelines and bylines, sign-up and follow
// prompts, tag and "related" lines, copyright and reporting credits. Every rule is bounded by a
// length, so a paragraph of the article that happens to use the words is never taken for one.
import { wordCount } from '../blocks';

/** Whole lines that are a label of the page, not a sentence (ads, share and reading prompts, controls). */
const LABEL = /^(?:advertisement|advertising|advert|ad|ads|anzeige|werbung|publicit[éey]|publicidad|pubblicit[àa]|iklan|reklam[ae]?|sponsored( content)?|paid content|continue reading( below)?|(the )?(story|article) continues (below|after)( (this )?(advertisement|ad))?|skip to (main )?content|this slideshow requires javascript|caption|close|sign ?in|log ?in|subscribe|share( this)?( (article|story|post|page))?( on)?|tweet|e-?mail|print|comments?|post (a )?comment( \(\+\))?|leave a (comment|reply)|tell us what you think|show comments|image \d+ of \/? ?\d+|\d+ of \d+)[\s.:!…]*$/i;
/** Words of a line that only lists sharing networks and buttons. */
const SHARE_WORDS = /^(?:share|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|messenger|telegram|flipboard|email|e-mail|mail|print|copy|link|sms|pocket|more|\d+)$/i;
/** A credit line: "Photo: …", "Image copyright …", "Credit…", "(Image: …)". */
const CREDIT_START = /^\(?\s*(?:(?:image|photo|picture|foto|video|graphic|illustration)s?\s*(?:credit|copyright|courtesy|caption|source)?|credit|file photo|source)\s*(?::|\.{2,}|…|-)/i;
/** A caption that ends with its credit in brackets: "… (AP Photo/A. Name)", "… (Image: AGENCY)". */
const CREDIT_END = /\(\s*(?:[\p{L}.&' -]{0,30}\b(?:photo|image|picture|foto)s?\b|credit|source)[^()]{0,80}\)\s*$/iu;
/** Photo agencies, as a credit names them ("Name | Getty Images", "AGENCY/Name"). */
const AGENCY = /\b(?:getty images?|getty|reuters|afp|ap photo|associated press|epa|shutterstock|istock(?:photo)?|alamy|bloomberg|xinhua)\b/i;
/** A line that is nothing but an agency's name. */
const AGENCY_ONLY = new RegExp(`^\\(?${AGENCY.source}\\)?$`, 'i');
/** A caption's trailing credit, agency then photographer: "… REUTERS/First Last". */
const AGENCY_SLASH = /\b(?:REUTERS|AFP|AP|EPA|Getty Images|Bloomberg)\s*\/\s*\p{Lu}[\p{L} .'-]+$/u;
/** A byline: "By Name[, Name] [- date]" (bylines are short and do not end a sentence). */
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}/u;
/** Reporting and editing credits at the foot of wire copy. */
const REPORTING = /^\(?\s*(?:additional )?(?:reporting|writing|edited|editing|compiled|research) by\b|\bcontributed (?:reporting|to this (?:report|article|story))\b/i;
/** Sign-up, subscription and follow prompts. */
const PROMPT = /^(?:want more\b[^.]*\?|follow (?:us|him|her|me|them)\b|join (?:us|our)\b|have a (?:news )?tip\?|like this (?:story|article)\?)|\b(?:sign up|subscribe|register)\b[^.]*\b(?:newsletter|inbox|e-?mail|magazine|today|for free)\b|\bdelivered (?:to|through) your (?:inbox|letterbox|door)\b|\b(?:this|our) (?:web)?site uses cookies\b/i;
/** Tag, category and "related" lines: a label, a colon, a short list. */
const TAGS = /^(?:filed under|tags?|tagged(?: with)?|topics?|categories|category|posted in|more on|related(?: \w+)?|also read|read (?:more|also|next)|see also|you (?:may|might) also like|don'?t miss|recommended(?: for you)?|most (?:read|popular))\s*[:.…!]/i;
/** The same labels standing alone as a line. */
const TAG_LABEL = /^(?:related(?: (?:posts?|articles?|stories|coverage|content|reading|links?))?|you (?:may|might) also like|also read|read (?:more|also|next)|see also|don'?t miss|recommended(?: for you)?|most (?:read|popular)|more stories|recent (?:articles|posts|stories)|popular(?: this week| now| today)?|more(?=\s*:))[\s:.…!]*$/i;
/** Reading-time labels ("5 min read", "Tempo de leitura: 2 minutos"). */
const READING_TIME = /^(?:\d+\s*min(?:ute)?s?\.?\s*read|(?:estimated )?reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|leestijd)\b[\s:\p{L}\d]*$/iu;
/** A WordPress shortcode the site failed to render ("[button link=…]Send us…[/button]"). */
const SHORTCODE = /\[(\w+)[^\]]*\][^[]*\[\/\1\]/;
/** A dateline that says so ("Updated at 1:23 p.m.", "First Published: …"): a dateline wherever it stands. */
const DATELINE_VERB = /^(?:first |last )?(?:updated|published|posted|modified)\b/i;
/** Copyright and affiliate notices. */
const NOTICE = /^(?:©|\(c\)\s|copyright\b)|all rights reserved|\bthe contents of this site are\b|\baffiliate\b[^.]{0,40}\blinks?\b/i;
/** Words of a dateline: months, weekdays, times, zones and the verbs that introduce them. */
const DATE_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|[ecmp][sd]t|et|pt|ist|aest|updated?|published|posted|first|last|modified|on|at|ago|an?|hours?|hrs?|minutes?|mins?|days?|weeks?|yesterday|today|\d+(?:st|nd|rd|th|h)?)$/i;
/** Longest label, credit, byline or dateline. */
const MAX_LABEL_WORDS = 12;
/** Longest caption, prompt or notice read by its words. */
const MAX_CAPTION_WORDS = 60;
/** A dateline may name the site after the date ("… / CBS News"): this many other words at most. */
const MAX_DATELINE_OTHER_WORDS = 2;

/**
 * Only dates, times and their verbs ("Updated 10:01 pm PST, Tuesday, November 19, 2019"). Read at the
 * article's edges only: inside it, a line of dates is the article's own (an event's dates).
 */
export function isDateline(text: string): boolean {
  if (wordCount(text, MAX_LABEL_WORDS) > MAX_LABEL_WORDS || !/\d/.test(text)) return false;
  const parts = text.split(/[^\p{L}\p{N}.]+/u).map((w) => w.replace(/\.$/, '')).filter(Boolean);
  const other = parts.filter((w) => !DATE_WORD.test(w) && !/^\d+[.:/]\d+/.test(w));
  const dates = parts.length - other.length;
  return dates >= 2 && other.length <= (/[|/]/.test(text) ? MAX_DATELINE_OTHER_WORDS : 0);
}

function isShareLine(text: string): boolean {
  const parts = text.split(/[\s,|·•/]+/).filter(Boolean);
  return parts.length <= MAX_LABEL_WORDS && parts.some((w) => !/^\d+$/.test(w)) && parts.every((w) => SHARE_WORDS.test(w));
}

/** Is this line (one block of Readability's result) something other than the article's text? */
export function isNotArticleLine(text: string): boolean {
  // only compared with the bounds below: counting stops past the largest
  const words = wordCount(text, MAX_CAPTION_WORDS);
  if (words <= MAX_LABEL_WORDS) {
    const endsSentence = /[.!?…"”’']$/.test(text);
    if (LABEL.test(text) || isShareLine(text) || TAG_LABEL.test(text) || READING_TIME.test(text)) return true;
    if (DATELINE_VERB.test(text) && isDateline(text)) return true;
    if (BYLINE.test(text) && !endsSentence) return true;
    if (AGENCY.test(text) && !endsSentence && (/[|/]/.test(text) || AGENCY_ONLY.test(text))) return true;
  }
  if (words > MAX_CAPTION_WORDS) return false;
  return SHORTCODE.test(text) || CREDIT_START.test(text) || CREDIT_END.test(text) || AGENCY_SLASH.test(text) || REPORTING.test(text)
    || PROMPT.test(text) || NOTICE.test(text) || (TAGS.test(text) && words <= MAX_LABEL_WORDS + 8);
}
