// `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on upload) on the Firefox
// build: no errors, no notices, and no warning but the ones README.md explains, each recognised by
// the code it points at. Offline (NO_UPDATE_NOTIFIER keeps web-ext from asking npm for a newer
// version), about 10 s. `npm run lint:firefox` prints the same report as a table.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { FIREFOX_EXTENSION_DIR } from './support/firefox';

const WEB_EXT = path.resolve('node_modules/web-ext/bin/web-ext.js');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/**
 * The warnings README.md explains ("Firefox: web-ext lint"), each as the code it may point at.
 * All are `innerHTML` assignments inside libraries, none with anything from outside the page:
 */
const EXPLAINED: Array<{ code: string; near: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /\.innerHTML=\w+,this\._attempts\.push\(/,
    why: "Readability puts the page's own markup back into its working copy (a clone of the page) before a retry",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /\.innerHTML=\w+\.innerHTML;/,
    why: "Readability copies a <noscript>'s markup into a <div> of that clone (lazy-loaded images)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /\.innerHTML=\w+\.__html\)/,
    why: "Preact's dangerouslySetInnerHTML, which no Crux component uses (checked in privacy-bundle.test.ts)",
  },
];

/** The code around the place a message points at (lines are 1-based, columns 0-based). */
function around(m: LintMessage): string {
  if (!m.file || !m.line) return '';
  const lines = readFileSync(path.join(FIREFOX_EXTENSION_DIR, m.file), 'utf8').split('\n');
  const text = lines[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return text.slice(Math.max(0, at - 80), at + 120);
}

describe('web-ext lint (addons-linter) on .output/firefox-mv2', () => {
  let report: LintReport;

  beforeAll(async () => {
    expect(existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')), 'run `npm run build` first').toBe(true);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [WEB_EXT, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'],
      { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 * 1024 * 1024 },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' })); // exits non-zero on errors
    report = JSON.parse(stdout) as LintReport;
  });

  it('finds no errors', () => {
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  });

  it('finds no notices', () => {
    expect(report.notices.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  });

  it('finds no warning that README.md does not explain', () => {
    const unexplained = report.warnings
      .filter((m) => !EXPLAINED.some((e) => e.code === m.code && e.near.test(around(m))))
      .map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message} near: ${around(m)}`);
    expect(unexplained).toEqual([]);
  });
});
