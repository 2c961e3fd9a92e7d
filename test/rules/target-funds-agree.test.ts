import { describe, expect, it } from 'vitest';
import { targetFundsAgree } from '../../src/rules/target-funds-agree.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** A project printed at 17.05 万元 (line 17); its target table's annual funds in 元 (line 20). */
const doc = (annual: string, project = 'Z网络运维费') =>
  yamlOf(`tables:
  projects:
    title: 项目支出预算表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 测试单位, 合计: 17.05}
      - {name: Z网络运维费, 合计: 17.05}
performance_targets:
  - project: ${project}
    funds: {unit: 元, total: {annual: ${annual}}, sources: []}
    indicators: {}`);

describe('target-funds-agree', () => {
  it('passes annual funds in 元 that the printed 万元 amount states', () => {
    const r = runRule(targetFundsAgree, doc('"170,500"'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
    // 170,549 元 = 17.0549 万元, which 17.05 states exactly.
    expect(runRule(targetFundsAgree, doc('"170,549"')).findings).toEqual([]);
  });

  it('reports a project amount that does not state the annual funds', () => {
    const [f, ...rest] = runRule(targetFundsAgree, doc('"171,500"')).findings;
    expect(rest).toEqual([]);
    // Allowance: 0.005 万元 for the project, 0.5 元 = 0.00005 万元 for the funds.
    expect(f && brief(f)).toBe('17:28 error discrepancy 项目支出预算表 › Z网络运维费 › 合计 | 17.15 17.05 -0.1 0.00505');
    expect(related(f)).toEqual(['绩效目标表 Z网络运维费 › 年度资金总额 @20:38']);
    expect(f?.message.en).toBe('Expected project table Z网络运维费 = target table annual funds = 17.15 万元, printed 17.05 万元 (difference -0.1; rounding allows 0.00505)');
    expect(f?.message.zh).toBe('应为 项目支出表 Z网络运维费 = 绩效目标表 年度资金总额 = 17.15万元，印刷为 17.05万元（差额 -0.1，尾差允许 0.00505）');
  });

  it('reports funds on the rounding boundary as an info tail', () => {
    // 170,550 元 = 17.055 万元 rounds half up to 17.06, yet lies within 0.00505 of 17.05.
    const { findings } = runRule(targetFundsAgree, doc('"170,550"'));
    expect(findings.map(brief)).toEqual(['17:28 info tail 项目支出预算表 › Z网络运维费 › 合计 | 17.055 17.05 -0.005 0.00505']);
  });

  it('has nothing to compare for a target whose project is not in the table', () => {
    expect(runRule(targetFundsAgree, doc('"999,999"', 'J驻村帮扶工作人员经费')).findings).toEqual([]);
  });

  it('skips a document without a project table', () => {
    const r = runRule(
      targetFundsAgree,
      yamlOf(`tables: {}
performance_targets:
  - project: Z网络运维费
    funds: {unit: 元, total: {annual: "171,500"}, sources: []}
    indicators: {}`),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no project table or no target tables']);
  });
});
