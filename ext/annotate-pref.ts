// Whether the user wants in-page annotations: off until they turn them on, then remembered in
// browser.storage.local under `crux:annotate` (for every site: it is a way of reading).
import { browser } from 'wxt/browser';

export const ANNOTATE_KEY = 'crux:annotate';

export async function getAnnotatePref(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(ANNOTATE_KEY))[ANNOTATE_KEY] === true;
  } catch {
    return false;
  }
}

export async function setAnnotatePref(on: boolean): Promise<void> {
  await browser.storage.local.set({ [ANNOTATE_KEY]: on });
}
