// HTML text to a DOM Document on Node, with linkedom. linkedom does not repair a page the way a
// browser's parser does (a fragment becomes its own root, a page without <body> has no body), so
// the missing <html>/<body> wrappers are added first. And markup before <head> makes linkedom open
// an empty head and body, then put the page's own head and body after them as more children of
// <html>: those are merged back into one head and one body, as a browser's parser would.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  const { document } = parseHTML(ensureWrappers(html));
  mergeRoots(document);
  return document;
}

/** One <head> and one <body> under <html>: later heads and bodies, and stray elements, merged into the first. */
export function mergeRoots(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const kids = Array.from(root.children);
  const tag = (el: Element) => el.tagName.toUpperCase();
  if (kids.every((el, i) => tag(el) === (i === 0 ? 'HEAD' : 'BODY')) && kids.length <= 2) return;
  const head = kids.find((el) => tag(el) === 'HEAD') ?? root.insertBefore(doc.createElement('head'), root.firstChild);
  const body = kids.find((el) => tag(el) === 'BODY') ?? root.appendChild(doc.createElement('body'));
  const bodyAt = kids.indexOf(body);
  const before = kids.filter((el, i) => i < bodyAt && el !== head && tag(el) !== 'HEAD');
  body.prepend(...before); // stray elements before the body open it, in a browser
  for (const el of kids) {
    if (el === head || el === body || before.includes(el)) continue;
    if (tag(el) === 'HEAD') head.append(...Array.from(el.childNodes));
    else if (tag(el) === 'BODY') {
      for (const a of Array.from(el.attributes)) if (!body.hasAttribute(a.name)) body.setAttribute(a.name, a.value);
      body.append(...Array.from(el.childNodes));
    } else {
      body.append(el);
      continue;
    }
    el.remove();
  }
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
