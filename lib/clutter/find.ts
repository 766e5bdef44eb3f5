// STUB
import type { ClutterKind, Article } from '../types';
import type { Extracted } from '../extract/article';
export interface FoundClutter { element: Element; kind: ClutterKind; text: string; rule: string }
export function findClutter(_doc: Document, ex: Extracted): { found: FoundClutter[]; article: Article | null } { return { found: [], article: ex.article }; }
