// Small text helpers for the popup: dates, host names, counts of hidden clutter by kind.
import type { ClutterItem, ClutterKind } from '../lib/types';

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
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
