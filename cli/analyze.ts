// `npm run analyze -- [--json] [--pretty] [FILE | URL ...]`: the whole analysis from the command
// line, on the same library code as the extension. The output is a contract: ../../shared/CONTRACT.md.
// Inputs are analysed one after the other in this one process; nothing of an input is kept once
// its result is written, so memory stays flat over a large corpus.
import { fileURLToPath } from 'node:url';
import { analyze, analyzePlainText } from '../lib/analyze';
import type { Analysis } from '../lib/types';
import { USAGE, parseCliArgs, type CliArgs } from './args';
import { InputError, errorMessage } from './decode';
import { parseDocument } from './dom';
import { RULE, formatAnalysis } from './format';
import { loadInput, type Loaded } from './load';

const SAMPLE_SOURCE = 'sample/fishing-row.html';
const SAMPLE_PATH = fileURLToPath(new URL('../sample/fishing-row.html', import.meta.url));

type Outcome = { ok: true; analysis: Analysis } | { ok: false; error: string };

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    await write(process.stderr, `analyze: ${errorMessage(err)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    await write(process.stdout, USAGE);
    return 0;
  }

  const inputs = args.inputs.length > 0
    ? args.inputs.map((source) => ({ source, path: source }))
    : [{ source: SAMPLE_SOURCE, path: SAMPLE_PATH }];
  const width = Math.min(Math.max(process.stdout.columns ?? 80, 60), 120);
  let failures = 0;
  let written = 0;

  for (const { source, path } of inputs) {
    const outcome = await run(source, path);
    if (!outcome.ok) {
      failures++;
      await write(process.stderr, `analyze: ${source}: ${outcome.error}\n`);
    }
    if (args.json) {
      const record = outcome.ok ? toRecord(source, outcome.analysis) : { source, error: outcome.error };
      await write(process.stdout, JSON.stringify(record, null, args.pretty ? 2 : undefined) + '\n');
    } else if (outcome.ok) {
      await write(process.stdout, (written > 0 ? `${RULE}\n` : '') + formatAnalysis(source, outcome.analysis, { width }));
      written++;
    }
  }
  return failures > 0 ? 1 : 0;
}

/** Loads and analyses one input; never throws. */
async function run(source: string, path: string): Promise<Outcome> {
  let loaded: Loaded;
  try {
    loaded = await loadInput(source, path);
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err.message };
    return { ok: false, error: `cannot load: ${errorMessage(err)}` };
  }
  try {
    return { ok: true, analysis: analyzeLoaded(loaded) };
  } catch (err) {
    if (process.env.CRUX_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return { ok: false, error: `analysis failed: ${errorMessage(err)}` };
  }
}

function analyzeLoaded(loaded: Loaded): Analysis {
  if (loaded.kind === 'text') return analyzePlainText(loaded.text, loaded.title);
  return analyze(parseDocument(loaded.html), loaded.url ? { url: loaded.url } : {});
}

/** The JSON object of one input: `source` first, then the analysis. */
function toRecord(source: string, analysis: Analysis): Analysis & { source: string } {
  const { source: _ignored, ...rest } = analysis;
  return { source, ...rest };
}

/** Writes and waits until the chunk is handed to the OS (keeps memory flat, and output complete on exit). */
function write(stream: NodeJS.WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(chunk, (err) => (err ? reject(err) : resolve())));
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`analyze: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
