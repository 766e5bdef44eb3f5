// "Analyse articles as they load": the switch for analysing ahead of the click
// (ext/preanalyser.ts), with what it trades: a faster popup for some CPU on every article.
import { Switch } from './Switch';

export interface AheadToggleProps {
  on: boolean;
  busy: boolean;
  onToggle: () => void;
}

export function AheadToggle({ on, busy, onToggle }: AheadToggleProps) {
  return (
    <div class="actions ahead">
      <Switch on={on} busy={busy} label="Analyse articles as they load" testId="ahead" onToggle={onToggle} />
      <span class="copy-status" data-testid="ahead-note">
        {on ? 'The popup opens at once; costs some CPU on every article.' : 'Analysed only when you open Crux.'}
      </span>
    </div>
  );
}
