// Pages Crux cannot read: browser pages, extension pages, local files and the extension stores
// (browsers forbid content scripts there).
const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function isUnsupportedUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return true;
  return STORES.some((re) => re.test(url));
}
