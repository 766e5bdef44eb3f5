// Sizes of the built extension's content script and popup, as shipped (minified by the build)
// and gzipped (node:zlib, level 9). Files are found through the manifest and popup.html, so
// renamed chunks need no change here.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  dir: string;
  contentScript: FileSize[];
  /** the popup's JavaScript (its entry chunk and what that imports) */
  popupJs: FileSize[];
  /** the popup's other files: popup.html and its stylesheets */
  popupOther: FileSize[];
  /** the background's JavaScript (the service worker; it carries the NLP for analysing ahead, started up only on first use) */
  background?: FileSize[];
  totals: { contentScript: FileSize; popupJs: FileSize; popup: FileSize; background?: FileSize };
}

function size(dir: string, rel: string): FileSize {
  const body = readFileSync(path.join(dir, rel));
  return { file: rel, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

function total(name: string, files: FileSize[]): FileSize {
  return { file: name, bytes: files.reduce((a, f) => a + f.bytes, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

/** Relative paths of the chunks `file` imports statically (`from"./x.js"`, `import"./x.js"`), transitively. */
function jsClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel) || !existsSync(path.join(dir, rel))) return;
    seen.add(rel);
    const src = readFileSync(path.join(dir, rel), 'utf8');
    // static imports and dynamic import("./chunk.js") (the popup loads its NLP chunk that way)
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["'`]([./][^"'`]+\.js)["'`]/g)) {
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]!)));
    }
  };
  visit(entry);
  return [...seen];
}

export function measureSizes(dir: string): BundleSizes | null {
  const rel = (u: string) => u.replace(/^\//, '');
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    action?: { default_popup?: string };
    browser_action?: { default_popup?: string };
    background?: { service_worker?: string; scripts?: string[] };
  };
  const backgroundFiles = manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts ?? [];
  const background = [...new Set(backgroundFiles.map(rel).flatMap((f) => jsClosure(dir, f)))].map((f) => size(dir, f));
  const contentFiles = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html';
  const html = existsSync(path.join(dir, popupHtml)) ? readFileSync(path.join(dir, popupHtml), 'utf8') : '';
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => rel(m[1]!));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+\.css)"/g)].map((m) => rel(m[1] ?? m[2]!));
  const popupJs = [...new Set(scripts.flatMap((s) => jsClosure(dir, s)))].map((f) => size(dir, f));
  const popupOther = [popupHtml, ...new Set(styles)].filter((f) => existsSync(path.join(dir, f))).map((f) => size(dir, f));
  const contentScript = contentFiles.map((f) => size(dir, f));
  return {
    dir,
    contentScript,
    popupJs,
    popupOther,
    background,
    totals: {
      background: total('background', background),
      contentScript: total('content script', contentScript),
      popupJs: total('popup JS', popupJs),
      popup: total('popup (JS, CSS, HTML)', [...popupJs, ...popupOther]),
    },
  };
}

/** The newest modification time of the sources the extension is built from, and of the build. */
export function buildAge(root: string, dir: string): { builtAt: string | null; stale: boolean } {
  const rel = (u: string) => u.replace(/^\//, '');
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return { builtAt: null, stale: true };
  const built = statSync(manifestFile).mtimeMs;
  let newest = 0;
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSafe(d)) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const d of ['lib', 'entrypoints', 'ext', 'components']) walk(path.join(root, d));
  return { builtAt: new Date(built).toISOString(), stale: newest > built };
}

function readdirSafe(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}
