import type { Rule } from '../engine/types.js';
import type { Row } from '../model/disclosure.js';
import { cell, gridsOf, isTotalName, rowLabel, totalRow } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

/**
 * The top level of a classified list: rows of the shortest code, or — in an economic list printed
 * without codes (部门预算经济科目 beside 政府经济科目) — the group rows, which carry no 政府经济科目.
 */
export function topLevel(rows: readonly Row[]): Row[] {
  const coded = rows.filter((r) => r.code !== undefined);
  if (coded.length > 0) {
    const shortest = Math.min(...coded.map((r) => r.code?.length ?? 0));
    return coded.filter((r) => r.code?.length === shortest);
  }
  const hasEconPairs = rows.some((r) => r.govEcon !== undefined);
  return hasEconPairs ? rows.filter((r) => r.govEcon === undefined && r.name !== undefined && !isTotalName(r.name)) : [];
}

export const totalRowRule: Rule = {
  id: 'total-row',
  group: 'table',
  severity: 'error',
  description: {
    zh: '合计行等于各类（或各经济分类组）之和，每一金额列',
    en: 'The 合计 row equals the sum of the top-level rows (类, or economic groups), in every amount column',
  },
  check(ctx) {
    for (const table of Object.values(ctx.disclosure.tables)) {
      for (const grid of gridsOf(table)) {
        const total = totalRow(grid);
        const tops = topLevel(grid.rows);
        if (total === undefined || tops.length === 0) continue;
        const identity = ident(`合计 = ${tops.map(rowLabel).join(' + ')}`);
        for (const c of grid.columns) {
          if (c.kind !== 'amount') continue;
          checkSum(ctx, cell(table, grid, total, c.key), tops.map((r) => cell(table, grid, r, c.key)), identity);
        }
      }
    }
  },
};
