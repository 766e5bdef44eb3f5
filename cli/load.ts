// Reading one input of the analyze command (a file or an http(s) URL) into HTML or plain text.
// Every way an input can be unusable ends in an InputError with a message for the user.
import { readFile, stat } from 'node:fs/promises';
import {
  InputError, MAX_INPUT_BYTES, bytesToHtml, bytesToText, errorMessage, gunzip, isGzip,
} from './decode';

export type Loaded =
  | { kind: 'html'; html: string; url?: string }
  | { kind: 'text'; text: string; title: string | null };

export const FETCH_TIMEOUT_MS = 20_000;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TITLE_MAX_CHARS = 150;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** `source` as given on the command line; `path` where to read it (differs only for the sample). */
export async function loadInput(source: string, path = source): Promise<Loaded> {
  if (isUrl(source)) return loadUrl(source);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) throw new InputError('unsupported URL scheme (use http or https)');
  return loadFile(path);
}

async function loadFile(path: string): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory, not a file');
    // a FIFO or a device (/dev/zero) would block the run or never end: only regular files are read
    if (!info.isFile()) throw new InputError('not a regular file (a pipe, socket or device)');
    if (info.isFile() && info.size > MAX_INPUT_BYTES) throw new InputError(`file is too large (${info.size} bytes)`);
    bytes = await readFile(path);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(err);
  }
  if (bytes.length === 0) throw new InputError('file is empty');

  const lower = path.toLowerCase();
  const gzipped = lower.endsWith('.gz');
  if (gzipped || isGzip(bytes)) bytes = gunzip(bytes);
  const name = gzipped ? lower.slice(0, -3) : lower;

  if (name.endsWith('.txt')) return { kind: 'text', ...splitTitle(bytesToText(bytes, 'file')) };
  if (/\.(html?|xhtml)$/.test(name)) return { kind: 'html', html: bytesToHtml(bytes, 'file') };
  // Any other name: accept it when it is markup, else say what the command expects.
  try {
    return { kind: 'html', html: bytesToHtml(bytes, 'file') };
  } catch {
    throw new InputError('unsupported input (expected .html, .htm, .html.gz, .txt or an http(s) URL)');
  }
}

async function loadUrl(url: string): Promise<Loaded> {
  if (!URL.canParse(url)) throw new InputError('invalid URL');
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'user-agent': 'Mozilla/5.0 (compatible; Crux-analyze/0.1)',
      },
    });
  } catch (err) {
    throw new InputError(fetchError(err));
  }
  const contentType = res.headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!res.ok || (mime !== '' && !HTML_TYPES.has(mime))) {
    await res.body?.cancel().catch(() => undefined);
    if (!res.ok) throw new InputError(`fetch failed: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    throw new InputError(`not HTML: the server sent ${mime}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    throw new InputError(fetchError(err));
  }
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  return { kind: 'html', html: bytesToHtml(bytes, 'response', charset), url: res.url || url };
}

/**
 * Plain article text: a first paragraph that is one short line without a final period is the
 * title (and is left out of the body); otherwise there is no title.
 */
export function splitTitle(text: string): { text: string; title: string | null } {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  const gap = /\n[ \t]*\n/.exec(clean);
  if (!gap) return { text: clean, title: null };
  const first = clean.slice(0, gap.index).trim();
  const isTitle = !first.includes('\n') && first.length <= TITLE_MAX_CHARS && !/[.,;:…]["'”’»)\]]*$/.test(first);
  return isTitle ? { text: clean.slice(gap.index).trim(), title: first } : { text: clean, title: null };
}

function fileError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return new InputError('no such file');
    case 'ENOTDIR': return new InputError('no such file (a part of the path is not a directory)');
    case 'EISDIR': return new InputError('is a directory, not a file');
    case 'EACCES':
    case 'EPERM': return new InputError('permission denied');
    default: return new InputError(`cannot read file: ${errorMessage(err)}`);
  }
}

function fetchError(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return `fetch failed: no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  }
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  return `fetch failed: ${cause?.message || cause?.code || errorMessage(err)}`;
}
