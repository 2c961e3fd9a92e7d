import { describe, expect, it } from 'vitest';
import { operatingCostsAgree } from '../../src/rules/operating-costs-agree.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** The economic table (公用经费 total on line 18), then the table of 机关运行经费 (its first row on line 26). */
const doc = (operating: string) =>
  yamlOf(`tables:
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 人员经费}
      - {key: 公用经费}
    rows:
      - {name: 合计, 合计: 985.92, 人员经费: 884.55, 公用经费: 101.37}
${operating}`);

const own = (amount: string) => `  operating_costs:
    title: 机关运行经费预算表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 部门合计, 合计: ${amount}}
      - {name: 测试单位, 合计: ${amount}}`;

/** Shanghai: 机关运行经费 is a column of the combined "three public" table. */
const combined = (amount: string) => `  three_public_and_operating:
    title: “三公”经费和机关运行经费预算表
    unit: 万元
    columns:
      - {key: 合计}
      - {key: 机关运行经费}
    rows:
      - {合计: 5.00, 机关运行经费: ${amount}}`;

describe('operating-costs-agree', () => {
  it('passes 机关运行经费 equal to the basic 公用经费', () => {
    const r = runRule(operatingCostsAgree, doc(own('101.37')));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('warns about 机关运行经费 that differ from the basic 公用经费', () => {
    const [f, ...rest] = runRule(operatingCostsAgree, doc(own('99.13'))).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('26:26 warning discrepancy 机关运行经费预算表 › 部门合计 › 合计 | 101.37 99.13 -2.24 0.01');
    expect(related(f)).toEqual(['基本支出经济科目表 › 合计 › 公用经费 @18:52']);
    expect(f?.message.en).toBe('Expected 机关运行经费 = basic 公用经费 = 101.37 万元, printed 99.13 万元 (difference -2.24; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 机关运行经费 = 基本支出 公用经费 = 101.37万元，印刷为 99.13万元（差额 -2.24，尾差允许 0.01）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(operatingCostsAgree, doc(own('101.38')));
    expect(findings.map(brief)).toEqual(['26:26 info tail 机关运行经费预算表 › 部门合计 › 合计 | 101.37 101.38 0.01 0.01']);
  });

  it("reads Shanghai's 机关运行经费 column", () => {
    expect(runRule(operatingCostsAgree, doc(combined('101.37'))).findings).toEqual([]);
    const { findings } = runRule(operatingCostsAgree, doc(combined('100.00')));
    expect(findings.map(brief)).toEqual(['26:28 warning discrepancy “三公”经费和机关运行经费预算表 › 机关运行经费 | 101.37 100 -1.37 0.01']);
  });

  it('skips a document with no 机关运行经费', () => {
    const r = runRule(operatingCostsAgree, doc(''));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no 机关运行经费 or 公用经费']);
  });
});
