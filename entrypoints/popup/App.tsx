// The popup's root: picks the view for the current state (analysing, ready, no article, error,
// unsupported page).
import { useCrux } from './useCrux';
import { Analysing } from '../../components/Analysing';
import { ArticleView } from '../../components/ArticleView';
import { NoArticle } from '../../components/NoArticle';
import { ErrorState } from '../../components/ErrorState';
import { Unsupported } from '../../components/Unsupported';

export function App({ search }: { search: string }) {
  const { view, cleanup, retry, reload, showAll, hideAgain, toggleSite, highlight, highlighted, annotation, toggleAnnotations, ahead, toggleAhead } = useCrux(search);
  switch (view.kind) {
    case 'analysing':
      return <Analysing />;
    case 'unsupported':
      return <Unsupported onReload={view.maybeStale ? () => void reload() : undefined} />;
    case 'error':
      return <ErrorState message={view.message} onRetry={() => void retry()} onReload={view.canReload ? () => void reload() : undefined} />;
    case 'noarticle':
      return <NoArticle title={view.report.title} />;
    case 'ready':
      return (
        <ArticleView
          report={view.report}
          analysis={view.analysis}
          demands={{ onSelect: (i) => void highlight(i), status: highlighted }}
          annotation={{ ...annotation, onToggle: () => void toggleAnnotations() }}
          ahead={{ ...ahead, onToggle: () => void toggleAhead() }}
          cleanup={{ ...cleanup, onShowAll: () => void showAll(), onHideAgain: () => void hideAgain(), onToggleSite: () => void toggleSite() }}
        />
      );
  }
}
