import { describe, expect, it } from 'vitest';
import { emptyTableNote } from '../../src/rules/empty-table-note.js';
import { brief, runRule, yamlOf } from './harness.js';

const table = (rows: readonly string[], note?: string) =>
  yamlOf(`tables:
  fund_income:
    title: 政府性基金预算收入表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 金额}
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}${note === undefined ? '' : `\n    note: ${note}`}`);

describe('empty-table-note', () => {
  it('passes a table noted empty that has no figures', () => {
    expect(runRule(emptyTableNote, table(['{name: 合计}'], '注：本表无数据')).findings).toEqual([]);
  });

  it('passes a table with figures and no note', () => {
    expect(runRule(emptyTableNote, table(['{name: 合计, 金额: 10.00}', '{code: "103", name: 非税收入, 金额: 10.00}'])).findings).toEqual([]);
  });

  it('counts printed zeros as no figures, and takes Shanghai’s “空表” as a note', () => {
    expect(runRule(emptyTableNote, table(['{name: 合计, 金额: 0.00}'], '注：本表无数据')).findings).toEqual([]);
    expect(runRule(emptyTableNote, table(['{name: 合计}'], '注：本单位无政府性基金预算收入，故本表为空表')).findings).toEqual([]);
  });

  it('reports a table noted empty that has figures, at its first non-zero figure', () => {
    const [f, ...rest] = runRule(emptyTableNote, table(['{name: 合计, 金额: 10.00}', '{code: "103", name: 非税收入, 金额: 10.00}'], '注：本表无数据')).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('17:24 error finding 政府性基金预算收入表 › 合计 › 金额');
    expect(f?.value).toBe('10.00');
    expect(f?.message.en).toBe('Noted "注：本表无数据", but the table has 2 non-zero figures');
    expect(f?.message.zh).toBe('表注“注：本表无数据”，但表中有 2 个非零金额');
  });

  it('skips zeros when it looks for the first figure', () => {
    const { findings } = runRule(emptyTableNote, table(['{name: 合计, 金额: 0}', '{code: "103", name: 非税收入, 金额: 5.00}'], '注：本表无数据'));
    expect(findings.map(brief)).toEqual(['18:39 error finding 政府性基金预算收入表 › 103 非税收入 › 金额']);
    expect(findings[0]?.message.en).toBe('Noted "注：本表无数据", but the table has 1 non-zero figure');
  });

  it('warns, at its title, about a table with no figures that is not noted empty', () => {
    const [f, ...rest] = runRule(emptyTableNote, table(['{name: 合计}'])).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('10:12 warning finding 政府性基金预算收入表');
    expect(f?.message.en).toBe('The table has no figures and is not noted empty ("本表无数据")');
    expect(f?.message.zh).toBe('表中没有数据，也未注明“本表无数据”');
  });

  it('warns, at the note, when an empty table is noted with another fund’s words', () => {
    const note = '注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。';
    const [f, ...rest] = runRule(emptyTableNote, table(['{name: 合计}'], note)).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('18:11 warning finding 政府性基金预算收入表 › 注');
    expect(f?.message.en).toBe('The note speaks of 国有资本经营 funds, but this is the 政府性基金 table: was the note copied from another table?');
    expect(f?.message.zh).toBe('表注说的是国有资本经营预算，但本表是政府性基金预算表：表注是否从别的表复制而来？');
    // Its own fund, or no fund named at all, passes.
    expect(runRule(emptyTableNote, table(['{name: 合计}'], '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。')).findings).toEqual([]);
  });
});
