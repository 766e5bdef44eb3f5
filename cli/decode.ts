// Bytes to text for the analyze command: gzip, charset sniffing (BOM, HTTP header, <meta> in the
// first 2 KB, else UTF-8), and the checks that turn empty, binary or markup-less input into a
// clear InputError instead of a meaningless analysis.
import { gunzipSync } from 'node:zlib';

/** An input the command cannot analyse; the message is shown to the user as is. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Largest input (after decompression) the command accepts. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
const META_SCAN_BYTES = 2048;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzip(bytes: Uint8Array): Uint8Array {
  if (!isGzip(bytes)) throw new InputError('not gzip data (no gzip signature)');
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
  } catch (err) {
    throw new InputError(`cannot decompress gzip data: ${errorMessage(err)}`);
  }
}

/** The HTML text of a page's bytes. `headerCharset`: the charset of an HTTP Content-Type, if any. */
export function bytesToHtml(bytes: Uint8Array, noun: string, headerCharset: string | null = null): string {
  if (bytes.length === 0) throw new InputError(`${noun} is empty`);
  const bom = bomEncoding(bytes);
  if (!bom?.startsWith('utf-16') && bytes.includes(0)) throw new InputError(`not HTML: ${noun} contains binary data`);
  const encoding = bom ?? encodingFor(headerCharset) ?? metaEncoding(bytes) ?? 'utf-8';
  const html = decode(bytes, encoding);
  if (html.trim() === '') throw new InputError(`${noun} is empty (white space only)`);
  if (!looksLikeMarkup(html)) throw new InputError(`not HTML: no markup found in ${noun}`);
  return html;
}

/** The text of a plain-text file (UTF-8, or UTF-16 with a byte order mark). */
export function bytesToText(bytes: Uint8Array, noun: string): string {
  if (bytes.length === 0) throw new InputError(`${noun} is empty`);
  const bom = bomEncoding(bytes);
  if (!bom?.startsWith('utf-16') && bytes.includes(0)) throw new InputError(`not text: ${noun} contains binary data`);
  const text = decode(bytes, bom ?? 'utf-8');
  if (text.trim() === '') throw new InputError(`${noun} is empty (white space only)`);
  return text;
}

/** True when the text contains at least one tag or doctype. */
export function looksLikeMarkup(text: string): boolean {
  return /<!doctype\s|<[a-z][a-z0-9-]*[\s/>]/i.test(text);
}

/** The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` declares early on. */
export function metaEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0])?.[1];
    const encoding = label ? encodingFor(label) : null;
    // A page that declares UTF-16 in ASCII-compatible bytes is really UTF-8 (HTML spec).
    if (encoding) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

/** The canonical name of an encoding label, or null when the label is unknown. */
export function encodingFor(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes); // drops a matching BOM; invalid bytes become U+FFFD
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
