// The clean-up bar: what Crux hides on the page, "Show everything" / hide again, and the
// per-site "Don't clean this site" switch.
import type { ClutterItem } from '../lib/types';
import { kindBreakdown, plural, truncate } from '../ext/format';

export interface CleanupBarProps {
  clutter: ClutterItem[];
  hidden: number;
  cleaned: boolean;
  noClean: boolean;
  busy: boolean;
  error: string | null;
  onShowAll: () => void;
  onHideAgain: () => void;
  onToggleSite: () => void;
}

export function CleanupBar(p: CleanupBarProps) {
  const status = p.cleaned
    ? `${plural(p.hidden, 'item')} hidden (${kindBreakdown(p.clutter)})`
    : p.noClean
      ? 'Clean-up is off for this site.'
      : p.clutter.length
        ? `Showing everything (${plural(p.clutter.length, 'item')} can be hidden).`
        : 'Nothing to hide on this page.';
  return (
    <section class="cleanup" data-testid="cleanup" aria-label="Clean-up">
      <p class="cleanup-status">{status}</p>
      <div class="cleanup-actions">
        {p.cleaned && <button type="button" disabled={p.busy} onClick={p.onShowAll}>Show everything</button>}
        {!p.cleaned && !p.noClean && p.clutter.length > 0 && (
          <button type="button" disabled={p.busy} onClick={p.onHideAgain}>Hide clutter again</button>
        )}
        <button type="button" class="secondary" disabled={p.busy} onClick={p.onToggleSite}>
          {p.noClean ? 'Clean this site again' : "Don't clean this site"}
        </button>
      </div>
      {p.error && <p class="error-text">{p.error}</p>}
      {p.clutter.length > 0 && (
        <details class="cleanup-list">
          <summary>What Crux hides</summary>
          <ul>
            {p.clutter.map((c, i) => (
              <li key={i}><span class={`badge badge-${c.kind}`}>{c.kind}</span> {truncate(c.text, 140)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
