// A name a person's possessive owns is a company, not a person ("Elon Musk's SpaceX", "Jeff Bezos's
// Blue Origin"): people are named with their tie first ("Trump's lawyer Rudy Giuliani"), or by a
// first name ("Trump's Steve Bannon"). Every other mention of that name is the company too.
import type { Mention } from './mentions';
import { nameKeyOf } from './lexicon/countries';

/** Tags of a first word that make the owned name a person's after all. */
const PERSON_START = ['FirstName', 'Honorific', 'Pronoun'];

export function ownedCompanies(all: Mention[]): void {
  const owned = new Set<string>();
  for (let k = 1; k < all.length; k++) {
    const owner = all[k - 1]!, m = all[k]!;
    if (owner.kind !== 'person' || !owner.possessive || owner.sentence !== m.sentence || owner.end !== m.start) continue;
    if ((m.kind !== 'person' && m.kind !== 'unknown') || m.role) continue;
    const first = m.sentence.tokens[m.start]!;
    if (PERSON_START.some((x) => first.tags.has(x))) continue;
    owned.add(nameKeyOf(m.name));
  }
  if (!owned.size) return;
  for (const m of all) {
    if ((m.kind !== 'person' && m.kind !== 'unknown') || !owned.has(nameKeyOf(m.name))) continue;
    m.kind = 'organization';
    m.key = `org:${nameKeyOf(m.name)}`;
  }
}
