import { describe, expect, it } from 'vitest';
import { narrativeSum } from '../../src/rules/narrative-sum.js';
import { brief, runRule, yamlOf } from './harness.js';

/** No tables: a 其中-list is checked against its own total. Prose lines start on line 12, column 7. */
const doc = (...lines: string[]) =>
  yamlOf(`tables: {}
narrative:
  - heading: 三、支出预算情况说明
    text: |
${lines.map((l) => `      ${l}`).join('\n')}`);

describe('narrative-sum', () => {
  it('passes a 其中-list that adds up to its total', () => {
    const r = runRule(narrativeSum, doc('支出预算100.00万元，其中：基本支出60.00万元，占60.00%；项目支出40.00万元，占40.00%。'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a list that does not add up, at its total', () => {
    const { findings } = runRule(narrativeSum, doc('支出预算100.00万元，其中：基本支出60.00万元；项目支出41.00万元。'));
    // Line 12: 支出预算 7–10, 100.00 from 11.
    expect(findings.map(brief)).toEqual(['12:11 error discrepancy 情况说明 三、支出预算情况说明 › “支出预算100.00万元” | 101 100 -1 0.015']);
    expect(findings[0]?.message.en).toBe('The narrative states a total of 100.00万元; the listed amounts add up to 101.00 万元');
    expect(findings[0]?.message.zh).toBe('情况说明写总数 100.00万元，其中各项合计 101.00万元');
  });

  it('reports a list off by the rounding of its figures as an info tail', () => {
    const { findings } = runRule(narrativeSum, doc('支出预算100.00万元，其中：基本支出60.00万元；项目支出40.01万元。'));
    expect(findings.map(brief)).toEqual(['12:11 info tail 情况说明 三、支出预算情况说明 › “支出预算100.00万元” | 100.01 100 -0.01 0.015']);
    expect(findings[0]?.message.en).toBe('The narrative states a total of 100.00万元; the listed amounts add up to 100.01 万元: a rounding tail');
    expect(findings[0]?.message.zh).toBe('情况说明写总数 100.00万元，其中各项合计 100.01万元：属尾差');
  });

  it('adds parts in 元 to a total in 万元 by their own intervals', () => {
    const { findings } = runRule(
      narrativeSum,
      doc(
        // 30,000 + 27,159 = 57,159 元 = 5.7159 万元, which a printed 5.72 states exactly.
        '公用经费5.72万元，其中：办公费30,000元，差旅费27,159元。',
        // 800,000.00 + 77,080.00 = 877,080.00 元 = 87.708 万元: 87.70 misses by 80 元, 50.01 元 allowed.
        '公用经费87.70万元，其中：办公费800,000.00元，差旅费77,080.00元。',
      ),
    );
    // Line 13: 公用经费 7–10, 87.70 from 11.
    expect(findings.map(brief)).toEqual(['13:11 error discrepancy 情况说明 三、支出预算情况说明 › “公用经费87.70万元” | 87.708 87.7 -0.008 0.005001']);
    expect(findings[0]?.message.en).toBe('The narrative states a total of 87.70万元; the listed amounts add up to 87.71 万元');
  });

  it('does not hold a list ending in 等 to its total', () => {
    expect(runRule(narrativeSum, doc('公用经费87.70万元，主要用于办公费80.00万元、差旅费5.00万元等。')).findings).toEqual([]);
    // Without 等 the same list is closed, and 85.00 is not 87.70.
    expect(runRule(narrativeSum, doc('公用经费87.70万元，主要用于办公费80.00万元、差旅费5.00万元。')).findings.map(brief)).toEqual([
      '12:11 error discrepancy 情况说明 三、支出预算情况说明 › “公用经费87.70万元” | 85 87.7 2.7 0.015',
    ]);
  });

  it('holds items on their own lines after a bare 其中 to the total before it', () => {
    const { findings } = runRule(
      narrativeSum,
      doc('“三公”经费预算3.60万元。其中：', '（一）因公出国（境）费0万元；', '（二）公务接待费0万元；', '（三）公务用车购置及运行费3.50万元。'),
    );
    // “三公”经费预算 7–14, 3.60 from 15. The bare 0s are exact and widen nothing.
    expect(findings.map(brief)).toEqual(['12:15 error discrepancy 情况说明 三、支出预算情况说明 › ““三公”经费预算3.60万元” | 3.5 3.6 0.1 0.01']);
    expect(findings[0]?.message.en).toBe('The narrative states a total of 3.60万元; the listed amounts add up to 3.50 万元');
  });

  it('reads a part broken over two prose lines ("9,101.68万\\n元") as one amount of the list', () => {
    // Were the break not joined, 9,101.68万 would be no amount, and a list of one part states no sum.
    const { findings } = runRule(narrativeSum, doc('支出预算9,191.68万元，其中：基本支出9,101.68万', '元，项目支出91.00万元。'));
    expect(findings.map(brief)).toEqual(['12:11 error discrepancy 情况说明 三、支出预算情况说明 › “支出预算9,191.68万元” | 9192.68 9191.68 -1 0.015']);
    expect(findings[0]?.message.en).toBe('The narrative states a total of 9,191.68万元; the listed amounts add up to 9192.68 万元');
  });

  // BUG: a list introduced by 主要用于 with no amount before it takes its first item for the total:
  // 社会保障和就业支出 1,028.04 is reported as the total of 卫生健康支出 + 住房保障支出 (151.14). The
  // sentence states no total; the one before it (1,179.18) is the sum of all three.
  it('does not take the first item of a list with no total for its total', () => {
    const yaml = doc(
      '一般公共预算当年支出1,179.18万元。',
      '一般公共预算当年支出主要用于以下方面：社会保障和就业支出1,028.04万元，占87.18%；卫生健康支出55.28万元，占4.69%；住房保障支出95.86万元，占8.13%。',
    );
    expect(runRule(narrativeSum, yaml).findings.map(brief)).toEqual([]);
  });

  it('skips a document without a narrative', () => {
    const r = runRule(narrativeSum, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
