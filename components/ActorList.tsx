// The key actors (the first eight, most salient first): a type icon, the name, role and
// affiliation ("President · Russia") and the mention count. Each is a disclosure button: expanding
// it shows the other names the article uses for the actor and the demands it makes.
import { useState } from 'preact/hooks';
import type { Actor, ActorType, Demand } from '../lib/types';
import { ACTOR_COLOURS } from '../ext/annotations';

const MAX = 8;

/** An icon per actor type, drawn inline (no font or file needed; decorative: the badge names the type). */
const ICONS: Record<ActorType, preact.JSX.Element> = {
  person: <><circle cx="6" cy="3.5" r="2.5" /><path d="M1 12c0-3 2.2-5 5-5s5 2 5 5z" /></>,
  organization: <path d="M6 0.5 11.5 3v1.5h-11V3zM1.5 5.5h2v4.5h-2zM5 5.5h2v4.5H5zM8.5 5.5h2v4.5h-2zM0.5 10.5h11V12H.5z" />,
  country: <path fill-rule="evenodd" d="M6 .5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11zm0 1.3c-.6.7-1.2 2.2-1.3 3.6h2.6C7.2 4 6.6 2.5 6 1.8zM3.4 5.4c.1-1.3.5-2.5 1-3.3a4.2 4.2 0 0 0-2.6 3.3zm-1.6 1.2a4.2 4.2 0 0 0 2.6 3.3c-.5-.8-.9-2-1-3.3zm2.9 0c.1 1.4.7 2.9 1.3 3.6.6-.7 1.2-2.2 1.3-3.6zm3.9 0c-.1 1.3-.5 2.5-1 3.3a4.2 4.2 0 0 0 2.6-3.3zm1.6-1.2a4.2 4.2 0 0 0-2.6-3.3c.5.8.9 2 1 3.3z" />,
  group: <><circle cx="4" cy="3.5" r="2" /><circle cx="8.5" cy="3" r="1.7" /><path d="M0 11.5c0-2.6 1.8-4.3 4-4.3s4 1.7 4 4.3zM8.8 11.5c0-1.6-.5-3-1.5-3.9.4-.2.8-.3 1.2-.3 1.9 0 3.5 1.5 3.5 4.2z" /></>,
};

export interface ActorListProps {
  actors: Actor[];
  demands?: Demand[];
  /** true while the page shows annotations: each actor gets the colour of its underline */
  annotated?: boolean;
}

export function ActorList({ actors, demands = [], annotated = false }: ActorListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (name: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  return (
    <section class="section" aria-labelledby="actors-h">
      <h2 id="actors-h">Key actors</h2>
      {actors.length === 0 ? (
        <p class="muted">No key actors found.</p>
      ) : (
        <ul class="actors">
          {actors.slice(0, MAX).map((a, i) => {
            const expanded = open.has(a.name);
            const panel = `actor-${i}-details`;
            const aliases = a.aliases.filter((x) => x !== a.name);
            const own = demands.filter((d) => d.actor === a.name);
            return (
              <li class="actor" data-testid="actor" key={a.name}>
                <button
                  type="button"
                  class="actor-toggle"
                  aria-expanded={expanded ? 'true' : 'false'}
                  aria-controls={panel}
                  onClick={() => toggle(a.name)}
                >
                  <span class="actor-head">
                    <svg class="actor-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">{ICONS[a.type]}</svg>
                    <span class="actor-name" style={annotated ? { borderBottomColor: ACTOR_COLOURS[i % ACTOR_COLOURS.length] } : undefined}
                      data-annotated={annotated ? '' : undefined}>{a.name}</span>
                    <span class={`badge badge-${a.type}`}>{a.type}</span>
                    <span class="actor-mentions">
                      {a.mentions}× <span class="visually-hidden">mentioned</span>
                    </span>
                  </span>
                  {(a.role || a.affiliation) && (
                    <span class="actor-role">{[a.role, a.affiliation].filter(Boolean).join(' · ')}</span>
                  )}
                </button>
                <div id={panel} class="actor-details" data-testid="actor-details" hidden={!expanded}>
                  <p>
                    <span class="label">Also called: </span>
                    {aliases.length ? aliases.join(', ') : <span class="muted">no other names</span>}
                  </p>
                  {own.length ? (
                    <ul class="actor-demands" aria-label={`Demands by ${a.name}`}>
                      {own.map((d, j) => (
                        <li key={j}>
                          {d.target.length > 0 && <span class="demand-target">→ {d.target.join(', ')}: </span>}
                          {d.demand}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p class="muted">No demands by {a.name}.</p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
