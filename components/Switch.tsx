// An on/off switch (a button with role="switch"), as the popup's settings show them.
export interface SwitchProps {
  on: boolean;
  busy: boolean;
  label: string;
  testId: string;
  onToggle: () => void;
}

export function Switch({ on, busy, label, testId, onToggle }: SwitchProps) {
  return (
    <button type="button" role="switch" class="switch" aria-checked={on ? 'true' : 'false'} disabled={busy}
      data-testid={testId} onClick={onToggle}>
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      {label}
    </button>
  );
}
