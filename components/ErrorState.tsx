// The error state: what went wrong, with Retry (and Reload page when the content script is missing).
export interface ErrorStateProps {
  message: string;
  onRetry: () => void;
  onReload?: () => void;
}

export function ErrorState({ message, onRetry, onReload }: ErrorStateProps) {
  return (
    <div class="state" data-testid="state-error" role="alert">
      <h1 class="state-title">Something's in the way</h1>
      <p>{message}</p>
      <div class="cleanup-actions">
        {onReload && <button type="button" onClick={onReload}>Reload page</button>}
        <button type="button" class={onReload ? 'secondary' : ''} onClick={onRetry}>Retry</button>
      </div>
    </div>
  );
}
