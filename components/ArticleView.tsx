// The ready state: header, summary, actors, demands and the clean-up bar for one article.
import type { TextAnalysis } from '../lib/types';
import type { PageReport } from '../ext/messages';
import { hostOf } from '../ext/format';
import { Header } from './Header';
import { Summary } from './Summary';
import { ActorList } from './ActorList';
import { DemandList, type DemandListProps } from './DemandList';
import { CleanupBar, type CleanupBarProps } from './CleanupBar';
import { CopyMarkdown } from './CopyMarkdown';
import { AnnotateToggle, type AnnotateToggleProps } from './AnnotateToggle';
import { AheadToggle, type AheadToggleProps } from './AheadToggle';
import { summaryMarkdown } from '../ext/markdown';

export interface ArticleViewProps {
  report: PageReport;
  analysis: TextAnalysis;
  cleanup: Omit<CleanupBarProps, 'clutter'>;
  demands?: Omit<DemandListProps, 'demands'>;
  /** the in-page annotations switch (English articles only: it needs actors and demands) */
  annotation?: AnnotateToggleProps;
  /** the "analyse articles as they load" switch */
  ahead?: AheadToggleProps;
}

export function ArticleView({ report, analysis, cleanup, demands, annotation, ahead }: ArticleViewProps) {
  const a = report.article;
  // nlpApplied is false for non-English articles; for English ones show the (maybe empty) lists
  const english = analysis.nlpApplied || /^en\b/i.test(a?.lang ?? report.lang ?? '');
  const site = a?.siteName ?? hostOf(report.url);
  const title = a?.title ?? report.title;
  const markdown = () => summaryMarkdown({
    title,
    url: report.url,
    site,
    published: a?.published ?? null,
    summary: analysis.summary.length ? analysis.summary : a?.excerpt ? [a.excerpt] : [],
    actors: analysis.actors,
    demands: analysis.demands,
    nlpApplied: english,
  });
  return (
    <div class="state" data-testid="state-ready">
      <Header
        site={site}
        title={title}
        byline={a?.byline ?? null}
        published={a?.published ?? null}
        wordCount={a?.wordCount ?? 0}
        favicon={report.favicon ?? null}
      />
      <Summary sentences={analysis.summary} excerpt={a?.excerpt ?? null} />
      {english ? (
        <>
          <ActorList actors={analysis.actors} demands={analysis.demands} annotated={!!annotation?.on && !!annotation.result} />
          <DemandList demands={analysis.demands} {...demands} />
        </>
      ) : (
        <p class="section notice" role="note" data-testid="not-english">
          <strong>Key actors and demands need an English article.</strong> This page is in{' '}
          {langName(a?.lang ?? report.lang)}: the summary above and the clean-up below still work.
        </p>
      )}
      <CopyMarkdown text={markdown} />
      {english && annotation && <AnnotateToggle {...annotation} />}
      <CleanupBar clutter={report.clutter} {...cleanup} />
      {ahead && <AheadToggle {...ahead} />}
    </div>
  );
}

/** "German" for `de`, or "another language" when the page doesn't say. */
function langName(lang: string | null | undefined): string {
  if (!lang) return 'another language';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? 'another language';
  } catch {
    return 'another language';
  }
}
