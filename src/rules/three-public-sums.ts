import type { Rule } from '../engine/types.js';
import type { Row } from '../model/disclosure.js';
import { cell, hasColumn, normName, rowLabel } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

const ITEMS = ['因公出国（境）费', '公务接待费', '公务用车购置及运行费'] as const;
const CAR = ['公务用车购置费', '公务用车运行维护费'] as const;

export const threePublicSums: Rule = {
  id: 'three-public-sums',
  group: 'table',
  severity: 'error',
  description: {
    zh: '“三公”经费：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；后者 = 购置费 + 运行维护费',
    en: '"Three public": 合计 = 出国 + 接待 + 公务用车购置及运行费, and that = 购置费 + 运行维护费',
  },
  check(ctx) {
    const rowsTable = ctx.disclosure.tables.three_public;
    if (rowsTable?.grid) {
      // Items are rows; check every amount column.
      const grid = rowsTable.grid;
      const byName = (n: string): Row | undefined => grid.rows.find((r) => normName(r.name) === n);
      const total = grid.rows.find((r) => normName(r.name) === '合计');
      const items = ITEMS.map(byName).filter((r): r is Row => r !== undefined);
      const car = byName('公务用车购置及运行费');
      const carParts = CAR.map(byName).filter((r): r is Row => r !== undefined);
      for (const c of grid.columns) {
        if (c.kind !== 'amount') continue;
        if (total && items.length > 0) checkSum(ctx, cell(rowsTable, grid, total, c.key), items.map((r) => cell(rowsTable, grid, r, c.key)), ident(`合计 = ${items.map(rowLabel).join(' + ')}`));
        if (car && carParts.length > 0) checkSum(ctx, cell(rowsTable, grid, car, c.key), carParts.map((r) => cell(rowsTable, grid, r, c.key)), ident(`${rowLabel(car)} = ${carParts.map(rowLabel).join(' + ')}`));
      }
    }
    // Items are columns (Shanghai's combined table, Jiangsu's 三公 row): 合计 is row-total's job.
    for (const table of [ctx.disclosure.tables.three_public_and_operating, rowsTable]) {
      const grid = table?.grid;
      if (!table || !grid || !hasColumn(grid, '公务用车购置及运行费')) continue;
      const parts = CAR.filter((k) => hasColumn(grid, k));
      if (parts.length === 0) continue;
      for (const row of grid.rows) {
        checkSum(ctx, cell(table, grid, row, '公务用车购置及运行费'), parts.map((k) => cell(table, grid, row, k)), ident(`公务用车购置及运行费 = ${parts.join(' + ')}`));
      }
    }
    if (!rowsTable && !ctx.disclosure.tables.three_public_and_operating) ctx.skip({ zh: '无“三公”经费表', en: 'no "three public" table' });
  },
};
