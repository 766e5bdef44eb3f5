// HTML text to a DOM Document on Node, with linkedom. linkedom does not repair a page the way a
// browser's parser does (a fragment becomes its own root, a page without <body> has no body), so
// the missing <html>/<body> wrappers are added first.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(ensureWrappers(html)).document;
}

export function ensureWrappers(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  if (!hasHtml) {
    return hasBody
      ? `<!DOCTYPE html><html>${html}</html>`
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  }
  // <html> without <body>: open it after </head> (or after <html …>) and close it before </html>.
  const opened = /<\/head\s*>/i.test(html)
    ? html.replace(/<\/head\s*>/i, '$&<body>')
    : html.replace(/<html[^>]*>/i, '$&<body>');
  return /<\/html\s*>/i.test(opened) ? opened.replace(/<\/html\s*>/i, '</body>$&') : `${opened}</body>`;
}
