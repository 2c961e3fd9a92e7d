import { describe, expect, it } from 'vitest';
import { basicAgreesEconomic } from '../../src/rules/basic-agrees-economic.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** The general expenditure table (合计 row on line 18), then the economic table (its row on line 26). */
const doc = (economic: string) =>
  yamlOf(`tables:
  general_expenditure:
    title: 一般公共预算支出表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 基本支出}
      - {key: 项目支出}
    rows:
      - {name: 合计, 合计: 1179.18, 基本支出: 985.92, 项目支出: 193.26}
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - ${economic}`);

describe('basic-agrees-economic', () => {
  it('passes an economic table whose 合计 is the 基本支出 of the general expenditure table', () => {
    const r = runRule(basicAgreesEconomic, doc('{name: 合计, 合计: 985.92}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports an economic 合计 that differs from 基本支出', () => {
    const [f, ...rest] = runRule(basicAgreesEconomic, doc('{name: 合计, 合计: 984.92}')).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('26:24 error discrepancy 基本支出经济科目表 › 合计 › 合计 | 985.92 984.92 -1 0.01');
    expect(related(f)).toEqual(['一般公共预算支出表 › 合计 › 基本支出 @18:39']);
    expect(f?.message.en).toBe('Expected economic table 合计 = general expenditure 基本支出 = 985.92 万元, printed 984.92 万元 (difference -1; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 经济分类表 合计 = 一般公共预算支出表 基本支出 = 985.92万元，印刷为 984.92万元（差额 -1，尾差允许 0.01）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(basicAgreesEconomic, doc('{name: 合计, 合计: 985.93}'));
    expect(findings.map(brief)).toEqual(['26:24 info tail 基本支出经济科目表 › 合计 › 合计 | 985.92 985.93 0.01 0.01']);
  });

  it('skips when the economic table has no 合计 row', () => {
    const r = runRule(basicAgreesEconomic, doc('{name: 工资福利支出, 合计: 884.55}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no general expenditure or economic classification table']);
  });

  it('skips a document without the economic table', () => {
    const r = runRule(
      basicAgreesEconomic,
      yamlOf(`tables:
  general_expenditure:
    title: 一般公共预算支出表
    unit: 万元
    columns:
      - {key: name}
      - {key: 基本支出}
    rows:
      - {name: 合计, 基本支出: 985.92}`),
    );
    expect(r.skipped).toEqual(['no general expenditure or economic classification table']);
  });
});
