import type { Rule } from '../engine/types.js';
import { summaryGrand, totalCell } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

export const totalsAgree: Rule = {
  id: 'totals-agree',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '收支总表的本年收入合计 = 收入总表合计 = 支出总表合计',
    en: 'The summary\'s income total = the income table\'s 合计 = the expenditure table\'s 合计',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const summary = summaryGrand(t.summary, 'income');
    const income = totalCell(t.income, '合计');
    const expenditure = totalCell(t.expenditure, '合计');
    if (!summary) return ctx.skip({ zh: '无收支总表', en: 'no summary table' });
    if (income) checkSum(ctx, income, [summary], ident('收入总表 合计 = 收支总表 本年收入合计', 'income table 合计 = summary income total'));
    if (expenditure) checkSum(ctx, expenditure, [summary], ident('支出总表 合计 = 收支总表 本年收入合计', 'expenditure table 合计 = summary income total'));
  },
};
