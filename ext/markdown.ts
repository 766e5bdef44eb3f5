// The popup's "Copy summary as Markdown": title, source, date, the summary as bullets, the key
// actors and the demands, as plain Markdown (the page's text escaped, never markup).
import type { Actor, Demand } from '../lib/types';
import { absoluteDate } from './format';

export interface MarkdownInput {
  title: string;
  url: string;
  site: string;
  published: string | null;
  summary: string[];
  actors: Actor[];
  demands: Demand[];
  /** false for articles whose actors and demands Crux does not find (not English) */
  nlpApplied: boolean;
}

/** Escapes what Markdown would read as markup in a line of the page's text. */
export function mdEscape(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function summaryMarkdown(m: MarkdownInput, maxActors = 8): string {
  const lines: string[] = [`# ${mdEscape(m.title) || 'Untitled'}`, ''];
  const source = m.site ? `[${mdEscape(m.site)}](<${m.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `<${m.url}>`;
  lines.push(`Source: ${source}`);
  const date = absoluteDate(m.published);
  if (date) lines.push(`Date: ${date}`);
  if (m.summary.length) lines.push('', '## Summary', '', ...m.summary.map((s) => `- ${mdEscape(s)}`));
  if (m.nlpApplied && m.actors.length) {
    lines.push('', '## Key actors', '');
    for (const a of m.actors.slice(0, maxActors)) {
      const about = [a.role, a.affiliation].filter(Boolean).map((x) => mdEscape(String(x))).join(', ');
      lines.push(`- **${mdEscape(a.name)}** (${a.type}${about ? `; ${about}` : ''})`);
    }
  }
  if (m.nlpApplied && m.demands.length) {
    lines.push('', '## Demands', '');
    for (const d of m.demands) {
      const who = d.target.length ? `${mdEscape(d.actor)} → ${d.target.map(mdEscape).join(', ')}` : mdEscape(d.actor);
      lines.push(`- **${who}**: ${mdEscape(d.demand)}`, `  > ${mdEscape(d.evidence)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
