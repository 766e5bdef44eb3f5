// Page text is data, never markup (issue #9): no Crux source turns a string into HTML or code.
// Scans the extension's own sources (lib, ext, entrypoints, components); the libraries' bundled
// uses are reviewed in tests/e2e/firefox-lint.test.ts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIRS = ['lib', 'ext', 'entrypoints', 'components'];
/** Every way a string becomes markup or code in a page or an extension page. */
const SINKS: [string, RegExp][] = [
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*(\+?=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['DOMParser', /\bnew\s+DOMParser\b/],
  ['setHTML / parseHTMLUnsafe', /\b(setHTMLUnsafe|parseHTMLUnsafe|setHTML)\s*\(/],
  ['eval / new Function', /\beval\s*\(|\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

/**
 * The one file allowed each sink, and why. ext/extract-html.ts parses a huge page's HTML (issue #9:
 * read off the page's main thread) into an inert DOMParser document in the offscreen document or
 * Firefox's background page: no script runs there, nothing loads, nothing of it is shown; it is
 * the clone Readability reads on the page, made elsewhere.
 */
const ALLOWED: Record<string, string[]> = { DOMParser: [path.join('ext', 'extract-html.ts')] };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|html)$/.test(e.name) ? [p] : [];
  });
}

describe('no HTML or code from strings in Crux sources', () => {
  const files = DIRS.flatMap(sources);

  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [name, re] of SINKS) {
    it(`uses no ${name}`, () => {
      const allowed = ALLOWED[name] ?? [];
      expect(files.filter((f) => !allowed.includes(f) && re.test(readFileSync(f, 'utf8')))).toEqual([]);
    });
  }
});
