/**
 * JUnit XML for GitLab and Jenkins: one testsuite per file, one testcase per rule; a rule fails
 * when one of its findings reaches --fail-on (tails and waived findings never do). A file that
 * could not be loaded is one erroring testcase, "load".
 */
import type { Rule } from '../engine/types.js';
import { RANK } from './build.js';
import { xml } from './escape.js';
import { at, fileAt } from './style.js';
import type { FileReport } from './schema.js';

export interface Suite {
  readonly xml: string;
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
}

export function junitSuite(file: FileReport, all: readonly Rule[], lang: 'zh' | 'en', threshold: number): Suite {
  if (file.status === 'invalid') {
    const text = file.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.message[lang]}`).join('\n');
    return {
      xml: `  <testsuite name="${xml(file.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase name="load" classname="${xml(file.file)}">\n      <error message="${xml(file.problems[0]?.message[lang] ?? '')}">${xml(text)}</error>\n    </testcase>\n  </testsuite>`,
      tests: 1,
      failures: 0,
      errors: 1,
    };
  }
  // A file of waivers reports its own findings, under their own names.
  const rules = all.some((r) => file.findings.some((f) => f.rule === r.id)) || file.findings.length === 0 ? all.map((r) => r.id) : [...new Set(file.findings.map((f) => f.rule))];
  let failures = 0;
  let skipped = 0;
  const cases = rules.map((rule) => {
    const mine = file.findings.filter((f) => f.rule === rule && !f.waived);
    const failing = mine.filter((f) => f.outcome !== 'tail' && RANK[f.severity] >= threshold);
    const skip = file.skipped.find((s) => s.rule === rule);
    const open = `    <testcase name="${xml(rule)}" classname="${xml(file.file)}">`;
    if (failing.length > 0) {
      failures++;
      const body = failing.map((f) => `${fileAt(f.location)} ${f.severity} ${f.place}: ${f.message[lang]}`).join('\n');
      return `${open}\n      <failure message="${xml(`${failing.length} finding${failing.length === 1 ? '' : 's'}: ${failing[0]?.message[lang] ?? ''}`)}" type="${xml(failing[0]?.severity ?? '')}">${xml(body)}</failure>\n    </testcase>`;
    }
    if (skip && mine.length === 0) {
      skipped++;
      return `${open}\n      <skipped message="${xml(skip.reason[lang])}"/>\n    </testcase>`;
    }
    const other = mine.map((f) => `${at(f.location)} ${f.outcome === 'tail' ? 'tail' : f.severity} ${f.place}: ${f.message[lang]}`).join('\n');
    return other === '' ? `${open}</testcase>` : `${open}\n      <system-out>${xml(other)}</system-out>\n    </testcase>`;
  });
  return {
    xml: `  <testsuite name="${xml(file.file)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`,
    tests: rules.length,
    failures,
    errors: 0,
  };
}
