import type { Rule } from '../engine/types.js';
import type { Row } from '../model/disclosure.js';
import { cell, gridsOf } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

/**
 * The immediate children of a coded row: the printed rows below it with no printed row between
 * (a 项 counts under its 类 when its 款 is not printed).
 */
export function childrenOf(rows: readonly Row[], parent: Row): Row[] {
  const code = parent.code ?? '';
  const below = rows.filter((r) => r.code !== undefined && r.code.length > code.length && r.code.startsWith(code));
  return below.filter((r) => !below.some((o) => o !== r && (o.code?.length ?? 0) < (r.code?.length ?? 0) && r.code?.startsWith(o.code ?? '')));
}

export const codeHierarchy: Rule = {
  id: 'code-hierarchy',
  group: 'table',
  severity: 'error',
  description: {
    zh: '上级科目等于其下级科目之和（类 = Σ款，款 = Σ项），每一金额列',
    en: 'A parent code equals the sum of its children (类 = Σ 款, 款 = Σ 项), in every amount column',
  },
  check(ctx) {
    for (const table of Object.values(ctx.disclosure.tables)) {
      for (const grid of gridsOf(table)) {
        const amountKeys = grid.columns.filter((c) => c.kind === 'amount').map((c) => c.key);
        for (const parent of grid.rows) {
          if (parent.code === undefined) continue;
          const children = childrenOf(grid.rows, parent);
          if (children.length === 0) continue;
          for (const key of amountKeys) {
            const identity = ident(`${parent.code} = ${children.map((c) => c.code).join(' + ')}`);
            checkSum(ctx, cell(table, grid, parent, key), children.map((c) => cell(table, grid, c, key)), identity);
          }
        }
      }
    }
  },
};
