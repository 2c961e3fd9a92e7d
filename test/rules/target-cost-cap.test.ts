import { describe, expect, it } from 'vitest';
import { targetCostCap } from '../../src/rules/target-cost-cap.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** Funds (annual 170,500 元, line 11) and one 成本指标 whose value is on line 14. */
const doc = (value: string, side = 'annual', level2 = '成本指标', total = '{annual: "170,500"}') =>
  yamlOf(`tables: {}
performance_targets:
  - project: Z网络运维费
    funds: {unit: 元, total: ${total}, sources: []}
    indicators:
      ${side}:
        - {level1: 产出指标, level2: ${level2}, level3: 网络维护费用, value: "${value}"}`);

describe('target-cost-cap', () => {
  it.each(['≤17.05万元', '<20万元', '≥10万元', '≤170,500元', '17.05万元'])('passes a cap "%s" that the funds keep', (cap) => {
    const r = runRule(targetCostCap, doc(cap));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports funds above a "≤" cap, at the cap', () => {
    const [f, ...rest] = runRule(targetCostCap, doc('≤15万元')).findings;
    expect(rest).toEqual([]);
    // The cap is a stated threshold, exact: only the funds' ½ 元 is allowed.
    expect(f && brief(f)).toBe('14:63 error discrepancy 绩效目标表 Z网络运维费 › 网络维护费用 ≤15万元 | 17.05 15 -2.05 0.00005');
    expect(related(f)).toEqual(['绩效目标表 Z网络运维费 › 年度资金总额 @11:38']);
    expect(f?.message.en).toBe('Expected 网络维护费用 (≤15万元) ≥ annual funds: 15 万元 ≥ 17.05 万元 does not hold (difference -2.05)');
    expect(f?.message.zh).toBe('应满足 网络维护费用（≤15万元）≥ 年度资金总额：15万元 ≥ 17.05万元 不成立（差额 -2.05）');
  });

  it('breaks a "<" cap with funds equal to it', () => {
    const { findings } = runRule(targetCostCap, doc('<17.05万元'));
    expect(findings.map(brief)).toEqual(['14:63 error discrepancy 绩效目标表 Z网络运维费 › 网络维护费用 <17.05万元 | 17.05 17.05 0 0.00005']);
    expect(findings[0]?.message.en).toBe('Expected 网络维护费用 (<17.05万元) > annual funds: 17.05 万元 > 17.05 万元 does not hold (difference 0)');
  });

  it('holds a bare figure equal to the funds, within its own rounding', () => {
    const { findings } = runRule(targetCostCap, doc('18万元'));
    expect(findings.map(brief)).toEqual(['14:63 error discrepancy 绩效目标表 Z网络运维费 › 网络维护费用 18万元 | 17.05 18 0.95 0.50005']);
  });

  it('reports a bare figure off by its rounding as an info tail', () => {
    const { findings } = runRule(targetCostCap, doc('17.0万元'));
    expect(findings.map(brief)).toEqual(['14:63 info tail 绩效目标表 Z网络运维费 › 网络维护费用 17.0万元 | 17.05 17 -0.05 0.05005']);
    expect(findings[0]?.message.en).toBe(
      'Expected 网络维护费用 (17.0万元) = annual funds: 17 万元 = 17.05 万元 does not hold (difference -0.05; rounding allows 0.05005: a rounding tail (尾差))',
    );
  });

  it("reports a cap broken only within the funds' rounding as an info tail", () => {
    const { findings } = runRule(targetCostCap, doc('≤17.04999万元'));
    expect(findings.map(brief)).toEqual(['14:63 info tail 绩效目标表 Z网络运维费 › 网络维护费用 ≤17.04999万元 | 17.05 17.04999 -0.00001 0.00005']);
  });

  it('holds the caps of the period indicators to the period funds', () => {
    // ≤20万元 would hold for the annual 17.05 万元, not for the period's 34 万元.
    const { findings } = runRule(targetCostCap, doc('≤20万元', 'period', '成本指标', '{period: "340,000", annual: "170,500"}'));
    expect(findings.map(brief)).toEqual(['14:63 error discrepancy 绩效目标表 Z网络运维费 › 网络维护费用 ≤20万元 | 34 20 -14 0.00005']);
    expect(related(findings[0])).toEqual(['绩效目标表 Z网络运维费 › 实施期资金总额 @11:38']);
    expect(findings[0]?.message.en).toBe('Expected 网络维护费用 (≤20万元) ≥ period funds: 20 万元 ≥ 34 万元 does not hold (difference -14)');
    expect(findings[0]?.message.zh).toBe('应满足 网络维护费用（≤20万元）≥ 实施期资金总额：20万元 ≥ 34万元 不成立（差额 -14）');
    // No period funds printed: nothing to hold the period caps to.
    expect(runRule(targetCostCap, doc('≤15万元', 'period')).findings).toEqual([]);
  });

  it('ignores indicators that are not money caps of a 成本指标', () => {
    expect(runRule(targetCostCap, doc('≤1万元', 'annual', '数量指标')).findings).toEqual([]);
    expect(runRule(targetCostCap, doc('≤90%')).findings).toEqual([]);
  });

  it('skips a document without target tables', () => {
    const r = runRule(targetCostCap, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no target tables']);
  });
});
