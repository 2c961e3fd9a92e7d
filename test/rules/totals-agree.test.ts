import { describe, expect, it } from 'vitest';
import { totalsAgree } from '../../src/rules/totals-agree.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** 本年收入合计 on line 18; 本年支出合计 on line 27 spends the year's income and the carry-over. */
const SUMMARY = `  summary:
    title: 收支总表
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 一、一般公共预算, 金额: 120.00}
        - {name: 本年收入合计, 金额: 120.00}
        - {name: 上年结转, 金额: 5.00}
        - {name: 收入总计, 金额: 125.00}
    expenditure:
      columns:
        - {key: name}
        - {key: 合计}
      rows:
        - {name: 八、社会保障和就业支出, 合计: 125.00}
        - {name: 本年支出合计, 合计: 125.00}
        - {name: 支出总计, 合计: 125.00}`;

/** The summary, then the income table (合计 on line 36) and the expenditure table (合计 on line 44). */
const doc = ({ income = '120.00', expenditure = '125.00', summary = SUMMARY } = {}) =>
  yamlOf(`tables:
${summary}
  income:
    title: 收入总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 合计, 合计: ${income}}
  expenditure:
    title: 支出总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 合计, 合计: ${expenditure}}`);

describe('totals-agree', () => {
  it("passes income and expenditure tables whose 合计 are the summary's year totals", () => {
    const r = runRule(totalsAgree, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it("reports an income table 合计 that differs from the summary's 本年收入合计 (which leaves out the carry-over)", () => {
    const [f, ...rest] = runRule(totalsAgree, doc({ income: '125.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('36:24 error discrepancy 收入总表 › 合计 › 合计 | 120 125 5 0.01');
    expect(related(f)).toEqual(['收支总表 › 本年收入合计 › 金额 @18:30']);
    expect(f?.message.en).toBe('Expected income table 合计 = summary income total = 120 万元, printed 125 万元 (difference 5; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 收入总表 合计 = 收支总表 本年收入合计 = 120万元，印刷为 125万元（差额 5，尾差允许 0.01）');
  });

  it("reports an expenditure table 合计 that differs from the summary's 本年支出合计", () => {
    const { findings } = runRule(totalsAgree, doc({ expenditure: '120.00' }));
    expect(findings.map(brief)).toEqual(['44:24 error discrepancy 支出总表 › 合计 › 合计 | 125 120 -5 0.01']);
    expect(related(findings[0])).toEqual(['收支总表 › 本年支出合计 › 合计 @27:30']);
    expect(findings[0]?.message.en).toBe('Expected expenditure table 合计 = summary expenditure total = 125 万元, printed 120 万元 (difference -5; rounding allows 0.01)');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(totalsAgree, doc({ expenditure: '125.01' }));
    expect(findings.map(brief)).toEqual(['44:24 info tail 支出总表 › 合计 › 合计 | 125 125.01 0.01 0.01']);
  });

  it('skips a document with no summary table', () => {
    const r = runRule(totalsAgree, doc({ income: '121.00', summary: '  fund_income: {title: 政府性基金预算收入表, unit: 万元, columns: [], rows: []}' }));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no summary table']);
  });
});
