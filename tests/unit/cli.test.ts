// The analyze command as a user runs it: a child process on small fixtures (tests/fixtures/cli),
// a gzip made on the fly and a local HTTP server. Only the output's shape and the command's
// behaviour are checked here, not the quality of the analysis.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, type Run } from '../fixtures/lib/run';
import { bytesToHtml, metaEncoding } from '../../cli/decode';
import { splitTitle } from '../../cli/load';

const FIX = 'tests/fixtures/cli';
const TXT_TITLE = 'Harbour town votes to keep its ferry';
const CONTRACT_FIELDS = ['source', 'isArticle', 'lang', 'article', 'clutter', 'actors', 'demands', 'summary', 'timings'];

type Rec = Record<string, unknown>;

/** Runs `node --import tsx cli/analyze.ts ...args` from the project root (or from `cwd`). */
const runCli = (args: string[], cwd = ROOT): Promise<Run> => runScript('cli/analyze.ts', args, cwd);

const jsonLines = (out: string): Rec[] => out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Rec);

let tmp = '';
let server: Server;
let base = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crux-cli-'));
  await writeFile(join(tmp, 'article.html.gz'), gzipSync(await readFile(join(ROOT, FIX, 'article.html'))));
  await writeFile(join(tmp, 'corrupt.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]));
  const page = await readFile(join(ROOT, FIX, 'article.html'));
  server = createServer((req, res) => {
    if (req.url === '/article.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/doc.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(tmp, { recursive: true, force: true });
});

describe('analyze --json over good and bad inputs', () => {
  // [input, is it bad?]
  const cases = (): [string, boolean][] => [
    [`${FIX}/article.html`, false],
    [`${FIX}/empty.html`, true],
    [`${FIX}/junk.html`, true],
    [`${FIX}/article.txt`, false],
    [join(tmp, 'article.html.gz'), false],
    [`${FIX}/missing.html`, true],
    [`${FIX}/no-markup.html`, true],
    [`${FIX}/blank.html`, true],
    [FIX, true],
    [join(tmp, 'corrupt.html.gz'), true],
    [`${base}/article.html`, false],
    [`${base}/missing`, true],
    [`${base}/doc.pdf`, true],
  ];
  let inputs: [string, boolean][] = [];
  let run: Run;
  let records: Rec[] = [];

  beforeAll(async () => {
    inputs = cases();
    run = await runCli(['--json', ...inputs.map(([source]) => source)]);
    records = jsonLines(run.stdout);
  });

  it('exits with status 1 when any input failed', () => {
    expect(run.code).toBe(1);
  });

  it('writes one JSON line per input, in input order, with source first', () => {
    expect(records.map((r) => [Object.keys(r)[0], r.source])).toEqual(inputs.map(([s]) => ['source', s]));
  });

  it('gives an error object for each bad input and an analysis for each good one', () => {
    expect(records.map((r) => typeof r.error === 'string' && r.error !== '')).toEqual(inputs.map(([, bad]) => bad));
  });

  it('error objects hold only source and error', () => {
    const bad = records.filter((r) => 'error' in r);
    expect(bad.map((r) => Object.keys(r))).toEqual(bad.map(() => ['source', 'error']));
  });

  it('analyses carry the contract fields', () => {
    const good = records.filter((r) => !('error' in r));
    expect(good.map((r) => CONTRACT_FIELDS.filter((f) => !(f in r)))).toEqual(good.map(() => []));
  });

  it('names every failed input on stderr', () => {
    const bad = inputs.filter(([, isBad]) => isBad).map(([s]) => s);
    expect(bad.filter((s) => !run.stderr.includes(`analyze: ${s}: `))).toEqual([]);
  });

  it('takes a .txt file’s short first line as the title, not as body text', () => {
    const article = records[3]?.article as { title: string | null; text: string } | null;
    expect([article?.title, article?.text.startsWith(TXT_TITLE)]).toEqual([TXT_TITLE, false]);
  });
});

describe('analyze, other modes', () => {
  it('exits with status 0 when every input was analysed', async () => {
    const run = await runCli(['--json', `${FIX}/article.html`, `${FIX}/article.txt`, join(tmp, 'article.html.gz')]);
    expect(run.code).toBe(0);
  });

  it('--pretty prints one indented, parseable object per input, in order', async () => {
    const run = await runCli(['--pretty', `${FIX}/article.txt`, `${FIX}/missing.html`]);
    const objects = run.stdout.split(/\n(?=\{)/).map((chunk) => JSON.parse(chunk) as Rec);
    expect(objects.map((o) => o.source)).toEqual([`${FIX}/article.txt`, `${FIX}/missing.html`]);
  });

  it('prints a human-readable summary with the title', async () => {
    const run = await runCli([`${FIX}/article.txt`]);
    expect(run.stdout).toContain(`Title      ${TXT_TITLE}`);
  });

  it('with no input, analyses the sample page, from any directory', async () => {
    const run = await runCli([], tmpdir());
    expect({ code: run.code, head: run.stdout.split('\n')[0] }).toEqual({ code: 0, head: 'sample/fishing-row.html' });
  });

  it('rejects an unknown flag with the usage and status 2', async () => {
    const run = await runCli(['--frobnicate', `${FIX}/article.html`]);
    expect({ code: run.code, usage: run.stderr.includes('Usage:') }).toEqual({ code: 2, usage: true });
  });

  it('--help prints the usage', async () => {
    const run = await runCli(['--help']);
    expect({ code: run.code, usage: run.stdout.startsWith('Usage:') }).toEqual({ code: 0, usage: true });
  });
});

describe('decoding helpers', () => {
  const latin1Page = (label: string) =>
    Buffer.concat([Buffer.from(`<html><head><meta charset="${label}"><title>`), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from('</title></head></html>')]);

  it('reads the charset a <meta> declares', () => {
    expect(metaEncoding(latin1Page('iso-8859-1'))).toBe('windows-1252');
  });

  it('decodes with the declared charset', () => {
    expect(bytesToHtml(latin1Page('windows-1252'), 'file')).toContain('<title>Café</title>');
  });

  it('falls back to UTF-8 on an unknown charset label', () => {
    expect(bytesToHtml(latin1Page('no-such-charset'), 'file')).toContain('<title>Caf\uFFFD</title>');
  });

  it('keeps a first paragraph that ends with a period in the body of a .txt', () => {
    expect(splitTitle('The council met on Monday.\n\nIt voted to keep the ferry.').title).toBeNull();
  });
});
