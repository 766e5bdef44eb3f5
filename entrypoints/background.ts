// Background (service worker in Chrome): nothing to do yet; it exists so the extension has an
// id to talk to and tests can find it.
export default defineBackground(() => {});
