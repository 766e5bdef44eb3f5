// The article's header in the popup: site, title, byline, date and reading time.
import { formatDate } from '../ext/format';

export interface HeaderProps {
  site: string;
  title: string;
  byline: string | null;
  published: string | null;
  wordCount: number;
}

export function Header({ site, title, byline, published, wordCount }: HeaderProps) {
  const date = formatDate(published);
  const minutes = Math.max(1, Math.round(wordCount / 230));
  const meta = [byline, date, `${minutes} min read`].filter((x): x is string => Boolean(x));
  return (
    <header class="header">
      {site && <p class="site">{site}</p>}
      <h1 class="title" data-testid="title">{title}</h1>
      <p class="meta">{meta.join(' · ')}</p>
    </header>
  );
}
