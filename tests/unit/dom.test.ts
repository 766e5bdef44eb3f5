// Loading HTML on Node (cli/dom.ts): linkedom's parse repaired where it differs from a browser's.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';

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
