import type { Rule } from '../engine/types.js';
import { cell } from './lib/cells.js';
import { expenditureTotals, structureOf, SUMMARY_ROLES } from './lib/summary.js';
import { checkSum, ident } from './lib/sum.js';

export const summaryBalance: Rule = {
  id: 'summary-balance',
  group: 'table',
  severity: 'error',
  description: { zh: '收支总表：收入总计 = 支出总计', en: 'Summary tables: 收入总计 = 支出总计' },
  check(ctx) {
    for (const role of SUMMARY_ROLES) {
      const table = ctx.disclosure.tables[role];
      const income = table?.blocks.income;
      const expenditure = table && expenditureTotals(table);
      if (!table || !income || !expenditure) continue;
      const gi = structureOf(income).grand;
      const ge = structureOf(expenditure).grand;
      const ki = income.columns.find((c) => c.kind === 'amount')?.key;
      const ke = expenditure.columns.find((c) => c.kind === 'amount')?.key;
      if (!gi || !ge || !ki || !ke) continue;
      checkSum(ctx, cell(table, expenditure, ge, ke), [cell(table, income, gi, ki)], ident(`${ge.name} = ${gi.name}`));
    }
  },
};
