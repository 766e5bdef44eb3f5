// Who demands what of whom, each with the sentence of the article that states it.
import type { Demand } from '../lib/types';

export function DemandList({ demands }: { demands: Demand[] }) {
  return (
    <section class="section" aria-label="Demands">
      <h2>Demands</h2>
      {demands.length === 0 ? (
        <p class="muted">No demands found.</p>
      ) : (
        <ul class="demands">
          {demands.map((d, i) => (
            <li class="demand" data-testid="demand" key={i}>
              <p class="demand-who">
                <strong>{d.actor}</strong>
                {d.target.length > 0 && <span class="demand-target"> → {d.target.join(', ')}</span>}
              </p>
              <p class="demand-what">{d.demand}</p>
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
