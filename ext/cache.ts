// Caches the popup's text analysis in browser.storage.session, one entry per tab holding the
// URL it was made for (a hit needs both tab and URL to match; a new page in the tab replaces
// it), so reopening the popup is instant. Falls back to memory (this popup only) where
// storage.session is missing.
import { browser } from 'wxt/browser';
import type { TextAnalysis } from '../lib/types';

interface Entry {
  url: string;
  analysis: TextAnalysis;
}

const memory = new Map<string, Entry>();

export function cacheKey(tabId: number): string {
  return `crux:nlp:${tabId}`;
}

function session() {
  try {
    return browser.storage?.session ?? null;
  } catch {
    return null;
  }
}

export async function getCached(tabId: number, url: string): Promise<TextAnalysis | null> {
  const key = cacheKey(tabId);
  let entry: unknown = memory.get(key);
  const area = session();
  if (area) {
    try {
      entry = (await area.get(key))[key] ?? entry;
    } catch {
      /* no access: memory only */
    }
  }
  return isEntry(entry) && entry.url === url ? entry.analysis : null;
}

export async function putCached(tabId: number, url: string, analysis: TextAnalysis): Promise<void> {
  const key = cacheKey(tabId);
  const entry: Entry = { url, analysis };
  memory.set(key, entry);
  const area = session();
  if (!area) return;
  try {
    await area.set({ [key]: entry });
  } catch {
    /* quota or access level: the memory copy will do */
  }
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<Entry>;
  return typeof e.url === 'string' && isAnalysis(e.analysis);
}

/** A loose check of a text analysis as another part of the extension hands it over. */
export function isAnalysis(v: unknown): v is TextAnalysis {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Partial<TextAnalysis>;
  return Array.isArray(t.actors) && Array.isArray(t.demands) && Array.isArray(t.summary) && typeof t.nlpApplied === 'boolean';
}
