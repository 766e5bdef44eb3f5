// The state for a page where no article was found.
export function NoArticle({ title }: { title: string }) {
  return (
    <div class="state" data-testid="state-noarticle">
      <h1 class="state-title">No article here</h1>
      <p>Crux didn't find a news article on this page{title ? <> (<q>{title}</q>)</> : null}, so there is nothing to summarise.</p>
      <p class="muted">It works on article pages, not on home pages, lists or search results.</p>
    </div>
  );
}
