// Background (service worker in Chrome, a page in Firefox): reads huge pages' articles off their
// main thread for the content script (ext/offscreen-extract.ts); otherwise it exists so the
// extension has an id to talk to and tests can find it.
import { listenForExtractRequests } from '../ext/offscreen-extract';

export default defineBackground(() => {
  listenForExtractRequests();
});
