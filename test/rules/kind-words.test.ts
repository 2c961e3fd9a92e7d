import { describe, expect, it } from 'vitest';
import { kindWords } from '../../src/rules/kind-words.js';
import { brief, runRule, yamlOf } from './harness.js';

/** A 单位预算 (or, with `dept`, a 部门预算) with no tables; prose lines start on line 12, column 7. */
const doc = (lines: readonly string[], dept = false) =>
  yamlOf(
    `tables: {}
narrative:
  - heading: 十二、其他说明
    text: |
${lines.map((l) => `      ${l}`).join('\n')}`,
    dept ? { title: '测试部门2026年度部门预算公开', kind: '部门预算' } : {},
  );

describe('kind-words', () => {
  it('passes a 单位预算 that speaks of itself as a unit, and the form 部门（单位）', () => {
    const r = runRule(kindWords, doc(['本部门（单位）按照部门（单位）预算管理要求，我单位编制了2026年单位预算。']));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports 我部门, 本部门 and 部门预算 in a 单位预算', () => {
    const { findings } = runRule(kindWords, doc(['我部门完全按照晋财综【2024】37号要求执行。本部门无政府采购。', '测试单位2026年部门预算公开。']));
    // Line 12: 我部门 at 7; 完全按照晋财综【2024】37号要求执行。 10–30, 本部门 at 31. Line 13: 测试单位2026年 7–15, 部门预算 at 16.
    expect(findings.map(brief)).toEqual([
      '12:7 warning finding 情况说明 十二、其他说明 › “我部门完全按照晋财综【2024”',
      '12:31 warning finding 情况说明 十二、其他说明 › “2024】37号要求执行。本部门无政府采购。 测试单位2026”',
      '13:16 warning finding 情况说明 十二、其他说明 › “购。 测试单位2026年部门预算公开。 ”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual([
      '"我部门" in a unit (单位预算) budget',
      '"本部门" in a unit (单位预算) budget',
      '"部门预算" in a unit (单位预算) budget',
    ]);
    expect(findings[0]?.message.zh).toBe('单位预算中出现“我部门”');
  });

  it('reports 我单位 and 单位预算 in a 部门预算, but not 部门（单位）', () => {
    const { findings } = runRule(kindWords, doc(['本部门（单位）按照部门（单位）预算管理要求，我单位编制了2026年单位预算。'], true));
    // Line 12: 本部门（单位）按照部门（单位）预算管理要求， 7–28, 我单位 at 29; 编制了2026年 32–39, 单位预算 at 40.
    expect(findings.map(brief)).toEqual([
      '12:29 warning finding 情况说明 十二、其他说明 › “门（单位）预算管理要求，我单位编制了2026年单位预算”',
      '12:40 warning finding 情况说明 十二、其他说明 › “，我单位编制了2026年单位预算。 ”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual(['"我单位" in a department (部门预算) budget', '"单位预算" in a department (部门预算) budget']);
    expect(findings[1]?.message.zh).toBe('部门预算中出现“单位预算”');
  });

  it('skips a document without a narrative', () => {
    const r = runRule(kindWords, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
