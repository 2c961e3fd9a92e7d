/** Assembles the report of a check run: data only, rendered later by a reporter. */
import type { CheckResult } from '../engine/run.js';
import type { Finding, Severity } from '../engine/types.js';
import type { Loaded } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import { analyse } from '../narrative/verify.js';
import { recomputeShares } from '../reconcile/shares.js';
import { excerpt } from '../rules/lib/claims.js';
import type { CheckReport, FileReport } from './schema.js';

export type FailOn = Severity | 'never';

export const countsOf = (findings: readonly Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
  info: findings.filter((f) => f.severity === 'info').length,
  tails: findings.filter((f) => f.outcome === 'tail').length,
});

export function checkedFile(loaded: Loaded, result: CheckResult): FileReport {
  const { document } = loaded.disclosure;
  return {
    file: loaded.file,
    status: 'checked',
    document: { unit: document.unit, year: document.year, kind: document.kind },
    problems: [],
    findings: result.findings.map((f) => ({ ...f, related: [...f.related] })),
    skipped: result.skipped.map((s) => ({ ...s })),
    shares: recomputeShares(loaded.disclosure).map(({ whole, shares, ...g }) => ({
      ...g,
      whole: { label: whole.label, value: whole.value, unit: whole.unit },
      shares: shares.map((s) => ({ label: s.label, value: s.value, percent: s.percent })),
    })),
    claims: [...analyse(loaded).verdicts]
      .sort((a, b) => (a.claim.prose.offsets[a.claim.start] ?? 0) - (b.claim.prose.offsets[b.claim.start] ?? 0))
      .map((v) => ({
      check: v.check,
      verdict: v.status,
      excerpt: excerpt(v.claim),
      stated: v.stated,
      ...(v.recomputed !== undefined ? { recomputed: v.recomputed } : {}),
      ...(v.link ? { figure: v.link.place.filter((p) => p !== '').join(' › ') } : {}),
      reason: v.reason,
      location: { file: loaded.file, ...loaded.position(v.claim.prose.offsets[v.claim.start] ?? 0) },
    })),
    counts: countsOf(result.findings),
  };
}

export function invalidFile(file: string, problems: readonly LocatedProblem[]): FileReport {
  return { file, status: 'invalid', problems: [...problems], findings: [], skipped: [], shares: [], claims: [], counts: countsOf([]) };
}

export function buildReport(files: readonly FileReport[], failOn: FailOn, version: string): CheckReport {
  const all = files.flatMap((f) => f.findings);
  return {
    format: 'budget-report/1',
    tool: { name: 'budget', version },
    failOn,
    files: [...files],
    summary: { ...countsOf(all), files: files.length, invalid: files.filter((f) => f.status === 'invalid').length },
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: 4 };

/** 2 when any input was bad; 1 when a finding reaches --fail-on (a tail never does); else 0. */
export function exitCodeOf(report: CheckReport): 0 | 1 | 2 {
  if (report.summary.invalid > 0) return 2;
  const failing = report.files.some((f) => f.findings.some((x) => x.outcome !== 'tail' && RANK[x.severity] >= THRESHOLD[report.failOn]));
  return failing ? 1 : 0;
}
