import type { Rule } from '../engine/types.js';
import { cell, isTotalName, mainKey } from './lib/cells.js';
import { totalCell } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

/**
 * 机关运行经费 = 公用经费 of the basic economic table, for administrative units. Its scope has
 * changed over the years (Jiangsu 2017 explains another in its prose), so a mismatch is a warning.
 */
export const operatingCostsAgree: Rule = {
  id: 'operating-costs-agree',
  group: 'cross',
  severity: 'warning',
  description: {
    zh: '机关运行经费 = 基本支出经济分类表的公用经费（口径可能不同，故为警告）',
    en: '机关运行经费 = 公用经费 of the basic economic table (scopes differ, hence a warning)',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const publicCosts = totalCell(t.general_basic_economic, '公用经费');
    const og = t.operating_costs?.grid;
    // The total row (合计 / 部门合计, or the first), in 合计 or the table's one amount column.
    const own = og?.rows.find((r) => isTotalName(r.name)) ?? og?.rows[0];
    const key = mainKey(og);
    const combined = t.three_public_and_operating;
    const operating =
      own && og && key && t.operating_costs
        ? cell(t.operating_costs, og, own, key)
        : combined?.grid?.rows[0] && combined.grid.columns.some((c) => c.key === '机关运行经费')
          ? cell(combined, combined.grid, combined.grid.rows[0], '机关运行经费')
          : undefined;
    if (!publicCosts || !operating) return ctx.skip({ zh: '无机关运行经费或公用经费', en: 'no 机关运行经费 or 公用经费' });
    checkSum(ctx, operating, [publicCosts], ident('机关运行经费 = 基本支出 公用经费', '机关运行经费 = basic 公用经费'));
  },
};
