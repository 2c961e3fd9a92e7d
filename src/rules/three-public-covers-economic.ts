import type { Rule } from '../engine/types.js';
import type { Table } from '../model/disclosure.js';
import { type Cell, cell, normName } from './lib/cells.js';
import { checkRelation, ident } from './lib/sum.js';

const ITEMS = ['公务用车运行维护费', '公务接待费', '因公出国（境）费'] as const;

/** A 三公 item, in whichever layout: a row named for it (合计 column), or a column of that key. */
function threePublic(t: { three_public?: Table; three_public_and_operating?: Table }, item: string): Cell | undefined {
  for (const table of [t.three_public, t.three_public_and_operating]) {
    const grid = table?.grid;
    if (!table || !grid) continue;
    const row = grid.rows.find((r) => normName(r.name) === item);
    if (row) return cell(table, grid, row, '合计');
    if (grid.columns.some((c) => c.key === item) && grid.rows[0]) return cell(table, grid, grid.rows[0], item);
  }
  return undefined;
}

export const threePublicCoversEconomic: Rule = {
  id: 'three-public-covers-economic',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '每项“三公”经费 ≥ 基本支出经济分类表中的同名科目（三公含项目支出，基本支出表不含）',
    en: 'Each "three public" item ≥ the same economic item of the basic table (三公 includes project money)',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const econ = t.general_basic_economic;
    const grid = econ?.grid;
    if (!econ || !grid || (!t.three_public && !t.three_public_and_operating)) return ctx.skip({ zh: '无“三公”表或基本支出经济分类表', en: 'no "three public" or economic table' });
    for (const item of ITEMS) {
      const row = grid.rows.find((r) => normName(r.name) === item);
      const mine = threePublic(t, item);
      if (!row || !mine) continue;
      checkRelation(ctx, mine, '≥', cell(econ, grid, row, '合计'), ident(`“三公” ${item} ≥ 基本支出 ${item}`, `"three public" ${item} ≥ basic ${item}`));
    }
  },
};
