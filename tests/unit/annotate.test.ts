// In-page annotations (ext/annotate.ts, ext/annotations.ts): what the popup sends, the check of
// that message, finding actor mentions as whole words, and the wrapper fallback (no Highlight
// API) leaving the page exactly as it was once switched off.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { annotationsFor, demandLabel, isAnnotations, type Annotations } from '../../ext/annotations';
import { ANN_ATTR, Annotator, findMentions, findNames } from '../../ext/annotate';
import { isCruxRequest } from '../../ext/messages';
import { PageSession } from '../../ext/session';
import { analyzeText } from '../../lib/text';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe('annotation message', () => {
  const ok: Annotations = { actors: [{ names: ['Russia', 'Moscow'] }], demands: [{ evidence: 'Russia wants guarantees.', label: 'Russia demands: guarantees' }] };

  it('accepts the shape the popup sends and rejects anything else', () => {
    expect([
      isCruxRequest({ type: 'crux:annotate', annotations: ok }),
      isCruxRequest({ type: 'crux:unannotate' }),
      isCruxRequest({ type: 'crux:annotate' }),
      isCruxRequest({ type: 'crux:annotate', annotations: { ...ok, extra: 1 } }),
      isCruxRequest({ type: 'crux:annotate', annotations: { actors: [{ names: [] }], demands: [] } }),
      isCruxRequest({ type: 'crux:annotate', annotations: { actors: [{ names: [42] }], demands: [] } }),
      isCruxRequest({ type: 'crux:annotate', annotations: { actors: [], demands: [{ evidence: 'x', label: '<b>' }, 1] } }),
      isCruxRequest({ type: 'crux:annotate', annotations: { actors: Array(9).fill({ names: ['A1'] }), demands: [] } }),
      isCruxRequest({ type: 'crux:unannotate', annotations: ok }),
    ]).toEqual([true, true, false, false, false, false, false, false, false]);
  });

  it('labels a demand "X demands of Y: …"', () => {
    expect([
      demandLabel({ actor: 'Russia', target: ['NATO'], demand: 'stop expanding east' }),
      demandLabel({ actor: 'Teachers', target: [], demand: 'fund our schools' }),
    ]).toEqual(['Russia demands of NATO: stop expanding east', 'Teachers demands: fund our schools']);
  });

  it('builds a message that passes its own check, names first, aliases deduplicated', () => {
    const a = annotationsFor({
      actors: [{ name: 'Vladimir Putin', type: 'person', aliases: ['Putin', 'Vladimir Putin'], mentions: 3, salience: 1 }],
      demands: [{ actor: 'Vladimir Putin', target: ['NATO'], demand: 'halt drills', evidence: 'Putin told NATO to halt drills.', trigger: 'told' }],
    });
    expect({ names: a.actors[0]?.names, valid: isAnnotations(a) }).toEqual({ names: ['Vladimir Putin', 'Putin'], valid: true });
  });
});

describe('findMentions', () => {
  it('matches whole words only, case as written', () => {
    expect(findNames('Iran and Iranian officials; iran; IRAN. Iran.', ['Iran'])).toEqual([[0, 4], [40, 44]]);
  });

  it('prefers the longer name at one place, then the more salient actor', () => {
    const hay = 'Vladimir Putin met Putin allies.';
    const m = findMentions(hay, [{ names: ['Putin'] }, { names: ['Vladimir Putin'] }]);
    expect(m.map((x) => [hay.slice(x.start, x.end), x.actor])).toEqual([['Vladimir Putin', 1], ['Putin', 0]]);
  });
});

describe('Annotator with wrappers (no Highlight API)', () => {
  const HTML = '<article><p>Russia told <a href="#">NATO</a> to stop. Russia wants guarantees from NATO, Russia said.</p>' +
    '<p>Moscow added that <em>NATO must</em> pull back.</p></article>';
  const annotations: Annotations = {
    actors: [{ names: ['Russia', 'Moscow'] }, { names: ['NATO'] }],
    demands: [{ evidence: 'Moscow added that NATO must pull back.', label: 'Russia demands of NATO: pull back' }],
  };

  function run() {
    const d = doc(HTML);
    const before = d.documentElement.outerHTML;
    const a = new Annotator(d, false);
    const result = a.show({ article: d.querySelector('article'), sentences: [d.querySelector('article')] }, annotations);
    return { d, a, before, result };
  }

  it('underlines every mention in its actor\'s colour group and marks the demand sentence', () => {
    const { d, result } = run();
    const actors = [...d.querySelectorAll(`[${ANN_ATTR}=actor]`)].map((s) => `${s.getAttribute('data-crux-actor')}:${s.textContent}`);
    expect({ result, actors }).toEqual({
      result: { mentions: 7, sentences: 1 },
      actors: ['0:Russia', '1:NATO', '0:Russia', '1:NATO', '0:Russia', '0:Moscow', '1:NATO'],
    });
  });

  it('gives the demand sentence\'s pieces the label as a tooltip, as text', () => {
    const { d } = run();
    const marks = [...d.querySelectorAll(`[${ANN_ATTR}=demand]`)];
    expect({ text: marks.map((m) => m.textContent).join(''), titles: [...new Set(marks.map((m) => m.getAttribute('title')))] })
      .toEqual({ text: 'Moscow added that NATO must pull back.', titles: ['Russia demands of NATO: pull back'] });
  });

  it('switching off returns the exact HTML, the same text nodes', () => {
    const { d, a, before } = run();
    const firstText = d.querySelector('p')?.firstChild;
    a.clear();
    expect({ same: d.documentElement.outerHTML === before, node: d.querySelector('p')?.firstChild === firstText }).toEqual({ same: true, node: true });
  });

  it('showing twice replaces the first annotations (no nesting), and clearing still restores', () => {
    const { d, a, before } = run();
    a.show({ article: d.querySelector('article'), sentences: [d.querySelector('article')] }, annotations);
    const count = d.querySelectorAll(`[${ANN_ATTR}=actor]`).length;
    a.clear();
    expect({ count, same: d.documentElement.outerHTML === before }).toEqual({ count: 7, same: true });
  });
});

describe('PageSession annotations on the seed page (wrappers)', () => {
  const SEED = path.resolve('../shared/seed/putin-nato-talks.html');
  const PAGE_URL = 'https://www.thehindu.com/news/international/putin-nato/article37955379.ece';

  it('the popup\'s own annotations mark mentions and sentences, a demand highlight on top; off gives the page back', () => {
    const d = parseHTML(readFileSync(SEED, 'utf8')).document as unknown as Document;
    (d.defaultView as unknown as { Element: { prototype: { scrollIntoView?: unknown } } }).Element.prototype.scrollIntoView ??= () => undefined;
    const s = new PageSession(d, PAGE_URL, { lateWatchMs: 0, highlightApi: false });
    s.extract();
    const report = s.report();
    const analysis = analyzeText(report.article!);
    const before = d.documentElement.outerHTML;
    const result = s.answer({ type: 'crux:annotate', annotations: annotationsFor(analysis) }) as { mentions: number; sentences: number };
    s.answer({ type: 'crux:highlight', evidence: analysis.demands[0]!.evidence });
    s.answer({ type: 'crux:unannotate' });
    expect({
      mentions: result.mentions > 5,
      sentences: result.sentences === new Set(analysis.demands.map((x) => x.evidence)).size,
      same: d.documentElement.outerHTML === before,
    }).toEqual({ mentions: true, sentences: true, same: true });
  });
});
