// What an element is called: its tag in upper case, its class and its id, read once per element.
// Rules ask these of the same elements many times; in a DOM without a browser (linkedom) a tag
// name is upper-cased and an attribute found by a walk on every read.

/** Upper-case tag names by local name (a handful of distinct names on any page). */
const UPPER = new Map<string, string>();
/** Class and id per element, as read the first time. */
const NAMES = new WeakMap<Element, readonly [string, string]>();

/** The element's tag name in upper case, for HTML and XHTML documents alike. */
export function tagOf(el: Element): string {
  const name = el.localName;
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    UPPER.set(name, upper);
  }
  return upper;
}

/**
 * The element's class attribute and id ('' when absent), cached. Read only of elements a page no
 * longer renames. The class is read as written (its attribute node): linkedom's getAttribute('class')
 * builds a token list per element to answer.
 */
export function classAndId(el: Element): readonly [string, string] {
  let names = NAMES.get(el);
  if (names === undefined) {
    names = [el.getAttributeNode('class')?.value ?? '', el.getAttribute('id') ?? ''];
    NAMES.set(el, names);
  }
  return names;
}
