import { describe, expect, it } from 'vitest';
import { unplacedText } from '../../src/rules/unplaced-text.js';
import { brief, runRule, yamlOf } from './harness.js';

describe('unplaced-text', () => {
  it('passes a file with nothing unplaced', () => {
    expect(runRule(unplacedText, yamlOf('tables: {}')).findings).toEqual([]);
    expect(runRule(unplacedText, yamlOf('tables: {}\nunplaced: []')).findings).toEqual([]);
  });

  it('notes each piece left under unplaced:, at the piece, with its page', () => {
    const yaml = yamlOf('tables: {}\nunplaced:\n  - {page: 19, text: 13.48%}\n  - {page: 16, text: 年度预算情况说明}');
    const { findings } = runRule(unplacedText, yaml);
    expect(findings.map(brief)).toEqual(['10:22 info finding unplaced › 第19页', '11:22 info finding unplaced › 第16页']);
    expect(findings[0]?.message.en).toBe('"13.48%" on page 19 was not placed by the import: move it to its place, or delete it once you have seen it does not belong');
    expect(findings[1]?.message.zh).toBe('第 16 页的“年度预算情况说明”导入时未能安放：请将它移到所属位置，或确认不属于本文件后删除');
  });
});
