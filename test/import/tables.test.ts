/**
 * Tables found in each real source, PDF and text alike, against the hand-verified fixtures: every
 * table in printed order with its role, number, title, unit, issuer and note, and the rounding note.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Line, linesOfLayoutText, linesOfPdf, linesOfTabText } from '../../src/import/source.js';
import { findTables } from '../../src/import/tables.js';
import { loadFixture } from '../fixtures/load-fixture.js';

const read = async (name: string): Promise<Line[]> => {
  const bytes = readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url));
  if (name.endsWith('.pdf')) return linesOfPdf(new Uint8Array(bytes));
  const text = bytes.toString('utf8');
  return name.startsWith('datong') ? linesOfTabText(text) : linesOfLayoutText(text);
};

const SOURCES: readonly (readonly [string, string])[] = [
  ['datong-hrss-2026-unit-budget.txt', 'datong-hrss-2026.yaml'],
  ...['putuo-zhengfuban-2025-dept', 'putuo-zhengfuban-2025-unit', 'putuo-caizhengju-2025-dept', 'shanghai-caizhengju-2025-unit'].flatMap((name) =>
    ['pdf', 'txt'].map((ext) => [`${name}-budget.${ext}`, `${name}.yaml`] as const),
  ),
  ...[2017, 2018, 2019].flatMap((y) =>
    ['pdf', 'txt'].map((ext) => [`js-gaoyuan-${y}-dept-budget.${ext}`, `js-gaoyuan-${y}.yaml`] as const),
  ),
];

describe('findTables on the real sources', () => {
  it.each(SOURCES)('%s: every table of %s, as printed', async (source, fixture) => {
    const found = findTables(await read(source));
    const { disclosure } = loadFixture(fixture);
    const facts = (t: { role: string; number?: string; title: string; unit?: string; issuer?: string; note?: string }) => ({
      role: t.role,
      number: t.number,
      title: t.title,
      unit: t.unit,
      issuer: t.issuer,
      note: t.note,
    });
    expect(found.tables.map(facts)).toEqual(Object.values(disclosure.tables).map((t) => facts(t ?? { role: '', title: '' })));
    expect(found.roundingNote).toBe(disclosure.document.rounding_note);
    for (const t of found.tables) expect(t.lines.length, `${t.title} has a body`).toBeGreaterThan(0);
  });
});

const lines = (text: string) => linesOfLayoutText(text);

describe('findTables: titles, numbers, units and notes', () => {
  it('takes a number printed before the title, without its 、', () => {
    const { tables } = findTables(lines('表一  2026年单位收支总表\n单位：元\n项目  金额\n合计  1.00\n'));
    expect(tables.map((t) => [t.role, t.number, t.title, t.unit])).toEqual([['summary', '表一', '2026年单位收支总表', '元']]);
  });

  it('does not take a contents line, or a note naming a table, for a title', () => {
    const text = [
      '1. 2025年部门收入预算总表 ……………… 9',
      '2025年部门收入预算总表',
      '单位：万元',
      '项目  金额',
      '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    ].join('\n');
    const { tables } = findTables(lines(text));
    expect(tables.map((t) => [t.role, t.number, t.note])).toEqual([
      ['income', '1', '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。'],
    ]);
  });

  it('takes no sentence naming a table for a title, and no title without a unit line near it', () => {
    expect(findTables(lines('详见收支总表。\n单位：万元\n')).tables).toEqual([]);
    expect(findTables(lines('收支总表\n一\n二\n三\n四\n单位：万元\n')).tables).toEqual([]);
    expect(findTables(lines('收支总表\n一\n二\n单位：万元\n')).tables.map((t) => t.role)).toEqual(['summary']);
  });

  it('keeps a note of numbered points on lines of their own, leaving out page footers', () => {
    const text = ['收支预算总表', '单位：万元', '项目  金额', '注：1.第一点', '延续。', '2.第二点。', '12'].join('\n');
    expect(findTables(lines(text)).tables[0]?.note).toBe('注：1.第一点延续。\n2.第二点。');
  });

  it('takes a contents entry without leaders for no table: its title is printed again below', () => {
    const text = ['1. 收支预算总表', '2. 收入预算总表', '收支预算总表', '单位：万元', '项目  金额', '收入预算总表', '单位：万元', '项目  金额'].join('\n');
    expect(findTables(lines(text)).tables.map((t) => [t.role, t.number])).toEqual([
      ['summary', '1'],
      ['income', '2'],
    ]);
  });

  it('reads a unit and issuer line printed just above the title', () => {
    const [t] = findTables(lines('部门名称：某局  单位：万元\n收支预算总表\n项目  金额\n')).tables;
    expect([t?.unit, t?.issuer, t?.lines.map((l) => l.text)]).toEqual(['万元', '部门名称：某局', ['项目 金额']]);
  });

  it('names 一般公共预算财政拨款 tables by 一般公共预算', () => {
    const roles = (title: string) => findTables(lines(`${title}\n单位：万元\n`)).tables.map((t) => t.role);
    expect(roles('一般公共预算财政拨款支出预算表')).toEqual(['general_expenditure']);
    expect(roles('一般公共预算财政拨款基本支出预算表')).toEqual(['general_basic_economic']);
    expect(roles('财政拨款支出预算表')).toEqual(['appropriation_expenditure']);
  });

  it('keeps a line of column numbers, which is no page footer', () => {
    const [t] = findTables(lines('收支预算总表\n单位：万元\n项目  金额\n1  2\n')).tables;
    expect(t?.lines.map((l) => l.text)).toEqual(['项目 金额', '1 2']);
  });
});
