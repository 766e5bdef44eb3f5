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
      expect(files.filter((f) => re.test(readFileSync(f, 'utf8')))).toEqual([]);
    });
  }
});
