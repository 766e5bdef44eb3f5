// The "don't clean" list: hostnames where Crux leaves the page as it is. Kept in
// browser.storage.local under `crux:noclean` as an array of hostnames.
import { browser } from 'wxt/browser';

export const NOCLEAN_KEY = 'crux:noclean';

export async function getNoClean(): Promise<string[]> {
  const got = await browser.storage.local.get(NOCLEAN_KEY);
  const list: unknown = got[NOCLEAN_KEY];
  return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
}

export async function isNoClean(hostname: string): Promise<boolean> {
  return (await getNoClean()).includes(hostname.toLowerCase());
}

export async function setNoClean(hostname: string, noClean: boolean): Promise<void> {
  const host = hostname.toLowerCase();
  const list = (await getNoClean()).filter((h) => h !== host);
  if (noClean) list.push(host);
  await browser.storage.local.set({ [NOCLEAN_KEY]: list });
}
