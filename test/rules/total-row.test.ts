import { describe, expect, it } from 'vitest';
import { totalRowRule } from '../../src/rules/total-row.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** A function table: 合计 (line 17) = the 类 (shortest codes), not the 款 under them. */
const coded = (total: string) =>
  yamlOf(`tables:
  expenditure:
    title: 支出总表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 合计}
    rows:
      - ${total}
      - {code: "208", name: 社会保障和就业支出, 合计: 100.00}
      - {code: "20801", name: 人力资源和社会保障管理事务, 合计: 100.00}
      - {code: "221", name: 住房保障支出, 合计: 50.00}`);

/** An economic list printed without codes: 合计 (line 17) = the group rows, which carry no 政府经济科目. */
const economic = (total: string) =>
  yamlOf(`tables:
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: name}
      - {key: gov_econ}
      - {key: 合计}
    rows:
      - ${total}
      - {name: 工资福利支出, 合计: 80.00}
      - {name: 基本工资, gov_econ: 工资奖金津补贴, 合计: 80.00}
      - {name: 商品和服务支出, 合计: 20.00}
      - {name: 办公费, gov_econ: 办公经费, 合计: 20.00}`);

describe('total-row', () => {
  it('passes a 合计 that is the sum of the 类', () => {
    expect(runRule(totalRowRule, coded('{name: 合计, 合计: 150.00}')).findings).toEqual([]);
  });

  it('reports a 合计 that is not the sum of the 类, with the 类 as related figures', () => {
    const [f, ...rest] = runRule(totalRowRule, coded('{name: 合计, 合计: 151.00}')).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('17:24 error discrepancy 支出总表 › 合计 › 合计 | 150 151 1 0.015');
    expect(related(f)).toEqual([
      '支出总表 › 208 社会保障和就业支出 › 合计 @18:44',
      '支出总表 › 221 住房保障支出 › 合计 @20:41',
    ]);
    expect(f?.message.en).toBe('Expected 合计 = 208 社会保障和就业支出 + 221 住房保障支出 = 150 万元, printed 151 万元 (difference 1; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 合计 = 208 社会保障和就业支出 + 221 住房保障支出 = 150万元，印刷为 151万元（差额 1，尾差允许 0.015）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(totalRowRule, coded('{name: 合计, 合计: 150.01}'));
    expect(findings.map(brief)).toEqual(['17:24 info tail 支出总表 › 合计 › 合计 | 150 150.01 0.01 0.015']);
  });

  it('treats a blank 合计 beside printed 类 as zero, located at its row', () => {
    const { findings } = runRule(totalRowRule, coded('{name: 合计}'));
    expect(findings.map(brief)).toEqual(['17:9 error discrepancy 支出总表 › 合计 › 合计 | 150 0 -150 0.01']);
  });

  it('passes an economic list whose 合计 is the sum of its groups', () => {
    expect(runRule(totalRowRule, economic('{name: 合计, 合计: 100.00}')).findings).toEqual([]);
  });

  it('reports an economic list whose 合计 is not the sum of its groups', () => {
    const { findings } = runRule(totalRowRule, economic('{name: 合计, 合计: 101.00}'));
    expect(findings.map(brief)).toEqual(['17:24 error discrepancy 基本支出经济科目表 › 合计 › 合计 | 100 101 1 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 合计 = 工资福利支出 + 商品和服务支出 = 100 万元, printed 101 万元 (difference 1; rounding allows 0.015)');
  });

  it('takes a 部门合计 row as the total, not as one of the economic groups', () => {
    expect(runRule(totalRowRule, economic('{name: 部门合计, 合计: 100.00}')).findings).toEqual([]);
    const { findings } = runRule(totalRowRule, economic('{name: 部门合计, 合计: 99.00}'));
    expect(findings.map(brief)).toEqual(['17:26 error discrepancy 基本支出经济科目表 › 部门合计 › 合计 | 100 99 -1 0.015']);
  });
});
