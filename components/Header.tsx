// The article's header in the popup: site, title, byline, date (relative and absolute) and
// reading time.
import { absoluteDate, readingMinutes, relativeDate } from '../ext/format';

export interface HeaderProps {
  site: string;
  title: string;
  byline: string | null;
  published: string | null;
  wordCount: number;
}

export function Header({ site, title, byline, published, wordCount }: HeaderProps) {
  const abs = absoluteDate(published);
  const rel = relativeDate(published);
  const minutes = readingMinutes(wordCount);
  return (
    <header class="header">
      {site && <p class="site" data-testid="site">{site}</p>}
      <h1 class="title" data-testid="title">{title}</h1>
      <p class="meta" data-testid="meta">
        {byline && <span class="byline">{byline}</span>}
        {abs && published && (
          <span class="date">
            {byline && ' · '}
            <time dateTime={published} title={abs}>{rel ? `${rel} · ${abs}` : abs}</time>
          </span>
        )}
        <span class="reading">{(byline || abs) && ' · '}{minutes} min read</span>
      </p>
    </header>
  );
}
