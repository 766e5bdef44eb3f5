// The content script's answer to `crux:get` for the tab showing a URL, asked from inside the
// extension (Chromium's service worker or a Firefox extension page). Self-contained: the browser
// driver serialises it and runs it there, with the extension API's global name as an argument.
export async function reportInExtension([want, api]: [string, 'chrome' | 'browser']): Promise<Record<string, unknown> | null> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ext = (globalThis as any)[api];
  const tabs: Array<{ id?: number }> = await ext.tabs.query({});
  for (const t of tabs) {
    if (t.id === undefined) continue;
    try {
      const r = await ext.tabs.sendMessage(t.id, { type: 'crux:get' }, { frameId: 0 });
      if (r && r.url === want) return r;
    } catch {
      /* no content script in that tab (yet) */
    }
  }
  return null;
}
