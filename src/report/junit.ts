/**
 * JUnit XML for GitLab and Jenkins: one testsuite per file, one testcase per rule; a rule fails
 * when one of its findings reaches --fail-on (tails and waived findings never do). A file that
 * could not be loaded is one failing testcase, "load".
 */
import type { Rule } from '../engine/types.js';
import { RANK, THRESHOLD } from './build.js';
import type { CheckReport } from './schema.js';

/** XML text: the five entities, and characters XML 1.0 cannot hold removed. */
export const xml = (s: string): string =>
  s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function renderJunit(report: CheckReport, rules: readonly Rule[], lang: 'zh' | 'en'): string {
  const threshold = THRESHOLD[report.failOn];
  let failing = 0;
  let errors = 0;
  const suites = report.files.map((file) => {
    if (file.status === 'invalid') {
      const text = file.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.message[lang]}`).join('\n');
      errors++;
      return `  <testsuite name="${xml(file.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase name="load" classname="${xml(file.file)}">\n      <error message="${xml(file.problems[0]?.message[lang] ?? '')}">${xml(text)}</error>\n    </testcase>\n  </testsuite>`;
    }
    let failures = 0;
    let skipped = 0;
    const cases = rules.map((rule) => {
      const mine = file.findings.filter((f) => f.rule === rule.id && !f.waived);
      const failing = mine.filter((f) => f.outcome !== 'tail' && RANK[f.severity] >= threshold);
      const skip = file.skipped.find((s) => s.rule === rule.id);
      const open = `    <testcase name="${xml(rule.id)}" classname="${xml(file.file)}">`;
      if (failing.length > 0) {
        failures++;
        const body = failing.map((f) => `${f.location.file}:${f.location.line}:${f.location.col} ${f.severity} ${f.place}: ${f.message[lang]}`).join('\n');
        return `${open}\n      <failure message="${xml(`${failing.length} finding${failing.length === 1 ? '' : 's'}: ${failing[0]?.message[lang] ?? ''}`)}" type="${xml(failing[0]?.severity ?? '')}">${xml(body)}</failure>\n    </testcase>`;
      }
      if (skip && mine.length === 0) {
        skipped++;
        return `${open}\n      <skipped message="${xml(skip.reason[lang])}"/>\n    </testcase>`;
      }
      const other = mine.map((f) => `${f.location.line}:${f.location.col} ${f.outcome === 'tail' ? 'tail' : f.severity} ${f.place}: ${f.message[lang]}`).join('\n');
      return other === '' ? `${open}</testcase>` : `${open}\n      <system-out>${xml(other)}</system-out>\n    </testcase>`;
    });
    failing += failures;
    return `  <testsuite name="${xml(file.file)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = report.files.reduce((n, f) => n + (f.status === 'invalid' ? 1 : rules.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="budget" tests="${tests}" failures="${failing}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
