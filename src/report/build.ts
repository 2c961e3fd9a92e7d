/** Assembles the report of a check run: data only, rendered later by a reporter. */
import type { CheckResult } from '../engine/run.js';
import type { Finding, Severity } from '../engine/types.js';
import type { Loaded } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import { analyse } from '../narrative/verify.js';
import { recomputeShares } from '../reconcile/shares.js';
import { excerpt } from '../rules/lib/claims.js';
import type { Waiver } from '../load/waivers.js';
import type { FileReport } from './schema.js';

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
 * Waivers applied file by file: each marks the findings it accepts (by rule and place, and file
 * when it names one); a waiver past its date stops waiving. At the end, the waivers that matched
 * nothing or have expired are findings of the waivers file itself, so every reporter shows them.
 */
export class Waiving {
  private readonly used = new Set<Waiver>();
  constructor(
    private readonly waivers: readonly Waiver[],
    private readonly today: string,
    private readonly file: string,
  ) {}

  /** Waivers (by index) that a worker found in use. */
  markUsed(indices: readonly number[]): void {
    for (const i of indices) {
      const w = this.waivers[i];
      if (w) this.used.add(w);
    }
  }

  /** Indices of the waivers used so far. */
  usedIndices(): number[] {
    return this.waivers.flatMap((w, i) => (this.used.has(w) ? [i] : []));
  }

  mark(f: FileReport): FileReport {
    if (this.waivers.length === 0) return f;
    const findings = f.findings.map((x) => {
      const w = this.waivers.find((w) => w.rule === x.rule && w.place === x.place && (w.file === undefined || norm(w.file) === norm(x.location.file)));
      if (!w) return x;
      this.used.add(w);
      if (w.expires !== undefined && w.expires < this.today) return x;
      return { ...x, waived: { reason: w.reason, ...(w.expires ? { expires: w.expires } : {}), location: w.at } };
    });
    return { ...f, findings, counts: countsOf(findings) };
  }

  /** The report of the waivers file: unused and expired waivers; none when there are no waivers. */
  leftovers(): FileReport | undefined {
    if (this.waivers.length === 0) return undefined;
    const own: FileReport['findings'] = this.waivers.flatMap((w) => {
      const expired = w.expires !== undefined && w.expires < this.today;
      if (this.used.has(w) && !expired) return [];
      const message = expired
        ? { zh: `豁免已于 ${w.expires} 过期，不再生效：${w.rule} ${w.place}`, en: `Waiver expired on ${w.expires} and no longer applies: ${w.rule} ${w.place}` }
        : { zh: `豁免未匹配任何发现：${w.rule} ${w.place}`, en: `Waiver matches no finding: ${w.rule} ${w.place}` };
      return [{ rule: expired ? 'expired-waiver' : 'unused-waiver', severity: 'warning' as const, outcome: 'finding' as const, message, place: `${w.rule} › ${w.place}`, table: '', location: w.at, related: [] }];
    });
    return { file: this.file, status: 'checked', problems: [], findings: own, skipped: [], shares: [], claims: [], counts: countsOf(own) };
  }
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


export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: 4 };
