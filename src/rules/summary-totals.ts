import type { Rule } from '../engine/types.js';
import { cell, rowLabel } from './lib/cells.js';
import { structureOf, SUMMARY_ROLES } from './lib/summary.js';
import { checkSum, ident } from './lib/sum.js';

export const summaryTotals: Rule = {
  id: 'summary-totals',
  group: 'table',
  severity: 'error',
  description: {
    zh: '收支总表各栏：本年合计 = 各项之和，总计 = 本年合计 + 结转，大项 = 其下各小项之和',
    en: 'Summary blocks: the year total = its lines, the grand total = year total + carry-over, a line = its sub-lines',
  },
  check(ctx) {
    for (const role of SUMMARY_ROLES) {
      const table = ctx.disclosure.tables[role];
      if (!table) continue;
      for (const grid of Object.values(table.blocks)) {
        const s = structureOf(grid);
        for (const column of grid.columns) {
          if (column.kind !== 'amount') continue;
          const at = (r: Parameters<typeof cell>[2]) => cell(table, grid, r, column.key);
          for (const top of s.tops) {
            if (top.subs.length > 0) checkSum(ctx, at(top.row), top.subs.map(at), ident(`${rowLabel(top.row)} = ${top.subs.map(rowLabel).join(' + ')}`));
          }
          // Numbered lines; a block printed by code instead (国有资本经营) has its 类 rows as lines.
          const numbered = s.tops.map((t) => t.row);
          const lines = numbered.length > 0 ? numbered : grid.rows.filter((r) => r.code?.length === 3);
          const linesText = lines.map(rowLabel).join(' + ');
          if (s.subtotal) checkSum(ctx, at(s.subtotal), lines.map(at), ident(`${rowLabel(s.subtotal)} = ${linesText}`));
          if (s.carry && s.carryLines.length > 0) {
            checkSum(ctx, at(s.carry), s.carryLines.map(at), ident(`${rowLabel(s.carry)} = ${s.carryLines.map(rowLabel).join(' + ')}`));
          }
          if (s.grand && (s.subtotal || lines.length > 0)) {
            const parts = [...(s.subtotal ? [s.subtotal] : lines), ...(s.carry ? [s.carry] : [])];
            checkSum(ctx, at(s.grand), parts.map(at), ident(`${rowLabel(s.grand)} = ${parts.map(rowLabel).join(' + ')}`));
          }
        }
      }
    }
  },
};
