// The analyze command over many bad inputs in ONE process (issue #9, ../shared/CONTRACT.md): each
// bad input gives its own clear error line, the run goes on to the next, the process never dies
// and never hangs (a FIFO or a device would block a naive read), and good inputs around the bad
// ones are still analysed. Inputs are generated into a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type Run } from '../fixtures/lib/run';
import { articlePage, hostileCases, rng } from '../fixtures/hostile/pages';

type Rec = Record<string, unknown>;

/** [file name, content or null for a special file made below, is it a bad input?] */
function inputs(): [string, string | Uint8Array | null, boolean][] {
  const r = rng(7);
  const junk = Uint8Array.from({ length: 4096 }, () => Math.floor(r() * 256));
  const page = (name: string) => hostileCases().find((c) => c.name.startsWith(name))!.html;
  return [
    ['good-1.html', articlePage(8), false],
    ['empty.html', '', true],
    ['spaces.html', ' \n\t \n', true],
    ['plain.html', 'Just a sentence, and no markup at all.', true],
    ['data.json', '{"title": "x", "list": [1, 2, 3]}', true],
    ['binary.html', junk, true],
    ['nul.html', `<html><body><p>text\u0000 with a NUL</p></body></html>`, true],
    ['invalid-utf8.html', Uint8Array.from([...Buffer.from('<html><body><p>caf'), 0xc3, 0x28, 0xa0, 0xa1, 0xff, ...Buffer.from(' ok</p></body></html>')]), false],
    ['broken.html.gz', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xfe]), true],
    ['not-gzip.html.gz', '<html><body>not compressed</body></html>', true],
    ['fifo.html', null, true],
    ['dir.html', null, true],
    ['missing.html', null, true],
    ['frameset.html', page('frameset'), false],
    ['feed.xml', page('XML'), false],
    ['deep.html', page('20,000'), false],
    ['hostile-markup.html', page('markup in'), false],
    ['all-clutter.html', page('article whose every block'), false],
    ['good-2.html', articlePage(9), false],
  ];
}

let tmp = '';
let run: Run;
let records: Rec[] = [];
let list: [string, string | Uint8Array | null, boolean][] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crux-hostile-cli-'));
  list = inputs();
  for (const [name, content] of list) {
    if (content !== null) await writeFile(join(tmp, name), content);
  }
  execFileSync('mkfifo', [join(tmp, 'fifo.html')]);
  await mkdir(join(tmp, 'dir.html'));
  run = await runScript('cli/analyze.ts', ['--json', ...list.map(([n]) => join(tmp, n))]);
  records = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('analyze --json over many bad inputs in one process', () => {
  it('finishes with status 1 (some inputs failed), not a crash', () => {
    expect(run.code).toBe(1);
  });

  it('writes one line per input, in input order', () => {
    expect(records.map((r) => r.source)).toEqual(list.map(([n]) => join(tmp, n)));
  });

  it('gives an error line exactly for the bad inputs', () => {
    expect(records.map((r) => typeof r.error === 'string')).toEqual(list.map(([, , bad]) => bad));
  });

  it('every error is a clear one-line message', () => {
    const errors = records.filter((r) => typeof r.error === 'string').map((r) => r.error as string);
    expect(errors.filter((e) => e.length < 8 || e.includes('\n') || /\bat .*:\d+:\d+/.test(e))).toEqual([]);
  });

  it('names every failed input on stderr', () => {
    const failed = list.filter(([, , bad]) => bad).map(([n]) => `analyze: ${join(tmp, n)}: `);
    expect(failed.filter((f) => !run.stderr.includes(f))).toEqual([]);
  });

  it('refuses a FIFO instead of blocking on it', () => {
    expect(records.find((r) => r.source === join(tmp, 'fifo.html'))?.error).toMatch(/not a regular file/);
  });

  it('says "no article" for a page whose article is all clutter, with no summary of nothing', () => {
    const r = records.find((x) => x.source === join(tmp, 'all-clutter.html'));
    expect({ isArticle: r?.isArticle, article: r?.article, summary: r?.summary }).toEqual({ isArticle: false, article: null, summary: [] });
  });

  it('still analyses the good pages after the bad ones', () => {
    expect(records.filter((r) => r.isArticle === true).map((r) => String(r.source).slice(tmp.length + 1)))
      .toEqual(['good-1.html', 'hostile-markup.html', 'good-2.html']);
  });
});
