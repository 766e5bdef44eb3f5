// The whole `analyze` command over a set of pages against a bare linkedom + Readability script
// (bench/bare.ts) over the same pages, both as whole processes started the same way
// (`npx tsx …`), wall time from spawn to exit. Runs alternate (analyze, bare, bare, analyze, …) so
// drift hits both alike. A run of the bare script with no pages gives the launcher's own cost.
import { spawn } from 'node:child_process';
import { ROOT } from './corpus';
import { median, round } from './stats';
import type { Log } from './node';

export interface ProcessRun {
  ms: number;
  code: number | null;
  /** output lines that report an error for an input */
  inputErrors: number;
}

export interface ProcessResult {
  pages: number;
  runs: number;
  launcher: string;
  analyze: { medianMs: number; runs: ProcessRun[] };
  bare: { medianMs: number; runs: ProcessRun[] };
  /** the bare script with no pages: starting the launcher, tsx, linkedom and Readability */
  startup: { medianMs: number; runs: ProcessRun[] };
  ratio: number;
  /** the same ratio with the launcher's start-up taken off both */
  ratioWithoutStartup: number;
}

const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function timeProcess(args: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(NPX, ['--no-install', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const inputErrors = out.split('\n').filter(isErrorLine).length;
      resolve({ ms: round(ms, 1), code, inputErrors });
    });
  });
}

function isErrorLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const rec = JSON.parse(line) as { error?: unknown };
    return typeof rec.error === 'string';
  } catch {
    return false;
  }
}

export async function measureProcesses(files: string[], runs: number, log: Log): Promise<ProcessResult> {
  const analyzeRuns: ProcessRun[] = [];
  const bareRuns: ProcessRun[] = [];
  const startupRuns: ProcessRun[] = [];
  const analyze = () => timeProcess(['cli/analyze.ts', '--json', ...files]).then((r) => void analyzeRuns.push(r));
  const bare = () => timeProcess(['bench/bare.ts', ...files]).then((r) => void bareRuns.push(r));
  const startup = () => timeProcess(['bench/bare.ts']).then((r) => void startupRuns.push(r));
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) { await analyze(); await bare(); } else { await bare(); await analyze(); }
    await startup();
    log(`  processes: run ${r + 1}/${runs}: analyze ${analyzeRuns.at(-1)!.ms} ms, bare ${bareRuns.at(-1)!.ms} ms, start-up ${startupRuns.at(-1)!.ms} ms`);
  }
  const a = median(analyzeRuns.map((x) => x.ms));
  const b = median(bareRuns.map((x) => x.ms));
  const s = median(startupRuns.map((x) => x.ms));
  return {
    pages: files.length,
    runs,
    launcher: 'npx --no-install tsx',
    analyze: { medianMs: round(a, 1), runs: analyzeRuns },
    bare: { medianMs: round(b, 1), runs: bareRuns },
    startup: { medianMs: round(s, 1), runs: startupRuns },
    ratio: round(a / b),
    ratioWithoutStartup: round(Math.max(0, a - s) / Math.max(1, b - s)),
  };
}
