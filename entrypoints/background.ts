// Background (service worker in Chrome, background page in Firefox): analyses articles ahead of
// the click, so the popup finds its analysis cached (ext/background-preanalyse.ts), and reads huge
// pages' articles off their main thread for the content script (ext/offscreen-extract.ts).
import { startPreanalysis } from '../ext/background-preanalyse';
import { listenForExtractRequests } from '../ext/offscreen-extract';

export default defineBackground(() => {
  startPreanalysis();
  listenForExtractRequests();
});
