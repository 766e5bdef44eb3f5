// STUB: replaced by the real extraction.
import type { Article } from '../types';
export interface Extracted { article: Article | null; lang: string | null; content: Element | null }
export function extractArticle(_doc: Document, _o: { url?: string }): Extracted { return { article: null, lang: null, content: null }; }
