import { describe, expect, it } from 'vitest';
import { threePublicCoversEconomic } from '../../src/rules/three-public-covers-economic.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** The basic economic table (公务接待费 on line 17, 公务用车运行维护费 on 18), then the "three public" table. */
const doc = (threePublic: string) =>
  yamlOf(`tables:
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: name}
      - {key: gov_econ}
      - {key: 合计}
    rows:
      - {name: 公务接待费, gov_econ: 公务接待费, 合计: 1.00}
      - {name: 公务用车运行维护费, gov_econ: 公务用车运行维护费, 合计: 3.50}
${threePublic}`);

/** Items as rows: 公务接待费 on line 27, ②公务用车运行维护费 on 28. */
const rows = ({ reception = '2.00', running = '3.50' } = {}) => `  three_public:
    title: “三公”经费支出表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 因公出国（境）费}
      - {name: 公务接待费, 合计: ${reception}}
      - {name: ②公务用车运行维护费, 合计: ${running}}`;

/** Items as columns (Shanghai), one row on line 26. */
const columns = (running: string) => `  three_public_and_operating:
    title: “三公”经费和机关运行经费预算表
    unit: 万元
    columns:
      - {key: 公务接待费}
      - {key: 公务用车运行维护费}
    rows:
      - {公务接待费: 1.00, 公务用车运行维护费: ${running}}`;

describe('three-public-covers-economic', () => {
  it('passes "three public" items at least the basic economic items', () => {
    const r = runRule(threePublicCoversEconomic, doc(rows()));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a "three public" item below the basic economic item', () => {
    const [f, ...rest] = runRule(threePublicCoversEconomic, doc(rows({ running: '3.00' }))).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('28:32 error discrepancy “三公”经费支出表 › ②公务用车运行维护费 › 合计 | 3.5 3 -0.5 0.01');
    expect(related(f)).toEqual(['基本支出经济科目表 › 公务用车运行维护费 › 合计 @18:52']);
    expect(f?.message.en).toBe('Expected "three public" 公务用车运行维护费 ≥ basic 公务用车运行维护费: 3 万元 ≥ 3.5 万元 does not hold (difference -0.5)');
    expect(f?.message.zh).toBe('应满足 “三公” 公务用车运行维护费 ≥ 基本支出 公务用车运行维护费：3万元 ≥ 3.5万元 不成立（差额 -0.5）');
  });

  it('reports each item that falls short', () => {
    const { findings } = runRule(threePublicCoversEconomic, doc(rows({ reception: '0.50', running: '3.00' })));
    expect(findings.map(brief)).toEqual([
      '27:27 error discrepancy “三公”经费支出表 › 公务接待费 › 合计 | 1 0.5 -0.5 0.01',
      '28:32 error discrepancy “三公”经费支出表 › ②公务用车运行维护费 › 合计 | 3.5 3 -0.5 0.01',
    ]);
  });

  it('reports a shortfall within rounding as an info tail', () => {
    const { findings } = runRule(threePublicCoversEconomic, doc(rows({ running: '3.49' })));
    expect(findings.map(brief)).toEqual(['28:32 info tail “三公”经费支出表 › ②公务用车运行维护费 › 合计 | 3.5 3.49 -0.01 0.01']);
    expect(findings[0]?.message.en).toBe(
      'Expected "three public" 公务用车运行维护费 ≥ basic 公务用车运行维护费: 3.49 万元 ≥ 3.5 万元 does not hold (difference -0.01; rounding allows 0.01: a rounding tail (尾差))',
    );
  });

  it("reads Shanghai's items printed as columns", () => {
    expect(runRule(threePublicCoversEconomic, doc(columns('3.50'))).findings).toEqual([]);
    const { findings } = runRule(threePublicCoversEconomic, doc(columns('3.00')));
    expect(findings.map(brief)).toEqual(['26:34 error discrepancy “三公”经费和机关运行经费预算表 › 公务用车运行维护费 | 3.5 3 -0.5 0.01']);
  });

  it('skips a document with no "three public" table', () => {
    const r = runRule(threePublicCoversEconomic, doc(''));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no "three public" or economic table']);
  });
});
