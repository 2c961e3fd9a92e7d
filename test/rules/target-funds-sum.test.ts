import { describe, expect, it } from 'vitest';
import { targetFundsSum } from '../../src/rules/target-funds-sum.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** One target table: its totals on line 13, its sources on 15–18 (其他资金 blank on both sides). */
const doc = ({ period = '"170,500"', annual = '"170,500"' } = {}) =>
  yamlOf(`tables: {}
performance_targets:
  - project: Z网络运维费
    funds:
      unit: 元
      total: {period: ${period}, annual: ${annual}}
      sources:
        - {name: 中央财政资金, period: 0, annual: 0}
        - {name: 市县(区)财政资金, period: "170,500", annual: "170,500"}
        - {name: 单位自筹, period: 0, annual: 0}
        - {name: 其他资金}
    indicators: {}`);

describe('target-funds-sum', () => {
  it('passes totals that are the sums of their sources', () => {
    const r = runRule(targetFundsSum, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports an annual total that is not the sum of its sources, with every source as related', () => {
    const [f, ...rest] = runRule(targetFundsSum, doc({ annual: '"171,500"' })).findings;
    expect(rest).toEqual([]);
    // Allowance in 元: ½ for the total and each printed source (the blank 其他资金 carries none).
    expect(f && brief(f)).toBe('13:42 error discrepancy 绩效目标表 Z网络运维费 › 年度资金总额 | 170500 171500 1000 1');
    expect(related(f)).toEqual([
      '绩效目标表 Z网络运维费 › 中央财政资金 @15:45',
      '绩效目标表 Z网络运维费 › 市县(区)财政资金 @16:56',
      '绩效目标表 Z网络运维费 › 单位自筹 @17:43',
      '绩效目标表 Z网络运维费 › 其他资金 @18:11',
    ]);
    expect(f?.message.en).toBe('Expected 年度资金总额 = 中央财政资金 + 市县(区)财政资金 + 单位自筹 + 其他资金 = 170500 元, printed 171500 元 (difference 1000; rounding allows 1)');
    expect(f?.message.zh).toBe('应为 年度资金总额 = 中央财政资金 + 市县(区)财政资金 + 单位自筹 + 其他资金 = 170500元，印刷为 171500元（差额 1000，尾差允许 1）');
  });

  it('checks the period total as well', () => {
    const { findings } = runRule(targetFundsSum, doc({ period: '"160,500"' }));
    expect(findings.map(brief)).toEqual(['13:23 error discrepancy 绩效目标表 Z网络运维费 › 实施期资金总额 | 170500 160500 -10000 1']);
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(targetFundsSum, doc({ annual: '"170,501"' }));
    expect(findings.map(brief)).toEqual(['13:42 info tail 绩效目标表 Z网络运维费 › 年度资金总额 | 170500 170501 1 1']);
  });

  it('skips a document without target tables', () => {
    const r = runRule(targetFundsSum, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no target tables']);
  });
});
