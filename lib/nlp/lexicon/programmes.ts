// Public programmes and policies news names like organisations ("enrolled in Medicaid", "DACA
// recipients", "Brexit was delayed"): things people are on or argue about, never actors. A small
// curated list (no maintained package lists them), each name common in news.

/** Names (as nameKeyOf folds them) of programmes and policies, not of the bodies that run them. */
export const PUBLIC_PROGRAMMES = new Set([
  'medicaid', 'medicare', 'obamacare', 'daca', 'social security', 'brexit',
]);
