import type { Rule } from '../engine/types.js';
import { cell, normName, totalRow } from './lib/cells.js';
import { classLines, summaryLine, totalCell } from './lib/lookup.js';
import { structureOf } from './lib/summary.js';
import { checkSum, ident } from './lib/sum.js';

const GENERAL = /^一般公共预算/;

export const appropriationAgrees: Rule = {
  id: 'appropriation-agrees',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '财政拨款收支总表：一般公共预算收入 = 收支总表及收入总表的一般公共预算；其支出按类 = 一般公共预算支出表',
    en: 'Appropriation summary: general-budget income = 一般公共预算 in the summary and income tables; its expenditure by class = the general expenditure table',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const approp = t.appropriation_summary;
    if (!approp) return ctx.skip({ zh: '无财政拨款收支总表', en: 'no appropriation summary' });
    const income = summaryLine(approp, 'income', GENERAL);
    if (income) {
      const inSummary = summaryLine(t.summary, 'income', GENERAL);
      if (inSummary) checkSum(ctx, inSummary, [income], ident('收支总表 一般公共预算 = 财政拨款收支总表 一般公共预算', 'summary 一般公共预算 = appropriation summary 一般公共预算'));
      const inIncome = totalCell(t.income, '一般公共预算');
      if (inIncome) checkSum(ctx, inIncome, [income], ident('收入总表 合计·一般公共预算 = 财政拨款收支总表 一般公共预算', 'income table 合计·一般公共预算 = appropriation summary 一般公共预算'));
    }
    const block = approp.blocks.expenditure;
    const general = t.general_expenditure;
    const grid = general?.grid;
    if (!block || !general || !grid || !block.columns.some((c) => c.key === '一般公共预算')) return;
    for (const line of classLines(block)) {
      const row = grid.rows.find((r) => r.code?.length === 3 && normName(r.name) === normName(line.name));
      const here = cell(approp, block, line, '一般公共预算');
      const there = row ? cell(general, grid, row, '合计') : undefined;
      if (there) checkSum(ctx, here, [there], ident(`财政拨款 ${normName(line.name)}·一般公共预算 = 一般公共预算支出表 ${row?.code}`, `appropriation ${normName(line.name)}·一般公共预算 = general expenditure ${row?.code}`));
      else if (here.fig && !here.fig.amount.value.isZero()) {
        ctx.report({
          at: here,
          related: [],
          message: {
            zh: `财政拨款收支总表列“${normName(line.name)}”一般公共预算 ${here.fig.amount.text}${here.fig.unit}，但一般公共预算支出表中没有这一类`,
            en: `The appropriation summary prints "${normName(line.name)}" 一般公共预算 at ${here.fig.amount.text} ${here.fig.unit}, but the general expenditure table has no such class`,
          },
        });
      }
    }
    const sub = structureOf(block).subtotal ?? structureOf(block).grand;
    const total = totalRow(grid);
    if (sub && total) checkSum(ctx, cell(approp, block, sub, '一般公共预算'), [cell(general, grid, total, '合计')], ident('财政拨款 本年支出合计·一般公共预算 = 一般公共预算支出表 合计', 'appropriation expenditure total·一般公共预算 = general expenditure 合计'));
  },
};
