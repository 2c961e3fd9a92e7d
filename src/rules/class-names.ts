import type { Rule } from '../engine/types.js';
import type { Row, Table } from '../model/disclosure.js';
import { analyse } from '../narrative/verify.js';
import { compareEqual } from '../reconcile/rounding.js';
import { cell, normName } from './lib/cells.js';
import { claimRef } from './lib/claims.js';

/** The row and its ancestors, from the 类 down. */
const lineage = (rows: readonly Row[], row: Row): Row[] =>
  rows.filter((r) => r.code !== undefined && row.code?.startsWith(r.code)).sort((a, b) => (a.code?.length ?? 0) - (b.code?.length ?? 0));

export const classNames: Rule = {
  id: 'class-names',
  group: 'hygiene',
  severity: 'warning',
  description: {
    zh: '情况说明中的功能科目名称与表中一致（按“类-款-项”位置及金额对应，如 210 应为“卫生健康支出”而非“医疗卫生与计划生育支出”）',
    en: 'Function classes are named in the narrative as in the tables (matched by 类-款-项 position and amount: 210 is 卫生健康支出, not 医疗卫生与计划生育支出)',
  },
  check(ctx) {
    if (!ctx.disclosure.narrative) return ctx.skip({ zh: '无情况说明', en: 'no narrative' });
    const tables = [ctx.disclosure.tables.general_expenditure, ctx.disclosure.tables.expenditure].filter((t): t is Table => t?.grid !== undefined);
    for (const v of analyse(ctx.loaded).verdicts) {
      const c = v.claim;
      if (v.check !== 'amount' || v.status !== 'unverified' || c.kind !== 'amount') continue;
      const names = c.label.replace(/[“”"]/g, '').replace(/科目$/, '').split(/[-－—]/).map(normName);
      if (!names.every((n) => /支出$|事务$|运行$|医疗$|补贴$|公积金$|离退休$/.test(n) || names.length > 1)) continue;
      const depth = 3 + 2 * (names.length - 1);
      for (const table of tables) {
        const grid = table.grid;
        if (!grid) continue;
        const same = (r: Row) => {
          const a = r.amounts.get('合计');
          return a !== undefined && compareEqual({ amount: c.amount, unit: c.unit }, { amount: a, unit: table.unit }).outcome === 'exact';
        };
        // A lone name may be a 类, 款 or 项: printed as any row of that amount, it is right.
        if (names.length === 1 && grid.rows.some((r) => r.code !== undefined && same(r) && normName(r.name) === names[0])) break;
        // The row of that depth whose figure is the stated amount, read as the same subject.
        const row = grid.rows.find((r) => r.code?.length === depth && same(r));
        if (!row) continue;
        const printed = lineage(grid.rows, row).map((r) => normName(r.name));
        const differ = names.map((n, i) => [n, printed[i] ?? ''] as const).filter(([n, p]) => n !== p);
        if (differ.length === 0) break;
        ctx.report({
          at: claimRef(ctx, c),
          related: [cell(table, grid, row, '合计')],
          message: {
            zh: `${differ.map(([n, p]) => `“${n}”在表中为“${p}”`).join('；')}（${row.code}）`,
            en: `${differ.map(([n, p]) => `"${n}" is "${p}" in the table`).join('; ')} (${row.code})`,
          },
        });
        break;
      }
    }
  },
};
