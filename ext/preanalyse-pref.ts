// Whether the background analyses articles ahead of the click (ext/preanalyser.ts): on unless the
// user turned it off, remembered in browser.storage.local under `crux:preanalyse` (false = off).
// Off, the NLP runs only when the popup opens (slower first opening, nothing spent on pages never
// looked at). The benchmark turns it off for its "popup computes" row.
import { browser } from 'wxt/browser';

export const PREANALYSE_KEY = 'crux:preanalyse';

export async function getPreanalysePref(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(PREANALYSE_KEY))[PREANALYSE_KEY] !== false;
  } catch {
    return true;
  }
}

export async function setPreanalysePref(on: boolean): Promise<void> {
  await browser.storage.local.set({ [PREANALYSE_KEY]: on });
}
