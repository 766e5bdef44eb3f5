// In-page annotations, the part both sides share (browser-free): what the popup sends the content
// script (the actors' names and the demand sentences with their labels, computed by the popup's
// NLP: the content script has none), a strict check of that shape, and the actors' colours.
import type { Actor, Demand, TextAnalysis } from '../lib/types';

/**
 * One underline colour per actor, in salience order: eight hues far apart, dark enough to show on a
 * white page and light enough on a dark one (the popup's actor list uses the same, as a legend).
 */
export const ACTOR_COLOURS: readonly string[] = ['#e03131', '#1c7ed6', '#2f9e44', '#ae3ec9', '#5f3dc4', '#0c8599', '#9c6644', '#74b816'];

/** Limits on a message's size: the popup's lists are shorter; anything longer is not from Crux. */
export const MAX_ACTORS = ACTOR_COLOURS.length;
const MAX_NAMES = 16; // names per actor: the name and its aliases
const MAX_NAME = 120;
const MAX_DEMANDS = 50;
/** The longest evidence sentence the content script looks for. */
export const MAX_EVIDENCE = 2000;
const MAX_LABEL = 600;

export interface AnnotationActor {
  /** the actor's name and every other name the article uses for it */
  names: string[];
}

export interface AnnotationDemand {
  /** the sentence, verbatim from the article */
  evidence: string;
  /** what hovering it shows: "Russia demands of NATO: stop expanding east" */
  label: string;
}

export interface Annotations {
  actors: AnnotationActor[];
  demands: AnnotationDemand[];
}

/** What the content script marked: mentions underlined, demand sentences found and marked. */
export interface AnnotateResult {
  mentions: number;
  sentences: number;
}

/** "Russia demands of NATO: stop expanding east" (no target: "Russia demands: …"). */
export function demandLabel(d: Pick<Demand, 'actor' | 'target' | 'demand'>): string {
  const of = d.target.length ? ` of ${d.target.join(', ')}` : '';
  return `${d.actor} demands${of}: ${d.demand}`.slice(0, MAX_LABEL);
}

/** The annotations for an analysis: the first eight actors (the popup's list), every demand. */
export function annotationsFor(analysis: Pick<TextAnalysis, 'actors' | 'demands'>): Annotations {
  const names = (a: Actor) => {
    const ok = [...new Set([a.name, ...a.aliases])].filter((n) => n.trim().length > 1 && n.length <= MAX_NAME);
    return ok.length ? ok.slice(0, MAX_NAMES) : [a.name.slice(0, MAX_NAME) || '?'];
  };
  return {
    actors: analysis.actors.slice(0, MAX_ACTORS).map((a) => ({ names: names(a) })),
    demands: analysis.demands
      .filter((d) => d.evidence.trim() && d.evidence.length <= MAX_EVIDENCE)
      .slice(0, MAX_DEMANDS)
      .map((d) => ({ evidence: d.evidence, label: demandLabel(d) })),
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const hasKeys = (x: Record<string, unknown>, keys: string[]) => {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => own.includes(k));
};
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.trim().length > 0 && x.length <= max;

/** A strict check of the annotations a message carries: exactly these fields, strings of bounded size. */
export function isAnnotations(x: unknown): x is Annotations {
  if (!isObject(x) || !hasKeys(x, ['actors', 'demands'])) return false;
  const { actors, demands } = x;
  return (
    Array.isArray(actors) && actors.length <= MAX_ACTORS &&
    actors.every((a) => isObject(a) && hasKeys(a, ['names']) && Array.isArray(a.names) && a.names.length > 0 &&
      a.names.length <= MAX_NAMES && a.names.every((n) => isText(n, MAX_NAME))) &&
    Array.isArray(demands) && demands.length <= MAX_DEMANDS &&
    demands.every((d) => isObject(d) && hasKeys(d, ['evidence', 'label']) && isText(d.evidence, MAX_EVIDENCE) && isText(d.label, MAX_LABEL))
  );
}
