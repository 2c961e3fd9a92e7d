import { describe, expect, it } from 'vitest';
import { yearMismatch } from '../../src/rules/year-mismatch.js';
import { brief, runRule, yamlOf } from './harness.js';

/** A 2026 budget with no tables; one section whose prose lines start on line 12, column 7. */
const doc = (...lines: string[]) =>
  yamlOf(`tables: {}
narrative:
  - heading: 一、单位预算收支数据变动情况及原因
    text: |
${lines.map((l) => `      ${l}`).join('\n')}`);

describe('year-mismatch', () => {
  it('passes years that fit a 2026 budget, and the years of document numbers', () => {
    const r = runRule(
      yearMismatch,
      doc(
        '2026年单位预算比2025年预算增加56.85万元，“三公”经费与2025年预算数相同。',
        '截至2025年12月31日，共有公务用车1辆。2025年度预算执行数为100万元。',
        '我单位按照晋财综【2024】37号文件（2023年修订）要求执行。',
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a comparison with a year other than the previous one, at the comparison', () => {
    const { findings } = runRule(yearMismatch, doc('本单位2026年预算比2023年预算增加56.85万元。', '“三公”经费预算与2024年预算数相同。'));
    // Line 12: 本单位2026年预算 7–16, 比 at 17. Line 13: “三公”经费预算 7–14, 与 at 15.
    expect(findings.map(brief)).toEqual([
      '12:17 warning finding 情况说明 一、单位预算收支数据变动情况及原因 › “本单位2026年预算比2023年预算增加56.85万元。 “”',
      '13:15 warning finding 情况说明 一、单位预算收支数据变动情况及原因 › “万元。 “三公”经费预算与2024年预算数相同。 ”',
    ]);
    expect(findings[0]?.message.en).toBe('Compared with 2023, but this is the 2026 budget: the previous year is 2025');
    expect(findings[0]?.message.zh).toBe('与 2023 年比较，但本文件是 2026 年预算，上年应为 2025 年');
  });

  it('reports a 截至 date after the budget year or long before it', () => {
    const { findings } = runRule(yearMismatch, doc('截至2023年12月31日，共有公务用车1辆。截至2027年，无。截至2024年12月31日，无。'));
    // 截至2023年12月31日， 7–20, 共有公务用车1辆。 21–29, 截至2027年 from 30. 2024 is close enough.
    expect(findings.map(brief)).toEqual([
      '12:7 warning finding 情况说明 一、单位预算收支数据变动情况及原因 › “截至2023年12月31日，共有公务用车1辆。截至2027”',
      '12:30 warning finding 情况说明 一、单位预算收支数据变动情况及原因 › “31日，共有公务用车1辆。截至2027年，无。截至2024年12”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual(['"As of 2023" does not fit a 2026 budget', '"As of 2027" does not fit a 2026 budget']);
    expect(findings[1]?.message.zh).toBe('截至 2027 年，与 2026 年预算不符');
  });

  it('reports the budget of another year', () => {
    const { findings } = runRule(yearMismatch, doc('2024年预算安排12.00万元。2024年度单位预算如下。'));
    // 2024年预算安排12.00万元。 7–23, the second 2024 at 24.
    expect(findings.map(brief)).toEqual([
      '12:7 warning finding 情况说明 一、单位预算收支数据变动情况及原因 › “2024年预算安排12.00万元。2024”',
      '12:24 warning finding 情况说明 一、单位预算收支数据变动情况及原因 › “预算安排12.00万元。2024年度单位预算如下。 ”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual(['Says the 2024 budget, but this is the 2026 budget', 'Says the 2024 budget, but this is the 2026 budget']);
    expect(findings[1]?.message.zh).toBe('写作 2024 年度单位预算，本文件是 2026 年预算');
  });

  it('skips a document without a narrative', () => {
    const r = runRule(yearMismatch, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
