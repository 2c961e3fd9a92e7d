import { describe, expect, it } from 'vitest';
import { narrativeUnverified } from '../../src/rules/narrative-unverified.js';
import { brief, expenditureAndProse, runRule, yamlOf } from './harness.js';

/** 支出总表 (row on line 18), then one section whose prose lines start on line 22, column 7. */
const doc = (...lines: string[]) => expenditureAndProse([['三、支出预算情况说明', lines]]);

describe('narrative-unverified', () => {
  it('lists nothing when every claim is checked, whether it holds or not', () => {
    // 61.00 is contradicted (narrative-amount reports it), the Δ and % disagree (narrative-change):
    // both were checked.
    const r = runRule(narrativeUnverified, doc('基本支出61.00万元，比上年增加10.00万元，增长50.00%；项目支出40.00万元。'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('lists every claim it cannot check, as info, at the claim', () => {
    const { findings } = runRule(
      narrativeUnverified,
      doc('支出预算100.00万元，与上年相同。', '占比50%，比上年增长5.07%。', '本单位编制内工作人员25人。'),
    );
    // Line 22: 支出预算 7–10, 100.00 from 11; 万元， 17–19, 与 at 20.
    // Line 23: 占 at 7; 比50%， 8–12, 比 at 13.
    // Line 24: 本单位编制内工作人员 7–16, 25 from 17.
    expect(findings.map(brief)).toEqual([
      '22:11 info finding 情况说明 三、支出预算情况说明 › “支出预算100.00万元”',
      '22:20 info finding 情况说明 三、支出预算情况说明 › “与上年相同”',
      '23:7 info finding 情况说明 三、支出预算情况说明 › “占比50%”',
      '23:13 info finding 情况说明 三、支出预算情况说明 › “比上年增长5.07%”',
      '24:17 info finding 情况说明 三、支出预算情况说明 › “本单位编制内工作人员25人”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual([
      'Not verified: 100.00万元 (not linked to a table figure)',
      "Not verified: 与上年相同 (needs last year's budget to check)",
      'Not verified: 50% (its part or whole is unknown)',
      "Not verified: 比上年增长5.07% (needs last year's budget to check)",
      'Not verified: 25人 (not linked to a count in the document)',
    ]);
    expect(findings.map((f) => f.message.zh)).toEqual([
      '未核对：100.00万元（未能对应到表中数字）',
      '未核对：与上年相同（需上年预算才能核对）',
      '未核对：50%（无法确定占比的分子或分母）',
      '未核对：比上年增长5.07%（需上年预算才能核对）',
      '未核对：25人（未能对应到表中数量）',
    ]);
  });

  it('skips a document without a narrative, once', () => {
    const r = runRule(narrativeUnverified, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
