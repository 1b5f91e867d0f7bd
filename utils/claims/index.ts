// Risky-claim checks for saved tips. Pure TypeScript: runs unchanged in Node,
// a content script and a worker; nothing is fetched.
export type * from './types';
export { checkClaims } from './check';
export { overallTier, claimSummary } from './summary';
export { keyTerms } from './terms';
export { ALL_NOTES } from './notes';
