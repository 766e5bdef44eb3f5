// The article's header in the popup: site, title, byline, date (relative and absolute) and
// reading time.
import { absoluteDate, readingMinutes, relativeDate } from '../ext/format';
import { isDataIcon } from '../ext/favicon';

export interface HeaderProps {
  site: string;
  title: string;
  byline: string | null;
  published: string | null;
  wordCount: number;
  /** the page's inline (data:) icon; without one the site's initial stands in (Crux fetches nothing) */
  favicon?: string | null;
}

export function Header({ site, title, byline, published, wordCount, favicon = null }: HeaderProps) {
  const abs = absoluteDate(published);
  const rel = relativeDate(published);
  const minutes = readingMinutes(wordCount);
  return (
    <header class="header">
      {site && (
        <p class="site" data-testid="site">
          {isDataIcon(favicon) ? (
            <img class="favicon" data-testid="favicon" src={favicon} alt="" width={16} height={16} />
          ) : (
            <span class="favicon monogram" data-testid="monogram" aria-hidden="true">{initial(site)}</span>
          )}
          {site}
        </p>
      )}
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

/** The site's first letter or digit ("N" for www.nytimes.com, "H" for The Hindu), for the icon's place. */
export function initial(site: string): string {
  const name = site.replace(/^www\d*\./i, '').replace(/^the\s+/i, '');
  return (name.match(/[\p{L}\p{N}]/u)?.[0] ?? '·').toUpperCase();
}
