import { describe, expect, it } from 'vitest';
import { codeHierarchy } from '../../src/rules/code-hierarchy.js';
import { brief, related, runRule, yamlOf } from './harness.js';

const table = (rows: readonly string[]) =>
  yamlOf(`tables:
  expenditure:
    title: 支出总表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 合计}
      - {key: 基本支出}
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}`);

/** 类 208 = 款 20801 + 20805; 款 20801 = 项 2080101 + 2080102; 款 20805 = 项 2080505. Rows 18–23. */
const rows = ({ c208 = '100.00', b208 = '100.00', c20801 = '60.00', b20801 = '60.00', r2080102 = '{code: "2080102", name: 一般行政管理事务, 合计: 10.00, 基本支出: 10.00}' } = {}) => [
  `{code: "208", name: 社会保障和就业支出, 合计: ${c208}, 基本支出: ${b208}}`,
  `{code: "20801", name: 人力资源和社会保障管理事务, 合计: ${c20801}, 基本支出: ${b20801}}`,
  '{code: "2080101", name: 行政运行, 合计: 50.00, 基本支出: 50.00}',
  r2080102,
  '{code: "20805", name: 行政事业单位养老支出, 合计: 40.00, 基本支出: 40.00}',
  '{code: "2080505", name: 机关事业单位基本养老保险缴费支出, 合计: 40.00, 基本支出: 40.00}',
];

describe('code-hierarchy', () => {
  it('passes a 类 that is the sum of its 款, and 款 that are the sums of their 项', () => {
    expect(runRule(codeHierarchy, table(rows())).findings).toEqual([]);
  });

  it('reports a 类 that is not the sum of its 款, with the 款 as related figures', () => {
    const [f, ...rest] = runRule(codeHierarchy, table(rows({ c208: '101.00' }))).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('18:44 error discrepancy 支出总表 › 208 社会保障和就业支出 › 合计 | 100 101 1 0.015');
    expect(related(f)).toEqual([
      '支出总表 › 20801 人力资源和社会保障管理事务 › 合计 @19:50',
      '支出总表 › 20805 行政事业单位养老支出 › 合计 @22:47',
    ]);
    expect(f?.message.en).toBe('Expected 208 = 20801 + 20805 = 100 万元, printed 101 万元 (difference 1; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 208 = 20801 + 20805 = 100万元，印刷为 101万元（差额 1，尾差允许 0.015）');
  });

  it('checks every amount column, at each level', () => {
    // A wrong 款 in 基本支出 breaks both 20801 = its 项 and 208 = its 款.
    const { findings } = runRule(codeHierarchy, table(rows({ b20801: '61.00' })));
    expect(findings.map(brief)).toEqual([
      '18:58 error discrepancy 支出总表 › 208 社会保障和就业支出 › 基本支出 | 101 100 -1 0.015',
      '19:63 error discrepancy 支出总表 › 20801 人力资源和社会保障管理事务 › 基本支出 | 60 61 1 0.015',
    ]);
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(codeHierarchy, table(rows({ c208: '100.01' })));
    expect(findings.map(brief)).toEqual(['18:44 info tail 支出总表 › 208 社会保障和就业支出 › 合计 | 100 100.01 0.01 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 208 = 20801 + 20805 = 100 万元, printed 100.01 万元 (difference 0.01; rounding allows 0.015): a rounding tail (尾差)');
  });

  it('takes a blank child as zero, with no rounding of its own', () => {
    const { findings } = runRule(codeHierarchy, table(rows({ r2080102: '{code: "2080102", name: 一般行政管理事务, 基本支出: 10.00}' })));
    expect(findings.map(brief)).toEqual(['19:50 error discrepancy 支出总表 › 20801 人力资源和社会保障管理事务 › 合计 | 50 60 10 0.01']);
  });

  it('counts a 项 under its 类 when its 款 is not printed', () => {
    // 208 = 2080505 (its 款 20805 is not printed) + 20801 = 90.00; printed 91.00.
    const skipped = ['{code: "208", name: 社会保障和就业支出, 合计: 91.00, 基本支出: 90.00}', '{code: "2080505", name: 机关事业单位基本养老保险缴费支出, 合计: 40.00, 基本支出: 40.00}', '{code: "20801", name: 人力资源和社会保障管理事务, 合计: 50.00, 基本支出: 50.00}'];
    const [f, ...rest] = runRule(codeHierarchy, table(skipped)).findings.filter((x) => x.place.endsWith('› 合计'));
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('18:44 error discrepancy 支出总表 › 208 社会保障和就业支出 › 合计 | 90 91 1 0.015');
  });
});
