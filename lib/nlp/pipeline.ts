// STUB
import type { Article, TextAnalysis } from '../types';
export function analyzeArticleText(_a: Article): TextAnalysis { return { actors: [], demands: [], summary: [], nlpApplied: false }; }
