import { describe, expect, it } from 'vitest';
import { templateResidue } from '../../src/rules/template-residue.js';
import { brief, runRule, yamlOf } from './harness.js';

/** No tables; one section whose prose lines start on line 12, column 7. */
const doc = (...lines: string[]) =>
  yamlOf(`tables: {}
narrative:
  - heading: 一、部门职责
    text: |
${lines.map((l) => `      ${l}`).join('\n')}`);

describe('template-residue', () => {
  it('passes a narrative with no placeholder, a document number in 【】 included', () => {
    const r = runRule(
      templateResidue,
      doc('测试单位2026年度单位预算已编制完成。', '（一）依据晋财综【2024】37号文件，按照《预算法》要求执行。'),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports each placeholder left in the text, at the placeholder', () => {
    const { findings } = runRule(
      templateResidue,
      doc('XX单位2026年度单位预算已编制完成。', '主要职能：待填写。', '依据晋财综【2024】37号文件，详见【】。', '单位名称：{单位名称}，××局，负责＿＿工作。'),
    );
    // Line 12: XX at 7. Line 13: 主要职能： 7–11, 待填写 from 12. Line 14: 依据晋财综【2024】37号文件，详见 7–25
    // (the document number's 【2024】 is no placeholder), 【】 at 26. Line 15: 单位名称： 7–11, {单位名称} 12–17,
    // ， 18, ×× 19–20, 局，负责 21–24, ＿＿ at 25.
    expect(findings.map(brief)).toEqual([
      '12:7 warning finding 情况说明 一、部门职责 › “XX单位2026年度单位预算”',
      '13:12 warning finding 情况说明 一、部门职责 › “已编制完成。 主要职能：待填写。 依据晋财综【2024”',
      '14:26 warning finding 情况说明 一、部门职责 › “2024】37号文件，详见【】。 单位名称：{单位名称”',
      '15:12 warning finding 情况说明 一、部门职责 › “，详见【】。 单位名称：{单位名称}，××局，负责＿＿工作。”',
      '15:19 warning finding 情况说明 一、部门职责 › “单位名称：{单位名称}，××局，负责＿＿工作。 ”',
      '15:25 warning finding 情况说明 一、部门职责 › “单位名称}，××局，负责＿＿工作。 ”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual([
      'Template placeholder "XX" left in the text',
      'Template placeholder "待填写" left in the text',
      'Template placeholder "【】" left in the text',
      'Template placeholder "{单位名称}" left in the text',
      'Template placeholder "××" left in the text',
      'Template placeholder "＿＿" left in the text',
    ]);
    expect(findings[0]?.message.zh).toBe('模板占位符“XX”未替换');
    expect(findings[2]?.message.zh).toBe('模板占位符“【】”未替换');
  });

  it('skips a document without a narrative', () => {
    const r = runRule(templateResidue, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
