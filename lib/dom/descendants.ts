// An element's descendants as querySelectorAll finds them (document order, not inside <template>),
// by a walk instead of a selector: where the same few tags are asked of a small tree many times, a
// DOM without a browser (linkedom) compiles each selector again on every call.

/**
 * Walks the elements under `root` (not `root` itself) in document order, not inside a <template>,
 * until `stop` returns true; returns that element, or null.
 */
export function findDescendant(root: Element, stop: (el: Element) => boolean): Element | null {
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (stop(el)) return el;
    // a template's content is not the document's (linkedom keeps it as children; a selector skips them)
    const child: Element | null = el.localName === 'template' ? null : el.firstElementChild;
    el = child ?? nextOutside(el, root);
  }
  return null;
}

/** The element after `el`'s subtree in document order, within `root`: its next sibling, or that of its nearest ancestor that has one; null at the end. */
export function nextOutside(el: Element, root: Element): Element | null {
  let up: Element | null = el;
  while (up && up !== root && !up.nextElementSibling) up = up.parentElement;
  return up && up !== root ? up.nextElementSibling : null;
}

/** The first element under `root` whose tag is one of `tags`, as `root.querySelector('h1, h2')` finds it; or null. */
export function firstOfTags(root: Element, tags: ReadonlySet<string>): Element | null {
  return findDescendant(root, (el) => tags.has(el.localName));
}
