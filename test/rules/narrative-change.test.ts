import { describe, expect, it } from 'vitest';
import { narrativeChange } from '../../src/rules/narrative-change.js';
import { narrativeUnverified } from '../../src/rules/narrative-unverified.js';
import { brief, runRule, yamlOf } from './harness.js';

/** No tables: a change is checked against itself. One section whose prose lines start on line 12, column 7. */
const doc = (...lines: string[]) =>
  yamlOf(`tables: {}
narrative:
  - heading: 五、一般公共预算支出情况说明
    text: |
${lines.map((l) => `      ${l}`).join('\n')}`);

describe('narrative-change', () => {
  it('passes changes whose Δ, % and words agree', () => {
    const r = runRule(
      narrativeChange,
      doc(
        // 56.85 / (1,179.18 − 56.85) = 5.065%.
        '一般公共预算当年支出1,179.18万元，比上年增加56.85万元，增长5.07%。',
        // A fall: 10.00 / (193.26 + 10.00) = 4.920%.
        '项目支出193.26万元，比上年减少10.00万元，下降4.92%。',
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('passes a change that holds only within the rounding interval of its figures', () => {
    // 57 / (1,179.18 − 57) = 5.08%, printed 5.1%; but 57 stands for 56.5–57.5, and 56.5 / 1,122.685 = 5.03%.
    expect(runRule(narrativeChange, doc('一般公共预算当年支出1,179.18万元，比上年增加57万元，增长5.0%。')).findings).toEqual([]);
  });

  it('reports a Δ and a % that disagree, at the comparison', () => {
    const { findings } = runRule(narrativeChange, doc('一般公共预算当年支出1,179.18万元，比上年增加56.85万元，增长6.07%。'));
    // Line 12: 一般公共预算当年支出 7–16, 1,179.18 17–24, 万元 25–26, ， 27, 比 28.
    expect(findings.map(brief)).toEqual(['12:28 error finding 情况说明 五、一般公共预算支出情况说明 › “比上年增加56.85万元，增长6.07%”']);
    expect(findings[0]?.message.en).toBe('"比上年增加56.85万元，增长6.07%": the stated amounts give 5.07%');
    expect(findings[0]?.message.zh).toBe('“比上年增加56.85万元，增长6.07%”：按所述金额重新计算增幅为 5.07%');
  });

  it('reports direction words that disagree ("减少…，增长…%")', () => {
    const { findings } = runRule(narrativeChange, doc('项目支出193.26万元，比上年减少10.00万元，增长4.92%。'));
    // 项目支出 7–10, 193.26 11–16, 万元 17–18, ， 19, 比 20.
    expect(findings.map(brief)).toEqual(['12:20 error finding 情况说明 五、一般公共预算支出情况说明 › “比上年减少10.00万元，增长4.92%”']);
    expect(findings[0]?.message.en).toBe('"比上年减少10.00万元，增长4.92%": "减少" and "增长" point opposite ways');
    expect(findings[0]?.message.zh).toBe('“比上年减少10.00万元，增长4.92%”：“减少”与“增长”方向相反');
  });

  it('reads a change spaced out by the extraction ("增长   6.07 %") as printed without the spaces', () => {
    // 56.85 / (985.92 − 56.85) = 6.12%.
    const { findings } = runRule(narrativeChange, doc('基本支出985.92万元，比上年增加56.85 万元，增长   6.07 %。'));
    // 基本支出 7–10, 985.92 11–16, 万元 17–18, ， 19, 比 20.
    expect(findings.map(brief)).toEqual(['12:20 error finding 情况说明 五、一般公共预算支出情况说明 › “比上年增加56.85万元，增长6.07%”']);
    expect(findings[0]?.message.en).toBe('"比上年增加56.85万元，增长6.07%": the stated amounts give 6.12%');
  });

  it('leaves "与上年相同" and a lone % to narrative-unverified: they need last year\'s budget', () => {
    const yaml = doc('“三公”经费预算3.50万元，与上年相同；公务接待费0万元，比2025年预算数增长3.2%。');
    expect(runRule(narrativeChange, yaml).findings).toEqual([]);
    const listed = runRule(narrativeUnverified, yaml).findings;
    // “三公”经费预算 7–14, 3.50 15–18, 万元 19–20, ， 21, 与 22; 与上年相同； 22–27, 公务接待费 28–32, 0万元 33–35, ， 36, 比 37.
    expect(listed.filter((f) => f.message.en.includes('last year')).map(brief)).toEqual([
      '12:22 info finding 情况说明 五、一般公共预算支出情况说明 › “与上年相同”',
      '12:37 info finding 情况说明 五、一般公共预算支出情况说明 › “比2025年预算数增长3.2%”',
    ]);
    expect(listed.find((f) => f.location.col === 22)?.message.en).toBe("Not verified: 与上年相同 (needs last year's budget to check)");
  });

  it('skips a document without a narrative', () => {
    const r = runRule(narrativeChange, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
