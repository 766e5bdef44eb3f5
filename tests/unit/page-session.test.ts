// The content script's page session (ext/session.ts) on the seed page in linkedom: it answers
// every request without throwing, and "Show everything" leaves no trace of Crux on the page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { PageSession } from '../../ext/session';
import type { PageReport } from '../../ext/messages';

const SEED = path.resolve('../shared/seed/putin-nato-talks.html');
const PAGE_URL = 'https://www.thehindu.com/news/international/putin-nato/article37955379.ece';

function session() {
  const { document } = parseHTML(readFileSync(SEED, 'utf8'));
  const doc = document as unknown as Document;
  const s = new PageSession(doc, PAGE_URL);
  s.extract();
  return { doc, s };
}

describe('PageSession', () => {
  it('reports the page without live elements, and with its URL and title', () => {
    const { s } = session();
    const r = s.answer({ type: 'crux:get' }) as PageReport;
    expect({ url: r.url, title: r.title, hasElements: 'elements' in r, error: r.error })
      .toEqual({ url: PAGE_URL, title: 'Putin wants ‘immediate’ talks with NATO on Russia’s security - The Hindu', hasElements: false, error: null });
  });

  it('reports as many hidden elements as it marked', () => {
    const { doc, s } = session();
    const hidden = s.answer({ type: 'crux:reclean' });
    expect(hidden).toBe(doc.querySelectorAll('[data-crux-hidden]').length);
  });

  it('restores the page exactly: the same HTML as before the clean-up', () => {
    const { doc, s } = session();
    const before = doc.documentElement.outerHTML;
    s.answer({ type: 'crux:reclean' });
    s.answer({ type: 'crux:restore' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is not cleaned after a restore', () => {
    const { s } = session();
    s.answer({ type: 'crux:reclean' });
    s.answer({ type: 'crux:restore' });
    const r = s.answer({ type: 'crux:get' }) as PageReport;
    expect({ hidden: r.hidden, cleaned: r.cleaned }).toEqual({ hidden: 0, cleaned: false });
  });
});
