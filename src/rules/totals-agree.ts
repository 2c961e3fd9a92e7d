import type { Rule } from '../engine/types.js';
import { summaryGrand, totalCell } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

export const totalsAgree: Rule = {
  id: 'totals-agree',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '收入总表合计 = 收支总表本年收入合计；支出总表合计 = 收支总表本年支出合计',
    en: "The income table's 合计 = the summary's income total; the expenditure table's 合计 = the summary's expenditure total",
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const summaryIncome = summaryGrand(t.summary, 'income');
    const summaryExpenditure = summaryGrand(t.summary, 'expenditure');
    const income = totalCell(t.income, '合计');
    const expenditure = totalCell(t.expenditure, '合计');
    if (!summaryIncome && !summaryExpenditure) return ctx.skip({ zh: '无收支总表', en: 'no summary table' });
    if (income && summaryIncome) checkSum(ctx, income, [summaryIncome], ident('收入总表 合计 = 收支总表 本年收入合计', 'income table 合计 = summary income total'));
    if (expenditure && summaryExpenditure) checkSum(ctx, expenditure, [summaryExpenditure], ident('支出总表 合计 = 收支总表 本年支出合计', 'expenditure table 合计 = summary expenditure total'));
  },
};
