// A place below a country acting through its officials ("Delhi officials banned firecrackers",
// "officials in Punjab said"): the place's government, an actor of its own. A country's officials
// are the country (its demonym or name says so elsewhere); a US state's are the state's government.
import type { Sentence, Token } from './parse';
import { countryByCapital, countryByDemonym, countryByName, nameKeyOf } from './lexicon/countries';
import { usStateByName } from './lexicon/us-states';

/** People who act for the place named beside them. */
const LOCAL_AGENTS = new Set(['officials', 'authorities']);
/** Punctuation that parts the place from the officials ("Delhi, officials said"). */
const PARTED = /[,.;:!?()"“”—–]/;

export interface LocalGovernment { start: number; end: number; name: string; key: string }

/** The name of the government of the place run toks[i, j), or null when it is no sub-national place. */
function governmentOf(toks: Token[], i: number, j: number): { name: string; key: string } | null {
  const run = toks.slice(i, j);
  while (run.length && run[0]!.tags.has('Determiner')) run.shift();
  if (!run.length || run.length > 3) return null;
  const place = run.map((t, k) => (k === run.length - 1 ? t.text.replace(/[’']s$/, '') : t.text + t.post)).join('').trim();
  if (countryByName(place) || countryByDemonym(place) || countryByCapital(place)) return null;
  const state = usStateByName(place);
  if (state) return { name: state, key: `org:${state}` };
  if (!run.every((t) => t.tags.has('Place') && !t.tags.has('Country'))) return null;
  const name = `${place} government`;
  return { name, key: `org:${nameKeyOf(name)}` };
}

/** "Delhi officials" (run [i, j) then the agents) or "officials in Delhi" (the agents, "in", then the run). */
export function localGovernment(s: Sentence, i: number, j: number): LocalGovernment | null {
  const toks = s.tokens;
  const last = toks[j - 1]!, next = toks[j];
  if (next && LOCAL_AGENTS.has(next.normal) && !PARTED.test(last.post) && !/[’']s$/.test(last.text)) {
    const g = governmentOf(toks, i, j);
    return g && { start: i, end: j + 1, ...g };
  }
  const prep = toks[i - 1], agents = toks[i - 2];
  if (prep?.normal === 'in' && agents && LOCAL_AGENTS.has(agents.normal) && !PARTED.test(agents.post)) {
    const g = governmentOf(toks, i, j);
    return g && { start: i, end: j, ...g };
  }
  return null;
}
