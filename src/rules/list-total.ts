import type { Rule } from '../engine/types.js';
import type { Row } from '../model/disclosure.js';
import { cell, isUnitRow, listHead, rowLabel } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

/**
 * 项目支出 and 机关运行经费 tables list a total row (合计, 部门合计, or the unit's own name) and the
 * rows it totals. When a total row is followed by unit rows, it totals them and each unit row
 * totals the rows under it. Sub-units printed under other names cannot be told from projects: such
 * a table is read as one unit.
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
    const unit = ctx.disclosure.document.unit;
    for (const role of ['projects', 'projects_carryover', 'operating_costs'] as const) {
      const table = ctx.disclosure.tables[role];
      const grid = table?.grid;
      // The total is printed first, or — as 合计 — last.
      const { head, rest } = grid ? listHead(grid) : { head: undefined, rest: [] };
      // A list printed by economic code (Jiangsu's 机关运行经费) is added up by code-hierarchy.
      if (!table || !grid || !head || rest.length === 0 || grid.rows.some((r) => r.code !== undefined)) continue;
      const units = rest.filter((r) => isUnitRow(r, unit));
      const groups: [Row, Row[]][] = [];
      if (units.length > 0 && units.length < rest.length) {
        groups.push([head, units]);
        rest.forEach((r, i) => {
          if (!isUnitRow(r, unit)) return;
          const next = rest.findIndex((x, j) => j > i && isUnitRow(x, unit));
          const under = rest.slice(i + 1, next < 0 ? undefined : next);
          if (under.length > 0) groups.push([r, under]);
        });
      } else groups.push([head, rest]);
      for (const [total, parts] of groups) {
        const identity = ident(`${rowLabel(total)} = ${parts.map(rowLabel).join(' + ')}`);
        for (const c of grid.columns) {
          if (c.kind === 'amount') checkSum(ctx, cell(table, grid, total, c.key), parts.map((r) => cell(table, grid, r, c.key)), identity);
        }
      }
    }
  },
};
