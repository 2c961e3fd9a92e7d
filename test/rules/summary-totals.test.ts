import { describe, expect, it } from 'vitest';
import { summaryTotals } from '../../src/rules/summary-totals.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** A summary table with its income block; rows from line 17. */
const summary = (rows: readonly string[], role = 'summary', title = '收支总表') =>
  yamlOf(`tables:
  ${role}:
    title: ${title}
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
${rows.map((r) => `        - ${r}`).join('\n')}`);

const income = ({ subtotal = '120.00', grand = '125.00' } = {}) => [
  '{name: 一、一般公共预算, 金额: 100.00}',
  '{name: 二、政府性基金预算, 金额: 20.00}',
  `{name: 本年收入合计, 金额: ${subtotal}}`,
  '{name: 上年结转, 金额: 5.00}',
  `{name: 收入总计, 金额: ${grand}}`,
];

describe('summary-totals', () => {
  it('passes a block whose year total is its lines and whose grand total adds the carry-over', () => {
    expect(runRule(summaryTotals, summary(income())).findings).toEqual([]);
  });

  it('reports a grand total that is not the year total + carry-over', () => {
    const [f, ...rest] = runRule(summaryTotals, summary(income({ grand: '126.00' }))).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('21:28 error discrepancy 收支总表 › 收入总计 › 金额 | 125 126 1 0.015');
    expect(related(f)).toEqual([
      '收支总表 › 本年收入合计 › 金额 @19:30',
      '收支总表 › 上年结转 › 金额 @20:28',
    ]);
    expect(f?.message.en).toBe('Expected 收入总计 = 本年收入合计 + 上年结转 = 125 万元, printed 126 万元 (difference 1; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 收入总计 = 本年收入合计 + 上年结转 = 125万元，印刷为 126万元（差额 1，尾差允许 0.015）');
  });

  it('reports a year total that is not the sum of its lines', () => {
    const { findings } = runRule(summaryTotals, summary(income({ subtotal: '121.00', grand: '126.00' })));
    expect(findings.map(brief)).toEqual(['19:30 error discrepancy 收支总表 › 本年收入合计 › 金额 | 120 121 1 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 本年收入合计 = 一、一般公共预算 + 二、政府性基金预算 = 120 万元, printed 121 万元 (difference 1; rounding allows 0.015)');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(summaryTotals, summary(income({ grand: '125.01' })));
    expect(findings.map(brief)).toEqual(['21:28 info tail 收支总表 › 收入总计 › 金额 | 125 125.01 0.01 0.015']);
  });

  it('reports a line that is not the sum of its sub-lines', () => {
    const { findings } = runRule(
      summaryTotals,
      summary([
        '{name: 一、财政拨款收入, 金额: 110.00}',
        '{name: （1）一般公共预算, 金额: 100.00}',
        '{name: （2）政府性基金预算, 金额: 11.00}',
        '{name: 二、事业收入, 金额: 10.00}',
        '{name: 本年收入合计, 金额: 120.00}',
        '{name: 收入总计, 金额: 120.00}',
      ]),
    );
    expect(findings.map(brief)).toEqual(['17:32 error discrepancy 收支总表 › 一、财政拨款收入 › 金额 | 111 110 -1 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 一、财政拨款收入 = （1）一般公共预算 + （2）政府性基金预算 = 111 万元, printed 110 万元 (difference -1; rounding allows 0.015)');
  });

  it('checks the carry-over against the lines printed under it, apart from the year total', () => {
    const rows = (carry: string, grand: string) => [
      '{name: 一、一般公共预算, 金额: 100.00}',
      '{name: 本年收入合计, 金额: 100.00}',
      `{name: 上年财政拨款结转, 金额: ${carry}}`,
      '{name: 一、一般公共预算, 金额: 3.00}',
      '{name: 二、政府性基金预算, 金额: 1.00}',
      `{name: 收入总计, 金额: ${grand}}`,
    ];
    expect(runRule(summaryTotals, summary(rows('4.00', '104.00'), 'appropriation_summary', '财政拨款收支总表')).findings).toEqual([]);
    const { findings } = runRule(summaryTotals, summary(rows('5.00', '105.00'), 'appropriation_summary', '财政拨款收支总表'));
    expect(findings.map(brief)).toEqual(['19:32 error discrepancy 财政拨款收支总表 › 上年财政拨款结转 › 金额 | 4 5 1 0.015']);
  });

  it('reads sub-lines numbered （一） under their line', () => {
    const rows = ['{name: 一、财政拨款收入, 金额: 100.00}', '{name: （一）一般公共预算, 金额: 90.00}', '{name: （二）政府性基金预算, 金额: 9.00}', '{name: 收入总计, 金额: 100.00}'];
    expect(runRule(summaryTotals, summary(rows)).findings.map(brief)).toEqual(['17:32 error discrepancy 收支总表 › 一、财政拨款收入 › 金额 | 99 100 1 0.015']);
  });

  it('adds up a block printed by code (国有资本经营) from its 类 rows', () => {
    const yaml = yamlOf(`tables:
  state_capital:
    title: 国有资本经营预算收支表
    unit: 万元
    income:
      columns: [{key: code}, {key: name}, {key: 金额}]
      rows:
        - {name: 合计, 金额: 5.00}
        - {code: "103", name: 非税收入, 金额: 4.00}
        - {code: "10306", name: 国有资本经营收入, 金额: 4.00}`);
    expect(runRule(summaryTotals, yaml).findings.map(brief)).toEqual(['15:26 error discrepancy 国有资本经营预算收支表 › 合计 › 金额 | 4 5 1 0.01']);
  });
});
