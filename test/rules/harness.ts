/**
 * Runs one rule over a small disclosure written inline. `tables` is the YAML of the `tables:` part
 * (and anything after it), indented by two spaces; the document facts are filled in.
 */
import { runRules } from '../../src/engine/run.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import { loadDisclosure } from '../../src/load/load.js';

export function yamlOf(tables: string, document: Record<string, string> = {}): string {
  const facts = { title: '测试单位2026年度单位预算公开', unit: '测试单位', year: '2026', kind: '单位预算', amount_unit: '万元', ...document };
  return ['format: budget-disclosure/1', 'document:', ...Object.entries(facts).map(([k, v]) => `  ${k}: ${v}`), tables].join('\n');
}

export interface Outcome {
  readonly findings: readonly Finding[];
  readonly skipped: readonly string[];
}

export function runRule(rule: Rule, yaml: string): Outcome {
  const r = loadDisclosure(yaml, 't.yaml');
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.message.en}`).join('\n'));
  const result = runRules(r.loaded, [rule]);
  return { findings: result.findings, skipped: result.skipped.map((s) => s.reason.en) };
}

/** A finding in one line, for exact assertions: "line:col severity outcome place | expected actual difference allowance". */
export const brief = (f: Finding): string =>
  `${f.location.line}:${f.location.col} ${f.severity} ${f.outcome} ${f.place}${f.expected !== undefined ? ` | ${f.expected} ${f.actual} ${f.difference} ${f.allowance}` : ''}`;

/** 支出总表 in `unit` with the one row `row`, on line 18 (the `tables:` part, for yamlOf). */
export const expenditureTable = (row: string, unit = '万元'): string => `tables:
  expenditure:
    title: 支出总表
    unit: ${unit}
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 基本支出}
      - {key: 项目支出}
    rows:
      - ${row}`;

/**
 * 支出总表 (see expenditureTable), then the narrative sections: the first's prose starts on line 22,
 * each later section's prose 3 lines after the previous one's last prose line, and every prose line
 * at column 7.
 */
export function expenditureAndProse(
  sections: readonly (readonly [heading: string, lines: readonly string[]])[],
  row = '{name: 合计, 合计: 100.00, 基本支出: 60.00, 项目支出: 40.00}',
  unit = '万元',
): string {
  const prose = sections.map(([heading, lines]) => [`  - heading: ${heading}`, '    text: |', ...lines.map((l) => `      ${l}`)].join('\n'));
  return yamlOf(`${expenditureTable(row, unit)}
narrative:
${prose.join('\n')}`);
}

/** The places a finding compared against, each as "place @line:col", for exact assertions. */
export const related = (f: Finding | undefined): string[] | undefined => f?.related.map((r) => `${r.place} @${r.location.line}:${r.location.col}`);
