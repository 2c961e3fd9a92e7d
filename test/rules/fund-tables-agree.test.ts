import { describe, expect, it } from 'vitest';
import { fundTablesAgree } from '../../src/rules/fund-tables-agree.js';
import { brief, related, runRule, yamlOf } from './harness.js';

const FUND_INCOME = (total: string) => `  fund_income:
    title: 政府性基金预算收入表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 金额}
    rows:
      - ${total}`;

/**
 * Government fund income: its own table (合计 on line 17), the summary's income line (36), the
 * income table's column (46) and the appropriation summary's income line (55). Government fund
 * expenditure: its own table (合计 on line 26) and the appropriation expenditure total's column (62).
 */
const doc = ({
  fundIncome = FUND_INCOME('{name: 合计, 金额: 10.00}'),
  fundExpenditure = '{name: 合计, 合计: 8.00}',
  summary = '金额: 10.00',
  income = '政府性基金预算: 10.00',
  appropriationIncome = '金额: 10.00',
  appropriationExpenditure = '政府性基金预算: 8.00',
} = {}) =>
  yamlOf(`tables:
${fundIncome}
  fund_expenditure:
    title: 政府性基金预算支出表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 合计}
    rows:
      - ${fundExpenditure}
  summary:
    title: 收支总表
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 一、一般公共预算, 金额: 100.00}
        - {name: 二、政府性基金预算, ${summary}}
  income:
    title: 收入总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 一般公共预算}
      - {key: 政府性基金预算}
    rows:
      - {name: 合计, 合计: 110.00, 一般公共预算: 100.00, ${income}}
  appropriation_summary:
    title: 财政拨款收支总表
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 二、政府性基金预算, ${appropriationIncome}}
    expenditure:
      columns:
        - {key: name}
        - {key: 合计}
        - {key: 政府性基金预算}
      rows:
        - {name: 本年支出合计, 合计: 108.00, ${appropriationExpenditure}}`);

describe('fund-tables-agree', () => {
  it('passes government fund income and expenditure that agree everywhere they are printed', () => {
    const r = runRule(fundTablesAgree, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('passes empty fund tables beside zero lines', () => {
    const blank = {
      fundIncome: FUND_INCOME('{name: 合计}'),
      fundExpenditure: '{name: 合计}',
      summary: '金额: 0',
      income: '政府性基金预算: 0.00',
      appropriationIncome: '金额: 0',
      appropriationExpenditure: '政府性基金预算: 0',
    };
    expect(runRule(fundTablesAgree, doc(blank)).findings).toEqual([]);
  });

  it("reports a summary income line that differs from the fund income table's 合计", () => {
    const [f, ...rest] = runRule(fundTablesAgree, doc({ summary: '金额: 12.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('36:33 error discrepancy 收支总表 › 二、政府性基金预算 › 金额 | 10 12 2 0.01');
    expect(related(f)).toEqual(['政府性基金预算收入表 › 合计 › 金额 @17:24']);
    expect(f?.message.en).toBe('Expected summary government fund = government fund income table 合计 = 10 万元, printed 12 万元 (difference 2; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 收支总表 政府性基金 = 政府性基金收入表 合计 = 10万元，印刷为 12万元（差额 2，尾差允许 0.01）');
  });

  it("compares the appropriation expenditure with the fund expenditure table's 合计, here a rounding tail", () => {
    const { findings } = runRule(fundTablesAgree, doc({ appropriationExpenditure: '政府性基金预算: 8.01' }));
    expect(findings.map(brief)).toEqual(['62:47 info tail 财政拨款收支总表 › 本年支出合计 › 政府性基金预算 | 8 8.01 0.01 0.01']);
    expect(findings[0]?.message.en).toBe(
      'Expected appropriation expenditure government fund = government fund expenditure table 合计 = 8 万元, printed 8.01 万元 (difference 0.01; rounding allows 0.01): a rounding tail (尾差)',
    );
  });

  it('reports every income line against a fund income table printed blank', () => {
    const { findings } = runRule(fundTablesAgree, doc({ fundIncome: FUND_INCOME('{name: 合计}') }));
    expect(findings.map(brief)).toEqual([
      '36:33 error discrepancy 收支总表 › 二、政府性基金预算 › 金额 | 0 10 10 0.005',
      '46:57 error discrepancy 收入总表 › 合计 › 政府性基金预算 | 0 10 10 0.005',
      '55:33 error discrepancy 财政拨款收支总表 › 二、政府性基金预算 › 金额 | 0 10 10 0.005',
    ]);
  });

  it('compares with the first printed place when there is no fund income table', () => {
    // fund_income's 9 lines give way to one blank line: the income table's row moves from 46 to 38.
    const { findings } = runRule(fundTablesAgree, doc({ fundIncome: '', income: '政府性基金预算: 12.00' }));
    expect(findings.map(brief)).toEqual(['38:57 error discrepancy 收入总表 › 合计 › 政府性基金预算 | 10 12 2 0.01']);
    expect(findings[0]?.message.en).toBe('Expected income table government fund = summary government fund = 10 万元, printed 12 万元 (difference 2; rounding allows 0.01)');
  });

  it("compares state capital income and expenditure with the blocks of Shanxi's 国有资本经营预算收支表", () => {
    const capital = (income: string, appropriation: string) =>
      yamlOf(`tables:
  state_capital:
    title: 国有资本经营预算收支表
    unit: 万元
    income:
      columns:
        - {key: code}
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 合计, 金额: 5.00}
    expenditure:
      columns:
        - {key: code}
        - {key: name}
        - {key: 合计}
      rows:
        - {name: 合计, 合计: 5.00}
  income:
    title: 收入总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 国有资本经营预算}
    rows:
      - {name: 合计, 国有资本经营预算: ${income}}
  appropriation_summary:
    title: 财政拨款收支总表
    unit: 万元
    expenditure:
      columns:
        - {key: name}
        - {key: 国有资本经营预算}
      rows:
        - {name: 本年支出合计, 国有资本经营预算: ${appropriation}}`);
    expect(runRule(fundTablesAgree, capital('5.00', '5.00')).findings).toEqual([]);
    const { findings } = runRule(fundTablesAgree, capital('6.00', '4.00'));
    expect(findings.map(brief)).toEqual([
      '33:30 error discrepancy 收入总表 › 合计 › 国有资本经营预算 | 5 6 1 0.01',
      '42:36 error discrepancy 财政拨款收支总表 › 本年支出合计 › 国有资本经营预算 | 5 4 -1 0.01',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual([
      'Expected income table state capital = state capital income table 合计 = 5 万元, printed 6 万元 (difference 1; rounding allows 0.01)',
      'Expected appropriation expenditure state capital = state capital expenditure table 合计 = 5 万元, printed 4 万元 (difference -1; rounding allows 0.01)',
    ]);
    expect(findings.map((f) => related(f))).toEqual([
      ['国有资本经营预算收支表 › 合计 › 金额 @18:26'],
      ['国有资本经营预算收支表 › 合计 › 合计 @25:26'],
    ]);
  });
});
