import type { Rule } from '../engine/types.js';
import { cell, rowLabel } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

/**
 * 项目支出 and 机关运行经费 tables list a unit (or 部门合计) row, then the rows it totals. The first
 * row with figures is the total; the rows after it, up to the next such total, are its parts.
 */
export const listTotal: Rule = {
  id: 'list-total',
  group: 'table',
  severity: 'error',
  description: {
    zh: '项目支出表：单位行 = 其下各项目之和；机关运行经费表：部门合计 = 各单位之和',
    en: 'Project tables: the unit row = its projects; operating costs: 部门合计 = its units',
  },
  check(ctx) {
    for (const role of ['projects', 'projects_carryover', 'operating_costs'] as const) {
      const table = ctx.disclosure.tables[role];
      const grid = table?.grid;
      if (!table || !grid || grid.rows.length < 2) continue;
      const [head, ...rest] = grid.rows;
      if (!head) continue;
      // 部门合计 over unit rows; or a unit row over projects (the unit row repeats the unit's name).
      const identity = ident(`${rowLabel(head)} = ${rest.map(rowLabel).join(' + ')}`);
      for (const c of grid.columns) {
        if (c.kind === 'amount') checkSum(ctx, cell(table, grid, head, c.key), rest.map((r) => cell(table, grid, r, c.key)), identity);
      }
    }
  },
};
