import type { Rule } from '../engine/types.js';
import { type Cell, cell, normName } from './lib/cells.js';
import { classCell } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

/** Economic items that pay one function code (or two) one to one. Strong hints, not laws. */
const PAIRS: readonly (readonly [string, readonly string[]])[] = [
  ['机关事业单位基本养老保险缴费', ['2080505']],
  ['职业年金缴费', ['2080506']],
  ['职工基本医疗保险缴费', ['2101101', '2101102']],
  ['公务员医疗补助缴费', ['2101103']],
  ['住房公积金', ['2210201']],
];

export const economicMatchesFunction: Rule = {
  id: 'economic-matches-function',
  group: 'cross',
  severity: 'warning',
  description: {
    zh: '养老保险缴费 = 2080505、职业年金 = 2080506、医疗保险 = 2101101(+2101102)、公务员医疗补助 = 2101103、住房公积金 = 2210201（基本支出）',
    en: 'Pension = 2080505, occupational annuity = 2080506, medical = 2101101(+02), civil-servant medical = 2101103, housing fund = 2210201 (basic spending)',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const econ = t.general_basic_economic;
    const grid = econ?.grid;
    const functional = t.general_expenditure ?? t.expenditure;
    if (!econ || !grid || !functional) return ctx.skip({ zh: '无基本支出经济分类表或功能分类表', en: 'no economic or function table' });
    for (const [item, codes] of PAIRS) {
      const row = grid.rows.find((r) => normName(r.name) === item);
      const lines = codes.map((c) => classCell(functional, c, '基本支出')).filter((c): c is Cell => c !== undefined);
      if (!row || lines.length === 0) continue;
      checkSum(ctx, cell(econ, grid, row, '合计'), lines, ident(`${item} = ${codes.join(' + ')} 基本支出`, `${item} = ${codes.join(' + ')} basic`));
    }
  },
};
