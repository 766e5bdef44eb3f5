// "Annotate the page": a switch that underlines the actors' mentions in the page (in the colours
// of the actor list) and marks the demand sentences; says what it marked.
import { plural } from '../ext/format';
import type { AnnotateResult } from '../ext/annotations';
import { Switch } from './Switch';

export interface AnnotateToggleProps {
  on: boolean;
  busy: boolean;
  result: AnnotateResult | null;
  error: string | null;
  onToggle: () => void;
}

export function AnnotateToggle({ on, busy, result, error, onToggle }: AnnotateToggleProps) {
  const status = error
    ? error
    : on && result
      ? `${plural(result.mentions, 'mention')} underlined, ${plural(result.sentences, 'demand sentence')} marked`
      : '';
  return (
    <div class="actions annotate">
      <Switch on={on} busy={busy} label="Annotate the page" testId="annotate" onToggle={onToggle} />
      <span class={error ? 'error-text' : 'copy-status'} role="status" aria-live="polite" data-testid="annotate-status">{status}</span>
    </div>
  );
}
