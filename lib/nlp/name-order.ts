// Which word of a person's name is the family name: the last in most names ("Vladimir Putin"),
// the first in Korean and Chinese names written with a hyphenated given name ("Lee Jae-myung",
// "Tsai Ing-wen", "Kim Jong-un"), whom the text later calls "Lee", "Tsai", "Kim".

/** Generational suffixes after a surname ("Jr.", "III"). */
export const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)\.?,?$/i;
/** A romanised two-syllable given name joined by a hyphen, the second syllable in lower case ("Jae-myung"; not "Jean-Pierre"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

const wordsOf = (name: string) => name.split(/\s+/).filter((w) => w && !NAME_SUFFIX.test(w));

/** Is the family name written first ("Lee Jae-myung", "Han Dong-hoon")? */
export function isFamilyFirst(name: string): boolean {
  const w = wordsOf(name);
  return w.length === 2 && HYPHENATED_GIVEN.test(w[1]!) && !HYPHENATED_GIVEN.test(w[0]!);
}

/** The family name: "Carlineo" of "Patrick W. Carlineo Jr.", "Lee" of "Lee Jae-myung". */
export function familyName(name: string): string {
  const w = wordsOf(name);
  return (isFamilyFirst(name) ? w[0] : w.at(-1)) ?? name;
}

/** The given names, in order: "Patrick W." of "Patrick W. Carlineo Jr.", "Jae-myung" of "Lee Jae-myung". */
export function givenNames(name: string): string[] {
  const w = wordsOf(name);
  return isFamilyFirst(name) ? w.slice(1) : w.slice(0, -1);
}
