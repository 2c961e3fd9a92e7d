import { describe, expect, it } from 'vitest';
import { narrativeAmount } from '../../src/rules/narrative-amount.js';
import { brief, expenditureAndProse, related, runRule, yamlOf } from './harness.js';

/**
 * 支出总表 in `unit` with its 合计 row on line 18, then one section whose prose lines start on
 * line 22; the first character of each prose line is at column 7.
 */
const doc = (lines: readonly string[], row?: string, unit?: string) => expenditureAndProse([['三、支出预算情况说明', lines]], row, unit);

describe('narrative-amount', () => {
  it('passes amounts that are the table figures', () => {
    // 支出预算 names no table here (no 收支总表): it is unverified, which is not this rule's business.
    // "60万元" states 60.00 at a coarser precision and is the same figure.
    const r = runRule(narrativeAmount, doc(['支出预算100.00万元，其中：基本支出60.00万元，占60.00%；项目支出40.00万元，占40.00%。', '基本支出60万元。']));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports an amount the table contradicts, at the amount, with the table cell as related figure', () => {
    const [f, ...rest] = runRule(narrativeAmount, doc(['支出预算100.00万元，其中：基本支出61.00万元，占60.00%；项目支出40.00万元，占40.00%。'])).findings;
    expect(rest).toEqual([]);
    // Line 22: 6 spaces, 支出预算 (7–10), 100.00 (11–16), 万元 (17–18), ，其中： (19–22), 基本支出 (23–26), 61.00 from 27.
    expect(f && brief(f)).toBe('22:27 error discrepancy 情况说明 三、支出预算情况说明 › “基本支出61.00万元” | 60 61 1 0.01');
    // Line 18: "      - {name: 合计, 合计: 100.00, 基本支出: 60.00, …": 60.00 from column 38.
    expect(related(f)).toEqual(['支出总表 › 合计 › 基本支出 @18:38']);
    expect(f?.message.en).toBe('The narrative states 61.00万元; 支出总表 › 合计 › 基本支出 prints 60.00 万元 (difference 1)');
    expect(f?.message.zh).toBe('情况说明写 61.00万元，支出总表 › 合计 › 基本支出 为 60.00万元（差额 1）');
  });

  it('reports an amount off by the rounding of both figures as an info tail', () => {
    const { findings } = runRule(narrativeAmount, doc(['支出预算100.00万元，其中：基本支出60.00万元，占60.00%；项目支出40.01万元，占40.00%。']));
    // …占60.00%； ends at column 42; 项目支出 43–46; 40.01 from 47.
    expect(findings.map(brief)).toEqual(['22:47 info tail 情况说明 三、支出预算情况说明 › “项目支出40.01万元” | 40 40.01 0.01 0.01']);
    expect(findings[0]?.message.en).toBe('The narrative states 40.01万元; 支出总表 › 合计 › 项目支出 prints 40.00 万元 (difference 0.01: a rounding tail)');
    expect(findings[0]?.message.zh).toBe('情况说明写 40.01万元，支出总表 › 合计 › 项目支出 为 40.00万元（差额 0.01，属尾差）');
  });

  it('compares 万元 in the prose with a table in 元 by their own intervals', () => {
    // 877,080.00 元 is 87.708 万元, which rounds to 87.71: a printed 87.70 misses by 80 元 with 50.005 元
    // allowed. 57,159 元 is 5.7159 万元, which a printed 5.72 states exactly.
    const { findings } = runRule(
      narrativeAmount,
      doc(['支出预算93.42万元，其中：基本支出87.70万元；项目支出5.72万元。'], '{name: 合计, 合计: "934,239.00", 基本支出: "877,080.00", 项目支出: "57,159"}', '元'),
    );
    // 支出预算 7–10, 93.42 11–15, 万元 16–17, ，其中： 18–21, 基本支出 22–25, 87.70 from 26.
    expect(findings.map(brief)).toEqual(['22:26 error discrepancy 情况说明 三、支出预算情况说明 › “基本支出87.70万元” | 87.708 87.7 -0.008 0.0050005']);
    // The cell is the quoted scalar "877,080.00", whose quote is at column 44 of line 18.
    expect(related(findings[0])).toEqual(['支出总表 › 合计 › 基本支出 @18:44']);
    expect(findings[0]?.message.en).toBe('The narrative states 87.70万元; 支出总表 › 合计 › 基本支出 prints 877,080.00 元 (difference -0.008)');
  });

  it('reports 57,250 元 against a printed 5.72万元 as a tail (5.725 rounds to 5.73, within 50.5 元)', () => {
    const { findings } = runRule(
      narrativeAmount,
      doc(['项目支出5.72万元。'], '{name: 合计, 合计: "57,250", 项目支出: "57,250"}', '元'),
    );
    expect(findings.map(brief)).toEqual(['22:11 info tail 情况说明 三、支出预算情况说明 › “项目支出5.72万元” | 5.725 5.72 -0.005 0.00505']);
  });

  it('reads an amount broken over two prose lines ("9,101.68万\\n元") as one claim, placed where it starts', () => {
    const { findings } = runRule(
      narrativeAmount,
      doc(['本年支出预算9,191.58万元，其中：基本支出9,101.68万', '元，项目支出91.00万元。'], '{name: 合计, 合计: 9191.58, 基本支出: 9101.58, 项目支出: 90.00}'),
    );
    // Line 22: 本年支出预算 7–12, 9,191.58 13–20, 万元 21–22, ，其中： 23–26, 基本支出 27–30, 9,101.68 from 31.
    // Line 23: 元， 7–8, 项目支出 9–12, 91.00 from 13: the join keeps every later character's place.
    expect(findings.map(brief)).toEqual([
      '22:31 error discrepancy 情况说明 三、支出预算情况说明 › “基本支出9,101.68万元” | 9101.58 9101.68 0.1 0.01',
      '23:13 error discrepancy 情况说明 三、支出预算情况说明 › “项目支出91.00万元” | 90 91 1 0.01',
    ]);
    expect(findings[0]?.message.en).toBe('The narrative states 9,101.68万元; 支出总表 › 合计 › 基本支出 prints 9101.58 万元 (difference 0.1)');
  });

  it('places claims of a quoted or plain one-line text at the claim', () => {
    const yaml = yamlOf(`tables:
  expenditure:
    title: 支出总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 项目支出}
    rows:
      - {name: 合计, 合计: 40.00, 项目支出: 40.00}
narrative:
  - heading: 三
    text: "基本支出情况略，项目支出42.00万元。"
  - heading: 四
    text: 项目支出43.00万元。`);
    // Line 20: `    text: "` puts the first character at column 12; 基本支出情况略， 12–19, 项目支出 20–23, 42.00 from 24.
    // Line 22: `    text: ` puts it at column 11; 项目支出 11–14, 43.00 from 15.
    expect(runRule(narrativeAmount, yaml).findings.map((f) => `${f.location.line}:${f.location.col} ${f.actual}`)).toEqual(['20:24 42', '22:15 43']);
  });

  // BUG: prose.ts says block scalars, `|` and `>` alike, are mapped character by character, but a
  // folded (`>`) text is mapped to the scalar's start: every claim is placed at the `>` (21:11).
  it('places claims of a folded (>) text at the claim', () => {
    const yaml = doc(['支出预算100.00万元，其中：基本支出60.00万元，', '项目支出41.00万元。']).replace('text: |', 'text: >');
    const { findings } = runRule(narrativeAmount, yaml);
    expect(findings.map(brief)).toEqual(['23:11 error discrepancy 情况说明 三、支出预算情况说明 › “项目支出41.00万元” | 40 41 1 0.01']);
  });

  it('skips a document without a narrative', () => {
    const r = runRule(narrativeAmount, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
