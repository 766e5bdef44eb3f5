// The ready state: header, summary, actors, demands and the clean-up bar for one article.
import type { TextAnalysis } from '../lib/types';
import type { PageReport } from '../ext/messages';
import { hostOf } from '../ext/format';
import { Header } from './Header';
import { Summary } from './Summary';
import { ActorList } from './ActorList';
import { DemandList } from './DemandList';
import { CleanupBar, type CleanupBarProps } from './CleanupBar';

export interface ArticleViewProps {
  report: PageReport;
  analysis: TextAnalysis;
  cleanup: Omit<CleanupBarProps, 'clutter'>;
}

export function ArticleView({ report, analysis, cleanup }: ArticleViewProps) {
  const a = report.article;
  // nlpApplied is false for non-English articles; for English ones show the (maybe empty) lists
  const english = analysis.nlpApplied || /^en\b/i.test(a?.lang ?? report.lang ?? '');
  return (
    <div class="state" data-testid="state-ready">
      <Header
        site={a?.siteName ?? hostOf(report.url)}
        title={a?.title ?? report.title}
        byline={a?.byline ?? null}
        published={a?.published ?? null}
        wordCount={a?.wordCount ?? 0}
      />
      <Summary sentences={analysis.summary} excerpt={a?.excerpt ?? null} />
      {english ? (
        <>
          <ActorList actors={analysis.actors} />
          <DemandList demands={analysis.demands} />
        </>
      ) : (
        <p class="section muted">Key actors and demands are found in English articles only.</p>
      )}
      <CleanupBar clutter={report.clutter} {...cleanup} />
    </div>
  );
}
