// Embedded posts the article quotes (a tweet, an Instagram post): the site wraps each in a box
// whose class says "social" or "embed", and Readability drops such boxes as sharing widgets (or as
// link-heavy divs). Before Readability runs (on the clone), the wrappers that hold nothing but the
// post are taken away, so the post stands in the text as the quotation it is.

/** Blockquotes that embed a post from a social network, by the class the networks' embed code gives them. */
const EMBEDDED_POST_CLASS = /(^|\s)(twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|threads-embed)(\s|$)/;
/** A wrapper holds nothing but the post when its text is at most this many characters longer. */
const WRAPPER_SLACK_CHARS = 20;
/** Wrappers are looked for this many levels up at most. */
const MAX_WRAPPER_DEPTH = 4;

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/** Is this blockquote an embedded post? */
export function isEmbeddedPost(blockquote: Element): boolean {
  return EMBEDDED_POST_CLASS.test(blockquote.getAttribute('class') ?? '');
}

/** Replaces the wrappers around each embedded post in `doc` (a clone) by the post itself. */
export function unwrapEmbeds(doc: Document): void {
  // blockquotes by tag and class, without a selector engine
  const posts = Array.from(doc.getElementsByTagName('blockquote')).filter(isEmbeddedPost);
  for (const post of posts) {
    const own = textLength(post);
    let outer: Element | null = null;
    let el = post.parentElement;
    for (let depth = 0; el && el !== doc.body && depth < MAX_WRAPPER_DEPTH; depth++, el = el.parentElement) {
      if (textLength(el) > own + WRAPPER_SLACK_CHARS) break;
      outer = el;
    }
    post.removeAttribute('class');
    if (outer) outer.replaceWith(post);
  }
}
