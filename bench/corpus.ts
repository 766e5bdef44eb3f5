// The pages the benchmark runs over: the shared corpus (../shared/corpus/manifest.json, `.html.gz`
// gunzipped, decoded as the analyze command does) and the non-article fixtures in bench/fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesToHtml, gunzip, isGzip } from '../cli/decode';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS_DIR = path.resolve(ROOT, '../shared/corpus');
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface ManifestEntry {
  id: string;
  path: string;
  url: string | null;
  lang: string | null;
  kind: string;
  words: number;
}

export interface BenchPage {
  id: string;
  /** the file on disk (absolute) */
  file: string;
  url: string | null;
  html: string;
  /** size of the decoded HTML in bytes */
  bytes: number;
  /** the gold article's word count (manifest), when known */
  words?: number;
}

export function readManifest(dir = CORPUS_DIR): ManifestEntry[] {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

/**
 * `count` pages spread evenly over the manifest (every k-th entry, so both halves of the corpus
 * and every kind of page are in even a small sample); all of them when `count` is missing or larger.
 */
export function selectEntries<T>(entries: readonly T[], count?: number): T[] {
  if (count === undefined || count >= entries.length) return [...entries];
  if (count <= 0) return [];
  const step = entries.length / count;
  return Array.from({ length: count }, (_, i) => entries[Math.floor(i * step)]!);
}

export function readHtml(file: string): string {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz') || isGzip(bytes)) bytes = gunzip(bytes);
  return bytesToHtml(bytes, 'file');
}

export function loadCorpus(count?: number, dir = CORPUS_DIR): BenchPage[] {
  return loadEntries(selectEntries(readManifest(dir), count), dir);
}

export function loadEntries(entries: ManifestEntry[], dir = CORPUS_DIR): BenchPage[] {
  return entries.map((e) => {
    const file = path.join(dir, e.path);
    const html = readHtml(file);
    return { id: e.id, file, url: e.url, html, bytes: Buffer.byteLength(html), words: e.words };
  });
}

/**
 * The popup's pages: `count` English news pages spread over the range of article lengths (the
 * 20th…80th percentiles of their word counts), so neither the shortest nor the longest decide.
 */
export function popupEntries(count: number, dir = CORPUS_DIR): ManifestEntry[] {
  const news = readManifest(dir).filter((e) => e.kind === 'news' && e.lang === 'en').sort((a, b) => a.words - b.words);
  if (count <= 0 || news.length === 0) return [];
  if (count === 1) return [news[Math.floor(news.length / 2)]!];
  return Array.from({ length: count }, (_, i) => news[Math.round((0.2 + (0.6 * i) / (count - 1)) * (news.length - 1))]!);
}

/** The pages that are not articles (a login page, a product listing, search results). */
export const FIXTURE_NAMES = ['login', 'products', 'search'] as const;

export function loadFixtures(): BenchPage[] {
  return FIXTURE_NAMES.map((name) => {
    const file = path.join(FIXTURES_DIR, `${name}.html`);
    const html = readHtml(file);
    return { id: `fixture/${name}`, file, url: `https://shop.example/${name}`, html, bytes: Buffer.byteLength(html) };
  });
}
