// The loading state: a skeleton of the popup while the page is read and analysed.
export function Analysing() {
  return (
    <div class="state skeleton" data-testid="state-analysing" aria-busy="true" aria-label="Analysing">
      <div class="sk sk-site" />
      <div class="sk sk-title" />
      <div class="sk sk-title short" />
      <div class="sk sk-line" />
      <div class="sk sk-line" />
      <div class="sk sk-line short" />
      <p class="muted">Analysing…</p>
    </div>
  );
}
