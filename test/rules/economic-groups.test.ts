import { describe, expect, it } from 'vitest';
import { economicGroups } from '../../src/rules/economic-groups.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** An economic list printed without codes; 工资福利支出 (line 20) is a group over the two rows below it. */
const table = ({ total = '100.00', wages = '80.00' } = {}) =>
  yamlOf(`tables:
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: name}
      - {key: gov_econ}
      - {key: 合计}
      - {key: 人员经费}
      - {key: 公用经费}
    rows:
      - {name: 合计, 合计: ${total}, 人员经费: 80.00, 公用经费: 20.00}
      - {name: 工资福利支出, 合计: ${wages}, 人员经费: 80.00}
      - {name: 基本工资, gov_econ: 工资奖金津补贴, 合计: 50.00, 人员经费: 50.00}
      - {name: 津贴补贴, gov_econ: 工资奖金津补贴, 合计: 30.00, 人员经费: 30.00}
      - {name: 商品和服务支出, 合计: 20.00, 公用经费: 20.00}
      - {name: 办公费, gov_econ: 办公经费, 合计: 20.00, 公用经费: 20.00}`);

describe('economic-groups', () => {
  it('passes groups that are the sums of their items', () => {
    expect(runRule(economicGroups, table()).findings).toEqual([]);
  });

  it('reports a group that is not the sum of its items, with the items as related figures', () => {
    const [f, ...rest] = runRule(economicGroups, table({ wages: '81.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('20:28 error discrepancy 基本支出经济科目表 › 工资福利支出 › 合计 | 80 81 1 0.015');
    expect(related(f)).toEqual([
      '基本支出经济科目表 › 基本工资 › 合计 @21:45',
      '基本支出经济科目表 › 津贴补贴 › 合计 @22:45',
    ]);
    expect(f?.message.en).toBe('Expected 工资福利支出 = 基本工资 + 津贴补贴 = 80 万元, printed 81 万元 (difference 1; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 工资福利支出 = 基本工资 + 津贴补贴 = 80万元，印刷为 81万元（差额 1，尾差允许 0.015）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(economicGroups, table({ wages: '80.01' }));
    expect(findings.map(brief)).toEqual(['20:28 info tail 基本支出经济科目表 › 工资福利支出 › 合计 | 80 80.01 0.01 0.015']);
  });

  it('leaves the 合计 row, which heads groups rather than items, to total-row', () => {
    expect(runRule(economicGroups, table({ total: '999.00' })).findings).toEqual([]);
  });

  it('leaves a coded list to code-hierarchy', () => {
    const coded = yamlOf(`tables:
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: gov_econ}
      - {key: 合计}
    rows:
      - {code: "301", name: 工资福利支出, 合计: 81.00}
      - {code: "30101", name: 基本工资, gov_econ: 工资奖金津补贴, 合计: 80.00}`);
    expect(runRule(economicGroups, coded).findings).toEqual([]);
  });
});
