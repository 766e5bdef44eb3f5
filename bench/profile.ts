// Where the time goes: runs extractPage (page side) or analyzeText (NLP side) over corpus pages
// under `node --cpu-prof`, then sums the profile's samples taken inside that function (parsing
// the pages is left out) by function and by file: self time, and inclusive time of lib/ functions.
//
//   npx tsx bench/profile.ts [page|nlp|both] [--pages 50] [--rounds 2]
//
// Writes artifacts/bench/profile/<side>.cpuprofile (open it in Chrome DevTools, Performance tab)
// and <side>.txt / <side>.json with the summary printed here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../cli/dom';
import { extractPage } from '../lib/page';
import { analyzeText } from '../lib/text';
import type { Article } from '../lib/types';
import { ROOT, loadCorpus } from './corpus';

type Side = 'page' | 'nlp';
const ENTRY: Record<Side, { fn: string; file: string }> = {
  page: { fn: 'extractPage', file: 'lib/page.ts' },
  nlp: { fn: 'analyzeText', file: 'lib/text.ts' },
};

// ---- the worker: the workload itself (run under --cpu-prof) ----

function work(side: Side, pages: number, rounds: number): void {
  const corpus = loadCorpus(pages);
  if (side === 'page') {
    for (let r = 0; r < rounds; r++) {
      for (const p of corpus) {
        try { extractPage(parseDocument(p.html), p.url ? { url: p.url } : {}); } catch { /* profiled all the same */ }
      }
    }
    return;
  }
  const articles: Article[] = [];
  for (const p of corpus) {
    try {
      const a = extractPage(parseDocument(p.html), p.url ? { url: p.url } : {}).article;
      if (a) articles.push(a);
    } catch { /* no article */ }
  }
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      try { analyzeText(a); } catch { /* profiled all the same */ }
    }
  }
}

// ---- the summary of a .cpuprofile ----

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface Row { name: string; ms: number; pct: number }
export interface ProfileSummary {
  side: Side;
  entry: string;
  /** ms of samples with the entry function on the stack */
  totalMs: number;
  /** ms of the whole process's samples (garbage collection shows apart, not under the entry) */
  processMs: number;
  gcMs: number;
  selfByFunction: Row[];
  selfByFile: Row[];
  inclusiveLib: Row[];
  /** inclusive time of calls from lib/ into packages, by callee and caller */
  packageCalls: Row[];
}

/** A file as the summary names it: lib/…, cli/…, or the npm package it belongs to. */
export function fileLabel(url: string): string {
  if (!url) return '(native / V8)';
  const p = url.replace(/^file:\/\//, '');
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + '/node_modules/'.length).split('/');
    return `npm:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const rel = path.relative(ROOT, p);
  return rel.startsWith('..') ? p : rel;
}

/** Where a function is: its lib/ file (tsx's line numbers are not the source's), or package/file:line. */
function placeLabel(f: CallFrame): string {
  const label = fileLabel(f.url);
  if (!label.startsWith('npm:')) return label;
  const p = f.url.replace(/^file:\/\//, '');
  const inPkg = p.slice(p.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/');
  const skip = inPkg[0]!.startsWith('@') ? 2 : 1;
  return `${label}/${inPkg.slice(skip).join('/')}:${f.lineNumber + 1}`;
}

export function summarizeProfile(profile: CpuProfile, side: Side, top = 25): ProfileSummary {
  const entry = ENTRY[side];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isEntry = (n: ProfileNode) => n.callFrame.functionName === entry.fn && n.callFrame.url.endsWith(entry.file);

  const self = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const incl = new Map<string, number>();
  const calls = new Map<string, number>();
  let total = 0;
  let all = 0;
  let gc = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (i + 1 < timeDeltas.length ? timeDeltas[i + 1]! : 0) / 1000;
    all += dt;
    const leaf = byId.get(samples[i]!)!;
    if (leaf.callFrame.functionName === '(garbage collector)') gc += dt;
    const stack: ProfileNode[] = [];
    let inside = false;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      stack.push(n);
      if (isEntry(n)) { inside = true; break; }
    }
    if (!inside) continue;
    total += dt;
    const f = leaf.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${placeLabel(f)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    selfFile.set(fileLabel(f.url), (selfFile.get(fileLabel(f.url)) ?? 0) + dt);
    const seen = new Set<string>();
    const seenCall = new Set<string>();
    stack.forEach((n, j) => {
      const label = fileLabel(n.callFrame.url);
      const name = n.callFrame.functionName || '(anonymous)';
      if (label.startsWith('lib/')) {
        const k = `${name}  ${label}`;
        if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); }
        return;
      }
      // a call from lib/ into a package (Readability.parse, cloneNode, querySelectorAll, compromise…)
      const caller = stack[j + 1];
      if (label.startsWith('npm:') && caller && fileLabel(caller.callFrame.url).startsWith('lib/')) {
        const k = `${label.slice(4)}: ${name}  ← ${caller.callFrame.functionName || '(anonymous)'} (${fileLabel(caller.callFrame.url)})`;
        if (!seenCall.has(k)) { seenCall.add(k); calls.set(k, (calls.get(k) ?? 0) + dt); }
      }
    });
  }
  const rows = (m: Map<string, number>, n: number): Row[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: Math.round(ms), pct: Math.round((1000 * ms) / Math.max(total, 1e-9)) / 10 }));
  return {
    side,
    entry: `${entry.fn} (${entry.file})`,
    totalMs: Math.round(total),
    processMs: Math.round(all),
    gcMs: Math.round(gc),
    selfByFunction: rows(self, top),
    selfByFile: rows(selfFile, 15),
    inclusiveLib: rows(incl, 25),
    packageCalls: rows(calls, 15),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const out: string[] = [];
  out.push(`${s.side === 'page' ? 'Page side' : 'NLP side'}: ${s.entry}, ${s.totalMs} ms of samples inside it ` +
    `(process ${s.processMs} ms, of which garbage collection ${s.gcMs} ms, not attributed)`);
  const table = (title: string, rows: Row[]) => {
    out.push('', title);
    for (const r of rows) out.push(`  ${`${r.pct.toFixed(1)}%`.padStart(6)}  ${`${r.ms} ms`.padStart(8)}  ${r.name}`);
  };
  table('Self time by file', s.selfByFile);
  table('Self time by function (top)', s.selfByFunction);
  table('Inclusive time of lib/ functions (top)', s.inclusiveLib);
  table('Inclusive time of calls from lib/ into packages (top)', s.packageCalls);
  return out.join('\n') + '\n';
}

// ---- the command ----

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pages: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '2' },
      worker: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const pages = Number(values.pages);
  const rounds = Number(values.rounds);
  if (values.worker) {
    work(values.worker as Side, pages, rounds);
    return 0;
  }
  const which = positionals[0] ?? 'both';
  const sides: Side[] = which === 'both' ? ['page', 'nlp'] : which === 'page' || which === 'nlp' ? [which] : [];
  if (sides.length === 0) {
    process.stderr.write('Usage: npx tsx bench/profile.ts [page|nlp|both] [--pages 50] [--rounds 2]\n');
    return 2;
  }
  const out = path.resolve(values.out ?? path.join(ROOT, 'artifacts/bench/profile'));
  mkdirSync(out, { recursive: true });
  for (const side of sides) {
    const tmp = path.join(out, `tmp-${side}-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    process.stderr.write(`profile: ${side} side over ${pages} pages × ${rounds} rounds …\n`);
    const run = spawnSync(process.execPath, [
      '--cpu-prof', `--cpu-prof-dir=${tmp}`, '--cpu-prof-interval=250',
      '--import', 'tsx', 'bench/profile.ts', '--worker', side, '--pages', String(pages), '--rounds', String(rounds),
    ], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) throw new Error(`the profiled run failed (exit ${run.status})`);
    const file = readdirSync(tmp).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no .cpuprofile written');
    const dest = path.join(out, `${side}.cpuprofile`);
    renameSync(path.join(tmp, file), dest);
    rmSync(tmp, { recursive: true, force: true });
    const summary = summarizeProfile(JSON.parse(readFileSync(dest, 'utf8')) as CpuProfile, side);
    const text = formatSummary(summary);
    writeFileSync(path.join(out, `${side}.txt`), text);
    writeFileSync(path.join(out, `${side}.json`), JSON.stringify(summary, null, 1) + '\n');
    process.stdout.write(`${text}\n`);
  }
  process.stdout.write(`Profiles: ${path.relative(process.cwd(), out)}/{${sides.join(',')}}.cpuprofile\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`profile: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  },
);
