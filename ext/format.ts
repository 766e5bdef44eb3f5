// Small text helpers for the popup: dates, host names, counts of hidden clutter by kind.
import type { ClutterItem, ClutterKind } from '../lib/types';

/** "14 Dec 2021" (day, short month, year; the same in every locale), or null without a usable date. */
export function absoluteDate(iso: string | null): string | null {
  const d = parseDate(iso);
  return d ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : null;
}

/** "3 days ago", "yesterday", "2 hours ago", "in 2 days" (relative to `now`), or null without a usable date. */
export function relativeDate(iso: string | null, now = Date.now()): string | null {
  const d = parseDate(iso);
  if (!d) return null;
  const secs = Math.round((d.getTime() - now) / 1000);
  const fmt = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 86400], ['month', 30 * 86400], ['week', 7 * 86400], ['day', 86400], ['hour', 3600], ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(secs) >= size) return fmt.format(Math.trunc(secs / size), unit);
  }
  return 'just now';
}

/** "3 days ago · 14 Dec 2021", or the absolute date alone, or null. */
export function formatDate(iso: string | null, now = Date.now()): string | null {
  const abs = absoluteDate(iso);
  if (!abs) return null;
  const rel = relativeDate(iso, now);
  return rel ? `${rel} · ${abs}` : abs;
}

/** Reading time at 230 words a minute, rounded, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round((Number.isFinite(words) ? words : 0) / 230));
}

function parseDate(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const ORDER: ClutterKind[] = ['paywall', 'comments', 'newsletter', 'promo', 'social', 'other'];

const NOUNS: Record<ClutterKind, [string, string]> = {
  paywall: ['paywall', 'paywalls'],
  comments: ['comments section', 'comments sections'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  promo: ['promo', 'promos'],
  social: ['share bar', 'share bars'],
  other: ['other', 'other'],
};

/** "1 paywall, 1 comments section, 2 promos": kinds in a fixed order, each with its count. */
export function kindBreakdown(items: ClutterItem[]): string {
  const counts = new Map<ClutterKind, number>();
  for (const it of items) counts.set(it.kind, (counts.get(it.kind) ?? 0) + 1);
  return ORDER.filter((k) => counts.has(k))
    .map((k) => { const n = counts.get(k) ?? 0; return plural(n, NOUNS[k][0], NOUNS[k][1]); })
    .join(', ');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
