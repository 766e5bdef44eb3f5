// Private by construction, read off what ships: the built bundles (.output/chrome-mv3 and
// .output/firefox-mv2, so this runs after `npm run build`) contain no network API, no way to run
// code from a string and no remote script; the manifests ask for nothing beyond the job (the
// permissions README.md justifies), relax no content security policy, and carry the store
// metadata (name, description, version from package.json; icons at every size; a stable gecko id).
//
// Dependencies checked by hand when this was written: Readability (content script and popup),
// compromise, world-countries and Preact (popup) contain none of the forbidden APIs. Vite's
// modulepreload polyfill, a fetch() of the popup's own chunks, is turned off in wxt.config.ts.
// The only URLs in the code are XML namespace names and the content script's match patterns
// (see ALLOWED_URLS); a new one fails here until it is understood and listed.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((b) => ({ name: b, dir: path.resolve('.output', b) }));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { displayName: string; description: string; version: string };

/** Code that would reach the network or run code from a string. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval(', /\beval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['Function("…")', /\bFunction\s*\(\s*[`'"]/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/],
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts', /\bimportScripts\b/],
  // import() of anything but one of the build's own files, named as a literal ("./text-….js")
  ['import() of code that is not a packaged file', /\bimport\s*\((?!\s*[`'"]\.\/[\w.-]+\.js[`'"]\s*\))/],
  ['a <script> made at run time', /createElement\s*\(\s*[`'"]script[`'"]\s*\)/i],
];

/** Every absolute URL in the code, with why it is harmless. */
const ALLOWED_URLS: Record<string, string> = {
  'http://www.w3.org/2000/svg': 'XML namespace name (Preact, Readability): an identifier, never fetched',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace name (Preact): an identifier, never fetched',
  'http://www.w3.org/1999/xhtml': 'XML namespace name (Preact): an identifier, never fetched',
  'http://*/*': "the content script's match pattern, as WXT keeps it in the script",
  'https://*/*': "the content script's match pattern, as WXT keeps it in the script",
};

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe.each(BUILDS)('built $name: no network, no remote code, no eval', ({ dir }) => {
  const exists = existsSync(path.join(dir, 'manifest.json'));
  const files = exists ? filesOf(dir) : [];
  const code = files.filter((f) => /\.(js|html|css)$/.test(f)).map((f) => ({ file: path.relative(dir, f), text: readFileSync(f, 'utf8') }));

  it('exists (run `npm run build` first)', () => {
    expect(exists).toBe(true);
    expect(code.filter((c) => c.file.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
  });

  it('holds only its own code, styles, icons and manifest', () => {
    const odd = files.map((f) => path.relative(dir, f)).filter((f) => !/\.(js|html|css|png)$/.test(f) && f !== 'manifest.json');
    expect(odd).toEqual([]);
  });

  for (const [label, pattern] of FORBIDDEN) {
    it(`contains no ${label}`, () => {
      const hits = code.flatMap(({ file, text }) => {
        const m = new RegExp(pattern.source, `${pattern.flags}g`);
        return [...text.matchAll(m)].map((x) => `${file}: …${text.slice(Math.max(0, (x.index ?? 0) - 60), (x.index ?? 0) + 60)}…`);
      });
      expect(hits).toEqual([]);
    });
  }

  it('loads by import() only files it ships (the NLP chunk of the popup)', () => {
    const targets = code.flatMap(({ file, text }) =>
      [...text.matchAll(/\bimport\s*\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)].map((m) => path.join(path.dirname(file), m[1]!)));
    expect(targets.filter((t) => !existsSync(path.join(dir, t)))).toEqual([]);
  });

  it('names no URL but XML namespaces and its own match patterns', () => {
    const urls = code.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s`'"()<>\\]*/gi)].map((m) => ({ file, url: m[0] })));
    expect(urls.filter((u) => !(u.url in ALLOWED_URLS))).toEqual([]);
  });

  it('loads every script and stylesheet from the extension itself', () => {
    const refs = code
      .filter((c) => c.file.endsWith('.html'))
      .flatMap(({ file, text }) => [...text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?([^"' >]+)/gi)].map((m) => ({ file, ref: m[1] })));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !/^\/(?!\/)|^\.\.?\//.test(r.ref ?? ''))).toEqual([]);
  });

  it('styles pull in nothing from outside', () => {
    const hits = code.filter((c) => c.file.endsWith('.css') && /@import|url\(\s*['"]?(?:[a-z]+:)?\/\//i.test(c.text));
    expect(hits.map((c) => c.file)).toEqual([]);
  });
});

describe.each(BUILDS)('manifest of $name: only what the job needs', ({ dir }) => {
  const file = path.join(dir, 'manifest.json');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const manifest: any = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};

  it('asks for storage and activeTab only, and offscreen in Chrome (README: Permissions)', () => {
    const expected = manifest.manifest_version === 3 ? ['activeTab', 'offscreen', 'storage'] : ['activeTab', 'storage'];
    expect([...(manifest.permissions ?? [])].sort()).toEqual(expected);
  });

  it('asks for no other host access than the content script on http(s) pages', () => {
    expect({
      host_permissions: manifest.host_permissions,
      optional_permissions: manifest.optional_permissions,
      optional_host_permissions: manifest.optional_host_permissions,
      matches: manifest.content_scripts?.map((c: { matches: string[] }) => c.matches),
    }).toEqual({
      host_permissions: undefined,
      optional_permissions: undefined,
      optional_host_permissions: undefined,
      matches: [['http://*/*', 'https://*/*']],
    });
  });

  it('keeps the browser\'s default content security policy (no remote scripts, no eval) and exposes nothing', () => {
    expect({
      csp: manifest.content_security_policy,
      externally_connectable: manifest.externally_connectable,
      web_accessible_resources: manifest.web_accessible_resources,
      update_url: manifest.update_url,
    }).toEqual({ csp: undefined, externally_connectable: undefined, web_accessible_resources: undefined, update_url: undefined });
  });

  it('takes name, description and version from package.json', () => {
    expect({ name: manifest.name, description: manifest.description, version: manifest.version })
      .toEqual({ name: pkg.displayName, description: pkg.description, version: pkg.version });
  });

  it('has PNG icons at 16, 32, 48, 96 and 128 px, each its stated size', () => {
    const icons: Record<string, string> = manifest.icons ?? {};
    const sizes = Object.entries(icons).map(([size, rel]) => {
      const png = readFileSync(path.join(dir, rel));
      const isPng = png.subarray(1, 4).toString('latin1') === 'PNG';
      return { size: Number(size), png: isPng, width: isPng ? png.readUInt32BE(16) : 0, height: isPng ? png.readUInt32BE(20) : 0 };
    });
    expect(sizes).toEqual([16, 32, 48, 96, 128].map((s) => ({ size: s, png: true, width: s, height: s })));
  });

  it('gives the toolbar button its icon', () => {
    const action = manifest.action ?? manifest.browser_action;
    expect(Object.keys(action?.default_icon ?? {})).toEqual(['16', '32']);
  });
});

describe('manifest of firefox-mv2', () => {
  it('has a stable gecko id and declares that it collects no data', () => {
    const file = path.resolve('.output/firefox-mv2/manifest.json');
    const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    expect(manifest.browser_specific_settings?.gecko).toEqual({
      id: 'crux@crux-reader.example',
      data_collection_permissions: { required: ['none'] },
    });
  });
});

describe('sources', () => {
  it('no Crux view injects HTML (Preact\'s dangerouslySetInnerHTML is unused)', () => {
    const dirs = ['components', 'entrypoints', 'ext'];
    const hits = dirs.flatMap((d) => filesOf(path.resolve(d)))
      .filter((f) => /\.(tsx?|html)$/.test(f) && /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
