// The 2–3 sentence summary (falls back to the page's own excerpt when there is none).
export interface SummaryProps {
  sentences: string[];
  excerpt: string | null;
}

export function Summary({ sentences, excerpt }: SummaryProps) {
  const text = sentences.length ? sentences : excerpt ? [excerpt] : [];
  return (
    <section class="section summary" data-testid="summary" aria-label="Summary">
      <h2>Summary</h2>
      {text.length ? text.map((s, i) => <p key={i}>{s}</p>) : <p class="muted">No summary for this article.</p>}
    </section>
  );
}
