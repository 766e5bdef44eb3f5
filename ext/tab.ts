// Which tab the popup is about: `?tabId=N`, `?url=<page URL>` (the tab showing that URL), or by
// default the active tab of the current window. Needs no `tabs` permission: where the browser
// hides a tab's URL, the content scripts are asked for theirs.
import { browser } from 'wxt/browser';
import { getReport } from './page';

export interface Target {
  tabId: number;
  /** the tab's URL when the browser tells it (it may not, for pages Crux has no access to) */
  url: string | null;
}

export async function resolveTarget(search: string): Promise<Target | null> {
  const params = new URLSearchParams(search);
  const byId = params.get('tabId');
  if (byId !== null) {
    const id = Number(byId);
    if (!Number.isInteger(id) || id < 0) return null;
    try {
      const tab = await browser.tabs.get(id);
      return { tabId: id, url: tab.url ?? null };
    } catch {
      return null;
    }
  }
  const byUrl = params.get('url');
  if (byUrl !== null) return findByUrl(byUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { tabId: tab.id, url: tab.url ?? null } : null;
}

async function findByUrl(url: string): Promise<Target | null> {
  const want = normalize(url);
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.id !== own?.id);
  const seen = tabs.find((t) => t.url !== undefined && normalize(t.url) === want);
  if (seen?.id !== undefined) return { tabId: seen.id, url: seen.url ?? null };
  for (const t of tabs) {
    if (t.url !== undefined || t.id === undefined) continue;
    const report = await getReport(t.id);
    if (report && normalize(report.url) === want) return { tabId: t.id, url: report.url };
  }
  return null;
}

function normalize(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
