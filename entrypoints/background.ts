// Background (service worker in Chrome, background page in Firefox): analyses articles ahead of
// the click, so the popup finds its analysis cached (ext/background-preanalyse.ts).
import { startPreanalysis } from '../ext/background-preanalyse';

export default defineBackground(() => {
  startPreanalysis();
});
