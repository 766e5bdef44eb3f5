// "Joe and Hunter Biden", "Bill and Hillary Clinton": a given name coordinated with a full name
// shares its surname, so the lone given name is a person of that family, not a name of its own.
import type { Mention } from './mentions';
import { nameKeyOf } from './lexicon/countries';
import { isFamilyFirst } from './name-order';

/** Words that pair two given names before one surname. */
const PAIR = /^(and|&)$/;

/** Gives a lone given name its partner's surname ("Joe" in "Joe and Hunter Biden" → Joe Biden). */
export function shareSurnames(all: Mention[]): void {
  for (let k = 0; k + 1 < all.length; k++) {
    const first = all[k]!, second = all[k + 1]!;
    if (first.kind !== 'person' || second.kind !== 'person' || first.sentence !== second.sentence) continue;
    if (first.end - first.start !== 1 || second.start !== first.end + 1 || /,/.test(first.sentence.tokens[first.start]!.post)) continue;
    if (!PAIR.test(first.sentence.tokens[first.end]!.normal) || !first.sentence.tokens[first.start]!.tags.has('FirstName')) continue;
    // "Yoon, Kim and Interior Minister Lee Sang-min": a title or a family name written first shares nothing
    const words = second.name.split(/\s+/);
    if (words.length !== 2 || second.role || isFamilyFirst(second.name)) continue;
    const name = `${first.name} ${words[1]}`;
    all[k] = { ...first, name, key: `person:${nameKeyOf(name)}` };
  }
}
