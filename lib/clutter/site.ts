// Which site a page and its links belong to. An in-article line of links is a cross-promotion
// when it sends the reader to another story of the same site; a line that links elsewhere (a shop,
// a source cited by its URL) is part of the article.

/** Second-level labels under which a country's sites register ("bbc.co.uk", "abc.net.au"). */
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** The registrable part of a host name ("www.nytimes.com" → "nytimes.com", "news.bbc.co.uk" → "bbc.co.uk"). */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels.at(-1)!, second = labels.at(-2)!;
  const keep = tld.length === 2 && SHARED_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The page's own site: from its address, else its canonical link or og:url; null when nothing says. */
export function pageSiteOf(doc: Document): string | null {
  const host = hostOf(doc.URL) ??
    hostOf(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    hostOf(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  return host ? siteOf(host) : null;
}

/** Does `href` (as written in the page) lead to another site than `site`? Relative links never do. */
export function leavesSite(href: string, site: string): boolean {
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(href)) return false;
  const host = hostOf(href.startsWith('//') ? `https:${href}` : href);
  return host !== null && siteOf(host) !== site;
}
