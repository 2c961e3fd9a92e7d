import { describe, expect, it } from 'vitest';
import { narrativeAmount } from '../../src/rules/narrative-amount.js';
import { narrativeRepeat } from '../../src/rules/narrative-repeat.js';
import { brief, expenditureAndProse, runRule, yamlOf } from './harness.js';

/**
 * 支出总表 (row on line 18), then two sections: the first's prose on line 22, the second's on line 25;
 * each prose line starts at column 7.
 */
const doc = (first: string, second: string) =>
  expenditureAndProse([
    ['三、支出预算情况说明', [first]],
    ['六、基本支出情况说明', [second]],
  ]);

describe('narrative-repeat', () => {
  it('passes a figure stated again with the same value, in any precision or unit', () => {
    // 12.30万元 = 123,000元 = 12.3万元; 5.72万元 states 57,159元 within its rounding (5.7159 rounds to 5.72).
    const r = runRule(
      narrativeRepeat,
      doc('机关事业单位基本养老保险缴费12.30万元。职业年金缴费支出5.72万元。', '机关事业单位基本养老保险缴费123,000元，职业年金缴费支出57,159元。机关事业单位基本养老保险缴费12.3万元。'),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a figure no table prints, named the same twice, stated with two values, at the second statement', () => {
    const { findings } = runRule(narrativeRepeat, doc('机关事业单位基本养老保险缴费12.30万元。', '住房公积金5万元，机关事业单位基本养老保险缴费12.40万元。'));
    // Line 25: 住房公积金 7–11, 5万元 12–14, ， 15, 机关事业单位基本养老保险缴费 16–29, 12.40 from 30.
    expect(findings.map(brief)).toEqual(['25:30 error finding 情况说明 六、基本支出情况说明 › “机关事业单位基本养老保险缴费12.40万元”']);
    expect(findings[0]?.message.en).toBe('Stated here as 12.40万元; the same figure is stated earlier as 12.30万元');
    expect(findings[0]?.message.zh).toBe('此处写 12.40万元，同一数字前文为 12.30万元');
    // The earlier statement is located too: line 22, its figure from column 21.
    expect(findings[0]?.related.map((r) => `${r.location.line}:${r.location.col} ${r.place} ${r.value}`)).toEqual(['22:21 情况说明 › “机关事业单位基本养老保险缴费” 12.30万元']);
  });

  it('reports a restatement in 元 outside the rounding of the first statement in 万元', () => {
    // 57,250元 is 5.725万元: a tail against 5.72万元, which is no contradiction; 57,260元 is one.
    expect(runRule(narrativeRepeat, doc('职业年金缴费支出5.72万元。', '职业年金缴费支出57,250元。')).findings).toEqual([]);
    const { findings } = runRule(narrativeRepeat, doc('职业年金缴费支出5.72万元。', '职业年金缴费支出57,260元。'));
    // Line 25: 职业年金缴费支出 7–14, 57,260 from 15.
    expect(findings.map(brief)).toEqual(['25:15 error finding 情况说明 六、基本支出情况说明 › “职业年金缴费支出57,260元”']);
    expect(findings[0]?.message.en).toBe('Stated here as 57,260元; the same figure is stated earlier as 5.72万元');
  });

  it('leaves a figure of the tables stated twice to narrative-amount, which holds each statement to the table', () => {
    const yaml = doc('基本支出60.00万元；项目支出40.00万元。', '基本支出61.00万元。');
    expect(runRule(narrativeRepeat, yaml).findings).toEqual([]);
    expect(runRule(narrativeAmount, yaml).findings.map(brief)).toEqual(['25:11 error discrepancy 情况说明 六、基本支出情况说明 › “基本支出61.00万元” | 60 61 1 0.01']);
  });

  it('does not compare short labels or list items, which may name different things', () => {
    // 办公费 (under 4 characters) of who knows what; 委托业务费 listed under two different heads.
    expect(
      runRule(narrativeRepeat, doc('办公费5万元。公用经费8万元，其中：委托业务费3万元，印刷费5万元。', '办公费7万元。商品和服务支出10万元，其中：委托业务费5万元，印刷费5万元。')).findings,
    ).toEqual([]);
    // The same 委托业务费, not listed, is compared (3 and 5 are 2.5–3.5 and 4.5–5.5: they cannot meet).
    expect(runRule(narrativeRepeat, doc('委托业务费3万元。', '委托业务费5万元。')).findings.map((f) => f.message.en)).toEqual([
      'Stated here as 5万元; the same figure is stated earlier as 3万元',
    ]);
  });

  it('skips a document without a narrative', () => {
    const r = runRule(narrativeRepeat, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
