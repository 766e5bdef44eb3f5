// Messages between the parts of the extension (issue #9): the content script answers only
// well-formed requests (ext/messages.ts isCruxRequest) from the extension's own pages
// (isFromExtensionPage), never from a content script beside a page nor from another extension.
import { describe, expect, it } from 'vitest';
import { isCruxRequest, isFromExtensionPage, type CruxRequest } from '../../ext/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isFromExtensionPage', () => {
  it('accepts the popup and the service worker of this extension', () => {
    expect([
      isFromExtensionPage({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN),
      isFromExtensionPage({ id: ID, url: `${ORIGIN}popup.html?tabId=3`, tab: { id: 3 } }, ID, ORIGIN),
      isFromExtensionPage({ id: ID, url: `${ORIGIN}background.js` }, ID, ORIGIN),
    ]).toEqual([true, true, true]);
  });

  it('refuses this extension\'s content script in a web page (it runs beside hostile code)', () => {
    expect(isFromExtensionPage({ id: ID, url: 'https://evil.example/', tab: { id: 4 } }, ID, ORIGIN)).toBe(false);
  });

  it('refuses another extension and a sender without id', () => {
    expect([
      isFromExtensionPage({ id: 'other', url: 'chrome-extension://other/popup.html' }, ID, ORIGIN),
      isFromExtensionPage({ url: `${ORIGIN}popup.html` }, ID, ORIGIN),
    ]).toEqual([false, false]);
  });

  it('refuses a page URL that only looks like the extension\'s', () => {
    expect(isFromExtensionPage({ id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 5 } }, ID, ORIGIN)).toBe(false);
  });
});

describe('isCruxRequest against spoofed shapes', () => {
  const spoofs: unknown[] = [
    null, 'crux:get', ['crux:get'], { type: 'crux:GET' }, { type: 'crux:get', extra: '<img src=x onerror=1>' },
    { type: ['crux:get'] }, { type: { toString: () => 'crux:get' } }, Object.create({ type: 'crux:get' }),
    JSON.parse('{"type":"crux:get","__proto__":{"x":1}}'), { type: 'crux:highlight', evidence: '\u0000'.repeat(3000) },
    { type: 'crux:restore', evidence: 'x' },
  ];
  it('refuses each of them', () => {
    expect(spoofs.map((m) => isCruxRequest(m))).toEqual(spoofs.map(() => false));
  });
});

describe('isCruxRequest for every type the content script answers', () => {
  /** One well-formed request of each type: typed so that a new type added to CruxRequest must be added here (else the typecheck fails). */
  const GOOD: { [T in CruxRequest['type']]: Extract<CruxRequest, { type: T }> } = {
    'crux:get': { type: 'crux:get' },
    'crux:restore': { type: 'crux:restore' },
    'crux:reclean': { type: 'crux:reclean' },
    'crux:highlight': { type: 'crux:highlight', evidence: 'The mayor demanded a vote.' },
    'crux:annotate': { type: 'crux:annotate', annotations: { actors: [{ names: ['Tilde Brandt'] }], demands: [] } },
    'crux:unannotate': { type: 'crux:unannotate' },
  };
  const types = Object.keys(GOOD) as CruxRequest['type'][];

  it('accepts the well-formed request of each type', () => {
    expect(types.filter((t) => !isCruxRequest(GOOD[t]))).toEqual([]);
  });

  it('refuses each of them with one field more (a page cannot smuggle data in)', () => {
    expect(types.filter((t) => isCruxRequest({ ...GOOD[t], from: 'page' }))).toEqual([]);
  });

  it('refuses each of them as an array or a string of its JSON', () => {
    expect(types.filter((t) => isCruxRequest([GOOD[t]]) || isCruxRequest(JSON.stringify(GOOD[t])))).toEqual([]);
  });
});
