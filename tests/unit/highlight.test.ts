// The evidence finder (ext/highlight.ts): loose matching across text nodes, and the <mark>
// fallback leaves the page exactly as it was once cleared. The request check for crux:highlight.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { foldText, locate } from '../../ext/highlight';
import { isCruxRequest } from '../../ext/messages';
import { PageSession } from '../../ext/session';

describe('locate', () => {
  it('finds a sentence that spans inline elements, with other quotes and white space', () => {
    const pieces = ['Intro. ', 'Russia wants ', 'NATO', ' to “stop”\n  expanding east. More.'];
    const hit = locate(pieces, "Russia wants NATO to 'stop' expanding east.");
    expect(hit).toEqual({ start: { node: 1, offset: 0 }, end: { node: 3, offset: 28 } });
  });

  it('falls back to the sentence\'s first words when its tail differs', () => {
    const pieces = ['He said the alliance must halt all drills near the border at once, officials added.'];
    expect(locate(pieces, 'He said the alliance must halt all drills near the border now.')?.start).toEqual({ node: 0, offset: 0 });
  });

  it('gives null when the sentence is not there', () => {
    expect(locate(['Nothing to see here.'], 'Russia demands guarantees from NATO on its eastern flank.')).toBeNull();
  });

  it('folds quotes, dashes and white space', () => {
    expect(foldText('  A  ‘b’ — “C”\u00a0d ')).toBe("a 'b' - 'c' d");
  });
});

describe('crux:highlight request', () => {
  it('accepts a type and a non-empty evidence string only', () => {
    expect([
      isCruxRequest({ type: 'crux:highlight', evidence: 'A sentence.' }),
      isCruxRequest({ type: 'crux:highlight' }),
      isCruxRequest({ type: 'crux:highlight', evidence: '  ' }),
      isCruxRequest({ type: 'crux:highlight', evidence: 42 }),
      isCruxRequest({ type: 'crux:highlight', evidence: 'x'.repeat(5000) }),
      isCruxRequest({ type: 'crux:highlight', evidence: 'A sentence.', extra: 1 }),
      isCruxRequest({ type: 'crux:get', evidence: 'A sentence.' }),
    ]).toEqual([true, false, false, false, false, false, false]);
  });
});

describe('PageSession highlight with <mark> (no Highlight API)', () => {
  const SEED = path.resolve('../shared/seed/putin-nato-talks.html');
  const PAGE_URL = 'https://www.thehindu.com/news/international/putin-nato/article37955379.ece';

  function setup() {
    const { document } = parseHTML(readFileSync(SEED, 'utf8'));
    const doc = document as unknown as Document;
    // linkedom has no layout: scrolling is a no-op
    (doc.defaultView as unknown as { Element: { prototype: { scrollIntoView?: unknown } } }).Element.prototype.scrollIntoView ??= () => undefined;
    const s = new PageSession(doc, PAGE_URL, { lateWatchMs: 0, highlightApi: false });
    s.extract();
    return { doc, s };
  }

  it('marks the sentence, and "Show everything" returns the exact HTML', () => {
    const { doc, s } = setup();
    const before = doc.documentElement.outerHTML;
    const found = s.answer({ type: 'crux:highlight', evidence: 'Russian President Vladimir Putin said on Tuesday' });
    const marked = [...doc.querySelectorAll('[data-crux-mark]')].map((m) => m.textContent).join('');
    s.answer({ type: 'crux:restore' });
    expect({ found, marked, same: doc.documentElement.outerHTML === before })
      .toEqual({ found: true, marked: 'Russian President Vladimir Putin said on Tuesday', same: true });
  });

  it('answers false for a sentence that is not on the page, and changes nothing', () => {
    const { doc, s } = setup();
    const before = doc.documentElement.outerHTML;
    expect(s.answer({ type: 'crux:highlight', evidence: 'This sentence is nowhere in the article at all.' })).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
