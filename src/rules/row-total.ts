import type { Rule } from '../engine/types.js';
import { cell, gridsOf, hasColumn, normName } from './lib/cells.js';
import { checkSum, ident } from './lib/sum.js';

/**
 * The columns a 合计 (or 小计) adds up, by family: a grid's 合计 equals the sum of whichever
 * members of a family it prints. 上年结转 beside 本年收入 is not a member: it is printed apart.
 */
export const FAMILIES: readonly (readonly string[])[] = [
  ['一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金', '财政拨款收入', '财政拨款', '事业收入', '事业单位经营收入', '其他收入', '其他资金'],
  ['基本支出', '项目支出', '单位预留机动经费'],
  ['人员经费', '公用经费'],
  ['当年预算安排', '上年结转安排'],
  ['因公出国（境）费', '公务接待费', '公务用车购置及运行费'],
  ['三公经费', '会议费', '培训费'],
];

/** Jiangsu prints 三公 beside 会议费 and 培训费: there the three items add up to 三公经费, not 合计. */
const totalFor = (family: readonly string[], keys: (k: string) => boolean): string | undefined => {
  if (family[0] === '因公出国（境）费' && keys('三公经费')) return '三公经费';
  return keys('合计') ? '合计' : keys('小计') ? '小计' : undefined;
};

export const rowTotal: Rule = {
  id: 'row-total',
  group: 'table',
  severity: 'error',
  description: {
    zh: '每一行的合计等于其组成列之和（各资金来源、基本+项目、人员+公用、当年+结转）',
    en: "Each row's 合计 equals the sum of its component columns (sources, 基本 + 项目, 人员 + 公用, 当年 + 结转)",
  },
  check(ctx) {
    for (const table of Object.values(ctx.disclosure.tables)) {
      for (const grid of gridsOf(table)) {
        // A column printed under another amount column (人员经费 under 基本支出) is that column's
        // part, not the row total's.
        const amountKeys = grid.columns.filter((c) => c.kind === 'amount').map((c) => c.key);
        const nested = new Set(
          grid.columns.filter((c) => c.header.slice(0, -1).some((h) => amountKeys.some((k) => k !== c.key && normName(h) === normName(k)))).map((c) => c.key),
        );
        // …and the column it is printed under is the sum of its own parts.
        const byParent = new Map<string, string[]>();
        for (const c of grid.columns) {
          if (!nested.has(c.key)) continue;
          const parent = amountKeys.find((k) => k !== c.key && c.header.slice(0, -1).some((h) => normName(h) === normName(k)));
          if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), c.key]);
        }
        for (const [parent, parts] of byParent) {
          const identity = ident(`${parent} = ${parts.join(' + ')}`);
          for (const row of grid.rows) checkSum(ctx, cell(table, grid, row, parent), parts.map((k) => cell(table, grid, row, k)), identity);
        }
        // A member printed only as a header over its parts (基本支出 over 人员经费 and 公用经费, with
        // no 基本支出 column) is stood in for by those parts, which are then no family of their own.
        const partsUnder = (k: string) =>
          grid.columns.filter((c) => c.kind === 'amount' && c.header.slice(0, -1).some((h) => normName(h) === normName(k))).map((c) => c.key);
        const standIns = new Set<string>();
        for (const family of FAMILIES) {
          const totalKey = totalFor(family, (k) => hasColumn(grid, k));
          // Each column is counted once: a member printed as a column of its own (一般公共预算) is not
          // counted again under a header-only member above it (财政拨款), and a total never is a part.
          const members: string[] = [];
          for (const k of family) {
            if (hasColumn(grid, k)) {
              if (!nested.has(k) && !standIns.has(k) && !members.includes(k)) members.push(k);
              continue;
            }
            const parts = partsUnder(k).filter((p) => p !== totalKey && !/^(?:合计|小计)$/.test(p) && !nested.has(p) && !standIns.has(p) && !members.includes(p));
            for (const p of parts) standIns.add(p);
            members.push(...parts);
          }
          if (totalKey === undefined || members.length === 0) continue;
          const identity = ident(`${totalKey} = ${members.join(' + ')}`);
          for (const row of grid.rows) {
            checkSum(ctx, cell(table, grid, row, totalKey), members.map((k) => cell(table, grid, row, k)), identity);
          }
        }
      }
    }
  },
};
