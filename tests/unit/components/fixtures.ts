// A small article report and analysis for the popup's component tests (written for these tests).
import type { PageReport } from '../../../ext/messages';
import type { TextAnalysis } from '../../../lib/types';

export function report(over: Partial<PageReport> = {}): PageReport {
  return {
    isArticle: true,
    lang: 'en',
    article: {
      title: 'Harbour workers strike over pay',
      byline: 'A. Writer',
      siteName: 'Example News',
      published: '2024-03-01T09:00:00Z',
      excerpt: 'Dock workers walked out on Monday.',
      text: 'Dock workers walked out on Monday. The union demanded that the port authority raise wages.',
      wordCount: 460,
      lang: 'en',
      dir: null,
    },
    clutter: [
      { kind: 'paywall', text: 'Subscribe to read on', rule: 'PAYWALL_TEXT' },
      { kind: 'promo', text: 'Our new app', rule: 'PROMO_BOX' },
    ],
    timings: { extractMs: 1, clutterMs: 1 },
    url: 'https://www.example.com/news/strike',
    title: 'Harbour workers strike over pay',
    hidden: 2,
    cleaned: true,
    error: null,
    favicon: null,
    ...over,
  };
}

export function analysis(over: Partial<TextAnalysis> = {}): TextAnalysis {
  return {
    actors: [
      { name: 'Dockers Union', type: 'organization', role: 'union', affiliation: 'Portland', aliases: ['Dockers Union', 'the union', 'DU'], mentions: 4, salience: 1 },
      { name: 'Port Authority', type: 'organization', aliases: ['Port Authority'], mentions: 2, salience: 0.5 },
    ],
    demands: [
      {
        actor: 'Dockers Union',
        target: ['Port Authority'],
        demand: 'raise wages',
        evidence: 'The union demanded that the port authority raise wages.',
        trigger: 'demanded',
      },
    ],
    summary: ['Dock workers walked out on Monday.', 'The union demanded that the port authority raise wages.'],
    nlpApplied: true,
    ...over,
  };
}

export const noop = () => undefined;

export const cleanup = { hidden: 2, cleaned: true, noClean: false, busy: false, error: null, onShowAll: noop, onHideAgain: noop, onToggleSite: noop };
