import { describe, expect, it } from 'vitest';
import { appropriationAgrees } from '../../src/rules/appropriation-agrees.js';
import { brief, related, runRule, yamlOf } from './harness.js';

const APPROPRIATION = `  appropriation_summary:
    title: 财政拨款收支总表
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 一、一般公共预算, 金额: 150.00}
        - {name: 本年收入合计, 金额: 150.00}
    expenditure:
      columns:
        - {key: name}
        - {key: 合计}
        - {key: 一般公共预算}
      rows:
        - {name: 八、社会保障和就业支出, 合计: 100.00, 一般公共预算: 100.00}
        - {name: 二十、住房保障支出, 合计: 50.00, 一般公共预算: 50.00}
        - {name: 本年支出合计, 合计: 150.00, 一般公共预算: 150.00}`;

/**
 * The summary's 一般公共预算 line (line 17), the income table's 合计 row (line 26), the general
 * expenditure table (合计 on line 35, classes on 36–37), and the appropriation summary (income on
 * 46–47, expenditure classes on 54–55, 本年支出合计 on 56).
 */
const doc = ({ summary = '150.00', income = '150.00', total = '150.00', social = '100.00', housing = '{code: "221", name: 住房保障支出, 合计: 50.00}', appropriation = APPROPRIATION } = {}) =>
  yamlOf(`tables:
  summary:
    title: 收支总表
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 一、一般公共预算, 金额: ${summary}}
  income:
    title: 收入总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 一般公共预算}
    rows:
      - {name: 合计, 合计: 150.00, 一般公共预算: ${income}}
  general_expenditure:
    title: 一般公共预算支出表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 合计, 合计: ${total}}
      - {code: "208", name: 社会保障和就业支出, 合计: ${social}}
      - ${housing}
${appropriation}`);

describe('appropriation-agrees', () => {
  it('passes an appropriation summary that agrees with the summary, income and general expenditure tables', () => {
    const r = runRule(appropriationAgrees, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it("reports a summary 一般公共预算 line that differs from the appropriation summary's", () => {
    const [f, ...rest] = runRule(appropriationAgrees, doc({ summary: '151.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('17:32 error discrepancy 收支总表 › 一、一般公共预算 › 金额 | 150 151 1 0.01');
    expect(related(f)).toEqual(['财政拨款收支总表 › 一、一般公共预算 › 金额 @46:32']);
    expect(f?.message.en).toBe('Expected summary 一般公共预算 = appropriation summary 一般公共预算 = 150 万元, printed 151 万元 (difference 1; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 收支总表 一般公共预算 = 财政拨款收支总表 一般公共预算 = 150万元，印刷为 151万元（差额 1，尾差允许 0.01）');
  });

  it("reports the income table's 一般公共预算 total, here as a rounding tail", () => {
    const { findings } = runRule(appropriationAgrees, doc({ income: '149.99' }));
    expect(findings.map(brief)).toEqual(['26:40 info tail 收入总表 › 合计 › 一般公共预算 | 150 149.99 -0.01 0.01']);
    expect(findings[0]?.message.en).toBe(
      'Expected income table 合计·一般公共预算 = appropriation summary 一般公共预算 = 150 万元, printed 149.99 万元 (difference -0.01; rounding allows 0.01): a rounding tail (尾差)',
    );
  });

  it('reports an expenditure class that differs from the general expenditure table', () => {
    const { findings } = runRule(appropriationAgrees, doc({ social: '99.00' }));
    expect(findings.map(brief)).toEqual(['54:51 error discrepancy 财政拨款收支总表 › 八、社会保障和就业支出 › 一般公共预算 | 99 100 1 0.01']);
    expect(findings[0]?.message.en).toBe('Expected appropriation 社会保障和就业支出·一般公共预算 = general expenditure 208 = 99 万元, printed 100 万元 (difference 1; rounding allows 0.01)');
  });

  it('reports an expenditure total that differs from the general expenditure 合计', () => {
    const { findings } = runRule(appropriationAgrees, doc({ total: '151.00' }));
    expect(findings.map(brief)).toEqual(['56:46 error discrepancy 财政拨款收支总表 › 本年支出合计 › 一般公共预算 | 151 150 -1 0.01']);
    expect(findings[0]?.message.en).toBe('Expected appropriation expenditure total·一般公共预算 = general expenditure 合计 = 151 万元, printed 150 万元 (difference -1; rounding allows 0.01)');
  });

  it('reports a class with a figure that the general expenditure table lacks', () => {
    const { findings } = runRule(appropriationAgrees, doc({ housing: '{code: "212", name: 城乡社区支出, 合计: 50.00}' }));
    expect(findings.map(brief)).toEqual(['55:48 error finding 财政拨款收支总表 › 二十、住房保障支出 › 一般公共预算']);
    expect(findings[0]?.message.en).toBe('The appropriation summary prints "住房保障支出" 一般公共预算 at 50.00 万元, but the general expenditure table has no such class');
    expect(findings[0]?.message.zh).toBe('财政拨款收支总表列“住房保障支出”一般公共预算 50.00万元，但一般公共预算支出表中没有这一类');
  });

  it('skips a document with no appropriation summary', () => {
    const r = runRule(appropriationAgrees, doc({ summary: '151.00', appropriation: '' }));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no appropriation summary']);
  });
});
