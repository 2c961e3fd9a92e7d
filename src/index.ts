/**
 * The library API of budget: text in, findings out. No file system, no process, no colour
 * detection — the CLI (src/cli) adds those.
 */
export { checkPriorClaims, type PriorClaim } from './compare/claims.js';
export { diffTables, type RowChange, type TableChange } from './compare/diff.js';
export { type CheckResult, runRules } from './engine/run.js';
export type { Finding, Rule, Severity } from './engine/types.js';
export { type Loaded, type LoadResult, loadDisclosure } from './load/load.js';
export type { LocatedProblem } from './load/problem.js';
export type { Amount } from './model/amount.js';
export type { Disclosure, Grid, Row, Table } from './model/disclosure.js';
export { analyse, type Verdict } from './narrative/verify.js';
export { compareSum, compareRelation, type Comparison, type Fig } from './reconcile/rounding.js';
export { recomputeShares, type ShareGroup } from './reconcile/shares.js';
export { RULES } from './rules/index.js';
