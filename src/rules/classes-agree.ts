import type { Rule } from '../engine/types.js';
import { cell, normName } from './lib/cells.js';
import { classLines } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

export const classesAgree: Rule = {
  id: 'classes-agree',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '收支总表中每一支出功能类 = 支出总表中同一类的合计',
    en: 'Each function class in the summary = the same class (by name) in the expenditure table',
  },
  check(ctx) {
    const { summary, expenditure } = ctx.disclosure.tables;
    const block = summary?.blocks.expenditure;
    const grid = expenditure?.grid;
    if (!summary || !block || !expenditure || !grid) return ctx.skip({ zh: '无收支总表或支出总表', en: 'no summary or expenditure table' });
    // Jiangsu's 支出总表 prints one row of totals, no classes: nothing to compare them with.
    if (!grid.rows.some((r) => r.code?.length === 3)) return ctx.skip({ zh: '支出总表未按功能分类列示', en: 'the expenditure table prints no function classes' });
    const key = block.columns.find((c) => c.kind === 'amount')?.key;
    if (!key) return;
    for (const line of classLines(block)) {
      const row = grid.rows.find((r) => r.code?.length === 3 && normName(r.name) === normName(line.name));
      const there = row ? cell(expenditure, grid, row, '合计') : undefined;
      const here = cell(summary, block, line, key);
      if (there) checkSum(ctx, here, [there], ident(`收支总表 ${normName(line.name)} = 支出总表 ${row?.code}`, `summary ${normName(line.name)} = expenditure table ${row?.code}`));
      else if (here.fig && !here.fig.amount.value.isZero()) {
        ctx.report({
          at: here,
          related: [],
          message: {
            zh: `收支总表列“${normName(line.name)}” ${here.fig.amount.text}${here.fig.unit}，但支出总表中没有这一类`,
            en: `The summary prints "${normName(line.name)}" at ${here.fig.amount.text} ${here.fig.unit}, but the expenditure table has no such class`,
          },
        });
      }
    }
  },
};
