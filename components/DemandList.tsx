// Who demands what of whom, each with the sentence of the article that states it. Each demand is
// a button: it scrolls the page to that sentence and highlights it.
import type { Demand } from '../lib/types';

export type HighlightStatus = { index: number; found: boolean | null } | null;

export interface DemandListProps {
  demands: Demand[];
  /** shows demand `index`'s evidence in the page */
  onSelect?: (index: number) => void;
  /** the demand last shown in the page, and whether its sentence was found (null: pending) */
  status?: HighlightStatus;
}

export function DemandList({ demands, onSelect, status = null }: DemandListProps) {
  return (
    <section class="section" aria-labelledby="demands-h">
      <h2 id="demands-h">Demands</h2>
      {demands.length === 0 ? (
        <p class="muted">No demands found.</p>
      ) : (
        <ul class="demands">
          {demands.map((d, i) => (
            <li class="demand" data-testid="demand" key={i}>
              <button
                type="button"
                class="demand-show"
                aria-current={status?.index === i ? 'true' : undefined}
                title="Show this sentence in the page"
                onClick={() => onSelect?.(i)}
              >
                <span class="demand-who">
                  <strong>{d.actor}</strong>
                  {d.target.length > 0 && <span class="demand-target"> → {d.target.join(', ')}</span>}
                </span>
                <span class="demand-what">{d.demand}</span>
              </button>
              {status?.index === i && status.found === false && (
                <p class="demand-note" role="status">Crux couldn't find this sentence on the page.</p>
              )}
              <details>
                <summary>Source sentence</summary>
                <blockquote>{d.evidence}</blockquote>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
