// The human-readable summary of one analysis (what the popup shows, as text), for the terminal.
import type { Actor, Analysis, Demand } from '../lib/types';

export const RULE = '─'.repeat(72);
const SHOWN_ACTORS = 8;

export interface FormatOptions {
  /** wrap long lines at this many columns */
  width?: number;
}

export function formatAnalysis(source: string, a: Analysis, options: FormatOptions = {}): string {
  const width = options.width ?? 80;
  const out: string[] = [source, ''];
  const article = a.article;
  if (!article) {
    out.push('No article found on this page.');
    return out.join('\n') + '\n';
  }

  field(out, 'Title', article.title);
  field(out, 'Site', article.siteName);
  field(out, 'Published', article.published);
  field(out, 'Byline', article.byline);
  field(out, 'Words', String(article.wordCount));
  field(out, 'Language', a.lang);

  if (!a.nlpApplied) {
    const foreign = a.lang !== null && !/^en\b/i.test(a.lang);
    out.push('', foreign ? `Actors and demands: not computed (the article is not in English: ${a.lang})` : 'Actors and demands: not computed');
  } else {
    out.push('', 'Summary');
    if (a.summary.length === 0) out.push('  (none)');
    for (const s of a.summary) out.push(...wrap(s, width, '  • ', '    '));

    const shown = a.actors.slice(0, SHOWN_ACTORS);
    out.push('', a.actors.length > shown.length ? `Key actors (${shown.length} of ${a.actors.length})` : `Key actors (${a.actors.length})`);
    if (shown.length === 0) out.push('  (none)');
    shown.forEach((actor, i) => out.push(...wrap(actorLine(actor), width, `  ${String(i + 1).padStart(2)}. `, '      ')));

    out.push('', `Demands (${a.demands.length})`);
    if (a.demands.length === 0) out.push('  (none)');
    for (const d of a.demands) {
      out.push(...wrap(demandLine(d), width, '  • ', '    '));
      out.push(...wrap(`“${d.evidence}”`, width, '      ', '       '));
    }
  }

  out.push('', clutterLine(a));
  const t = a.timings;
  out.push(`Analysed in ${t.totalMs} ms (extract ${t.extractMs}, clutter ${t.clutterMs}, NLP ${t.nlpMs})`);
  return out.join('\n') + '\n';
}

function field(out: string[], label: string, value: string | null): void {
  out.push(`  ${label.padEnd(10)} ${value ?? '—'}`);
}

function actorLine(actor: Actor): string {
  const parts = [actor.type, actor.role, actor.affiliation].filter((p): p is string => !!p);
  const mentions = `${actor.mentions} mention${actor.mentions === 1 ? '' : 's'}`;
  return `${actor.name} (${[...parts, mentions].join(', ')})`;
}

function demandLine(d: Demand): string {
  const target = d.target.length > 0 ? ` → ${d.target.join(', ')}` : '';
  return `${d.actor}${target}: ${d.demand}`;
}

function clutterLine(a: Analysis): string {
  if (a.clutter.length === 0) return 'Clutter hidden: none';
  const counts = new Map<string, number>();
  for (const c of a.clutter) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const byKind = [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
  return `Clutter hidden (${a.clutter.length}): ${byKind}`;
}

/** Word-wraps `text` to `width` columns: `first` prefixes the first line, `rest` the others. */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
