/** Assembles the report of a check run: data only, rendered later by a reporter. */
import type { CheckResult } from '../engine/run.js';
import type { Finding, Severity } from '../engine/types.js';
import type { Loaded } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import { analyse } from '../narrative/verify.js';
import { recomputeShares } from '../reconcile/shares.js';
import { excerpt } from '../rules/lib/claims.js';
import type { Waiver } from '../load/waivers.js';
import type { CheckReport, FileReport } from './schema.js';

export type FailOn = Severity | 'never';

type Counted = Pick<Finding, 'severity' | 'outcome'> & { readonly waived?: unknown };

/** Waived findings are shown but never counted. */
export const countsOf = (all: readonly Counted[]) => {
  const findings = all.filter((f) => f.waived === undefined);
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
    tails: findings.filter((f) => f.outcome === 'tail').length,
  };
};

const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Marks the findings each waiver accepts (by rule and place, and file when it names one). A waiver
 * past its date stops waiving; one that matches nothing is reported. Both are findings of the
 * waivers file itself, so every reporter shows them.
 */
export function applyWaivers(files: readonly FileReport[], waivers: readonly Waiver[], today: string, file: string): FileReport[] {
  const used = new Set<Waiver>();
  const marked = files.map((f) => ({
    ...f,
    findings: f.findings.map((x) => {
      const w = waivers.find((w) => w.rule === x.rule && w.place === x.place && (w.file === undefined || norm(w.file) === norm(x.location.file)));
      if (!w) return x;
      used.add(w);
      if (w.expires !== undefined && w.expires < today) return x;
      return { ...x, waived: { reason: w.reason, ...(w.expires ? { expires: w.expires } : {}), location: w.at } };
    }),
  }));
  const own: FileReport['findings'] = waivers.flatMap((w) => {
    const expired = w.expires !== undefined && w.expires < today;
    if (used.has(w) && !expired) return [];
    const message = expired
      ? { zh: `豁免已于 ${w.expires} 过期，不再生效：${w.rule} ${w.place}`, en: `Waiver expired on ${w.expires} and no longer applies: ${w.rule} ${w.place}` }
      : { zh: `豁免未匹配任何发现：${w.rule} ${w.place}`, en: `Waiver matches no finding: ${w.rule} ${w.place}` };
    return [{ rule: expired ? 'expired-waiver' : 'unused-waiver', severity: 'warning' as const, outcome: 'finding' as const, message, place: `${w.rule} › ${w.place}`, table: '', location: w.at, related: [] }];
  });
  if (waivers.length === 0) return marked;
  const waiverFile: FileReport = { file, status: 'checked', problems: [], findings: own, skipped: [], shares: [], claims: [], counts: countsOf(own) };
  return [...marked.map((f) => ({ ...f, counts: countsOf(f.findings) })), waiverFile];
}

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

export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: 4 };

/** 2 when any input was bad; 1 when a finding reaches --fail-on (a tail never does); else 0. */
export function exitCodeOf(report: CheckReport): 0 | 1 | 2 {
  if (report.summary.invalid > 0) return 2;
  const failing = report.files.some((f) => f.findings.some((x) => !x.waived && x.outcome !== 'tail' && RANK[x.severity] >= THRESHOLD[report.failOn]));
  return failing ? 1 : 0;
}
