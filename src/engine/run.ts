/** Runs the rules over a loaded disclosure and turns their reports into located findings. */
import type { Loaded } from '../load/load.js';
import { show } from '../reconcile/rounding.js';
import { RULES } from '../rules/index.js';
import type { Finding, Ref, Rule, Severity, Skipped } from './types.js';

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly skipped: readonly Skipped[];
  readonly rules: number;
}

const placeText = (r: Ref) => r.place.filter((p) => p !== '').join(' › ');
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface RunOptions {
  /** Per rule: switched off, or reported at another severity (from the configuration). */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

export function runRules(loaded: Loaded, rules: readonly Rule[] = RULES, options: RunOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  const locate = (r: Ref) => ({ file: loaded.file, ...(r.offset !== undefined ? loaded.position(r.offset) : loaded.locate(r.path)) });
  for (const rule of rules) {
    const setting = options.severities?.[rule.id];
    if (setting === 'off') continue;
    rule.check({
      disclosure: loaded.disclosure,
      loaded,
      skip: (reason) => skipped.push({ rule: rule.id, reason }),
      report: (r) => {
        const c = r.comparison;
        if (c?.outcome === 'exact') return;
        const tail = c?.outcome === 'tail';
        findings.push({
          rule: rule.id,
          severity: tail ? 'info' : (setting ?? r.severity ?? rule.severity),
          outcome: c === undefined ? 'finding' : tail ? 'tail' : 'discrepancy',
          message: r.message,
          place: placeText(r.at),
          table: r.at.place[0] ?? '',
          location: locate(r.at),
          ...(r.at.text !== undefined ? { value: r.at.text } : {}),
          ...(r.at.unit !== undefined ? { unit: r.at.unit } : {}),
          related: r.related.map((x) => ({ place: placeText(x), location: locate(x), ...(x.text !== undefined ? { value: x.text } : {}) })),
          ...(c
            ? { expected: show(c.expected), actual: show(c.actual), difference: show(c.difference), allowance: show(c.allowance) }
            : {}),
        });
      },
    });
  }
  // Deterministic: file order, then severity, then rule. Rule ids are lower-case ASCII, so code
  // unit order is their alphabetical order, without the ~5 ms localeCompare costs to set up ICU.
  findings.sort(
    (a, b) =>
      a.location.line - b.location.line ||
      a.location.col - b.location.col ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { findings, skipped, rules: rules.length };
}
