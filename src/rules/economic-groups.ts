import type { Rule } from '../engine/types.js';
import { cell, gridsOf, rowLabel } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

/** In an economic list printed without codes, a group row (no 政府经济科目) = its items below it. */
export const economicGroups: Rule = {
  id: 'economic-groups',
  group: 'table',
  severity: 'error',
  description: {
    zh: '经济分类组（工资福利支出、商品和服务支出……）等于其下各款之和',
    en: 'An economic group (工资福利支出, 商品和服务支出 …) equals the sum of its items',
  },
  check(ctx) {
    for (const table of Object.values(ctx.disclosure.tables)) {
      for (const grid of gridsOf(table)) {
        if (!grid.rows.some((r) => r.govEcon !== undefined) || grid.rows.some((r) => r.code !== undefined)) continue;
        grid.rows.forEach((group, i) => {
          if (group.govEcon !== undefined) return;
          const items = [];
          for (const r of grid.rows.slice(i + 1)) {
            if (r.govEcon === undefined) break;
            items.push(r);
          }
          if (items.length === 0) return;
          const identity = ident(`${rowLabel(group)} = ${items.map(rowLabel).join(' + ')}`);
          for (const c of grid.columns) {
            if (c.kind === 'amount') checkSum(ctx, cell(table, grid, group, c.key), items.map((r) => cell(table, grid, r, c.key)), identity);
          }
        });
      }
    }
  },
};
