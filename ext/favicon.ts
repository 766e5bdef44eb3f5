// The page's icon for the popup's header, without a network request: only an icon the page
// inlines (a data: image URL in <link rel=icon>) is passed on; a URL would be a fetch by Crux,
// so then the popup shows the site's initial instead.

/** Image types a data: icon may have (raster, or SVG, which as an <img> runs no script). */
const DATA_ICON = /^data:image\/(?:png|gif|jpeg|webp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;
/** a favicon is small; anything larger is not worth sending to the popup */
const MAX_ICON_CHARS = 32_768;

/** The first inline (data:) icon the page declares, or null. */
export function pageFavicon(doc: Document): string | null {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('icon')) continue;
    const href = (link.getAttribute('href') ?? '').trim();
    if (isDataIcon(href)) return href;
  }
  return null;
}

export function isDataIcon(href: unknown): href is string {
  return typeof href === 'string' && href.length <= MAX_ICON_CHARS && DATA_ICON.test(href);
}
