// The state for pages Crux cannot read (browser pages, extension stores, local files…). When the
// browser did not say which page it is, it may also be a web page open since before Crux was
// installed: then it offers to reload it.
export function Unsupported({ onReload }: { onReload?: () => void }) {
  return (
    <div class="state" data-testid="state-unsupported">
      <h1 class="state-title">Crux can't read this page</h1>
      <p>Crux works on web pages (http and https). Browser pages, extension stores, local files and sites
        you haven't let Crux access are off-limits.</p>
      {onReload && (
        <>
          <p class="muted">If this is a web page that was already open when Crux was installed or updated, reload it.</p>
          <div class="cleanup-actions"><button type="button" onClick={onReload}>Reload page</button></div>
        </>
      )}
    </div>
  );
}
