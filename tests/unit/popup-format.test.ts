// The popup's text helpers: dates (relative and absolute), reading time, and the Markdown copy.
import { describe, expect, it } from 'vitest';
import { absoluteDate, formatDate, readingMinutes, relativeDate } from '../../ext/format';
import { summaryMarkdown } from '../../ext/markdown';

const NOW = Date.parse('2021-12-17T12:00:00Z');

describe('dates', () => {
  it('"3 days ago · 14 Dec 2021"', () => {
    expect(formatDate('2021-12-14T10:00:00Z', NOW)).toBe('3 days ago · 14 Dec 2021');
  });

  it('relative: yesterday, hours, months, years', () => {
    expect([
      relativeDate('2021-12-16T11:00:00Z', NOW),
      relativeDate('2021-12-17T09:00:00Z', NOW),
      relativeDate('2021-10-01T00:00:00Z', NOW),
      relativeDate('2019-12-01T00:00:00Z', NOW),
      relativeDate('2021-12-17T11:59:50Z', NOW),
    ]).toEqual(['yesterday', '3 hours ago', '2 months ago', '2 years ago', 'just now']);
  });

  it('no date, or an unreadable one: null', () => {
    expect([absoluteDate(null), absoluteDate('not a date'), formatDate('', NOW)]).toEqual([null, null, null]);
  });
});

describe('reading time', () => {
  it('words / 230, rounded, at least one minute', () => {
    expect([readingMinutes(0), readingMinutes(100), readingMinutes(460), readingMinutes(1000), readingMinutes(NaN)]).toEqual([1, 1, 2, 4, 1]);
  });
});

describe('summaryMarkdown', () => {
  const input = {
    title: 'Putin wants *immediate* talks',
    url: 'https://example.org/news/putin',
    site: 'The Hindu',
    published: '2021-12-14T10:00:00Z',
    summary: ['Putin wants talks.', 'NATO is wary.'],
    actors: [{ name: 'Vladimir Putin', type: 'person' as const, role: 'President', affiliation: 'Russia', aliases: [], mentions: 4, salience: 1 }],
    demands: [{ actor: 'Russia', target: ['NATO'], demand: 'stop expanding east', evidence: 'Russia wants NATO to stop expanding east.', trigger: 'wants' }],
    nlpApplied: true,
  };

  it('title, source, date, summary bullets, actors and demands', () => {
    expect(summaryMarkdown(input)).toBe([
      '# Putin wants \\*immediate\\* talks',
      '',
      'Source: [The Hindu](<https://example.org/news/putin>)',
      'Date: 14 Dec 2021',
      '',
      '## Summary',
      '',
      '- Putin wants talks.',
      '- NATO is wary.',
      '',
      '## Key actors',
      '',
      '- **Vladimir Putin** (person; President, Russia)',
      '',
      '## Demands',
      '',
      '- **Russia → NATO**: stop expanding east',
      '  > Russia wants NATO to stop expanding east.',
      '',
    ].join('\n'));
  });

  it('leaves actors and demands out when they were not computed', () => {
    const md = summaryMarkdown({ ...input, nlpApplied: false });
    expect({ actors: md.includes('Key actors'), demands: md.includes('Demands') }).toEqual({ actors: false, demands: false });
  });
});
