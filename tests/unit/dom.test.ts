// Loading HTML on Node (cli/dom.ts): linkedom's parse repaired where it differs from a browser's.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { findDescendant, firstOfTags } from '../../lib/dom/descendants';

const STRAY_BEFORE_HEAD = `<!DOCTYPE html><html lang="en"><div class="css-stamp"></div>
<head><title>Ferry vote | Coast Courier</title></head>
<body class="page"><article><p>Residents voted to keep the night ferry.</p></article></body></html>`;

describe('parseDocument', () => {
  it('keeps the page in the body when an element stands before <head>', () => {
    expect(parseDocument(STRAY_BEFORE_HEAD).body.textContent).toContain('Residents voted to keep the night ferry.');
  });

  it('keeps the title of the head that follows the stray element', () => {
    expect(parseDocument(STRAY_BEFORE_HEAD).title).toBe('Ferry vote | Coast Courier');
  });

  it('leaves one head and one body under <html>', () => {
    const root = parseDocument(STRAY_BEFORE_HEAD).documentElement;
    expect(Array.from(root.children).map((el) => el.tagName.toLowerCase())).toEqual(['head', 'body']);
  });

  it('puts the stray element at the start of the body, where a browser puts it', () => {
    expect(parseDocument(STRAY_BEFORE_HEAD).body.firstElementChild?.className).toBe('css-stamp');
  });

  it('keeps the attributes of the page\'s own <body>', () => {
    expect(parseDocument(STRAY_BEFORE_HEAD).body.getAttribute('class')).toBe('page');
  });
});

describe('findDescendant / firstOfTags (lib/dom/descendants: what a selector finds, without one)', () => {
  const body = (html: string) => parseDocument(`<html><body>${html}</body></html>`).body;

  it('finds the first of several tags in document order, as querySelector does', () => {
    const root = body('<div><p><span><h3 id="deep">a</h3></span></p><h2 id="later">b</h2></div>');
    expect(firstOfTags(root, new Set(['h2', 'h3']))?.id).toBe('deep');
  });

  it('does not look inside a <template>', () => {
    const root = body('<div><template><h2 id="inside">a</h2></template><h2 id="outside">b</h2></div>');
    expect(firstOfTags(root, new Set(['h2']))?.id).toBe('outside');
  });

  it('visits every element under the root, not the root, in document order', () => {
    const root = body('<ul><li id="a"><b id="b">x</b></li><li id="c">y</li></ul>').firstElementChild!;
    const seen: string[] = [];
    findDescendant(root, (el) => { seen.push(el.id); return false; });
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
