// The page's JSON-LD (schema.org) objects, read once: every object of every
// <script type="application/ld+json">, through arrays and @graph. A script that is not JSON is skipped.

/** JSON-LD types that describe the article itself. */
export const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage/;

export type LdObject = Record<string, unknown>;

/**
 * The page's JSON-LD scripts (the type compared as a selector would, ignoring case), found by tag
 * without a selector engine: this runs on every page, and linkedom compiles a selector on every call.
 */
export function ldScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter(isLdScript);
}

/** Is this <script> a JSON-LD one? */
export function isLdScript(script: Element): boolean {
  return script.getAttribute('type')?.toLowerCase() === 'application/ld+json';
}

/** Every JSON-LD object of the page (of `scripts`, its JSON-LD scripts, when the caller has them), in no particular order. */
export function jsonLdObjects(doc: Document, scripts = ldScripts(doc)): LdObject[] {
  const out: LdObject[] = [];
  for (const script of scripts) {
    let data: unknown;
    try { data = JSON.parse(script.textContent ?? ''); } catch { continue; }
    const stack: unknown[] = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) { stack.push(...item); continue; }
      if (!item || typeof item !== 'object') continue;
      const o = item as LdObject;
      out.push(o);
      if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]));
    }
  }
  return out;
}

/** The type of a JSON-LD object as one string ("NewsArticle", or several joined by spaces). */
export function ldType(o: LdObject): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
}

/** The longest `articleBody` the page's JSON-LD gives for an article, or null. */
export function ldArticleBody(objects: LdObject[]): string | null {
  let best: string | null = null;
  for (const o of objects) {
    const body = o.articleBody;
    if (typeof body === 'string' && ARTICLE_TYPES.test(ldType(o)) && body.length > (best?.length ?? 0)) best = body;
  }
  return best;
}
