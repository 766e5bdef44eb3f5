// The key actors (the first eight, most salient first): name, type, role and affiliation.
import type { Actor } from '../lib/types';

const MAX = 8;

export function ActorList({ actors }: { actors: Actor[] }) {
  return (
    <section class="section" aria-label="Key actors">
      <h2>Key actors</h2>
      {actors.length === 0 ? (
        <p class="muted">No key actors found.</p>
      ) : (
        <ul class="actors">
          {actors.slice(0, MAX).map((a) => (
            <li class="actor" data-testid="actor" key={a.name}>
              <span class="actor-name">{a.name}</span>
              <span class={`badge badge-${a.type}`}>{a.type}</span>
              {(a.role || a.affiliation) && (
                <span class="actor-role">{[a.role, a.affiliation].filter(Boolean).join(', ')}</span>
              )}
              <span class="actor-mentions" title="mentions">{a.mentions}×</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
