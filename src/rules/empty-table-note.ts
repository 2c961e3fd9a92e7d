import type { Rule } from '../engine/types.js';
import { cell, gridsOf } from './lib/cells.js';

/** Notes that say a table is empty, as printed in Shanxi ("本表无数据") and Shanghai ("…故本表为空表"). */
export const EMPTY_NOTE = /无数据|空表/;

/** The fund a table of this role reports, and the words a note uses for each fund. */
const FUND_OF: Partial<Record<string, string>> = {
  fund_income: '政府性基金',
  fund_expenditure: '政府性基金',
  state_capital: '国有资本经营',
  state_capital_expenditure: '国有资本经营',
  general_expenditure: '一般公共预算',
  general_basic_economic: '一般公共预算',
};
const FUNDS = ['政府性基金', '国有资本经营', '一般公共预算'];

export const emptyTableNote: Rule = {
  id: 'empty-table-note',
  group: 'completeness',
  severity: 'error',
  description: {
    zh: '注明为空的表没有数据；没有数据的表注明“本表无数据”；表注说的是本表的资金',
    en: 'A table noted empty has no figures; a table with no figures is noted empty; the note names the table’s own fund',
  },
  check(ctx) {
    for (const table of Object.values(ctx.disclosure.tables)) {
      const noted = EMPTY_NOTE.test(table.note ?? '');
      const figures = gridsOf(table).flatMap((g) => g.rows.flatMap((r) => [...r.amounts].filter(([, a]) => !a.value.isZero()).map(([k]) => ({ g, r, k }))));
      const first = figures[0];
      if (noted && first) {
        ctx.report({
          at: cell(table, first.g, first.r, first.k),
          related: [],
          message: { zh: `表注“${table.note}”，但表中有 ${figures.length} 个非零金额`, en: `Noted "${table.note}", but the table has ${figures.length} non-zero figure${figures.length === 1 ? '' : 's'}` },
        });
      }
      // A note copied from the table before it names the other fund (普陀财政局's 国有资本经营 table:
      // "无政府性基金预算财政拨款安排的预算，故本表为空表").
      const own = FUND_OF[table.role];
      const named = FUNDS.filter((f) => (table.note ?? '').includes(f));
      if (noted && own && named.length > 0 && !named.includes(own)) {
        ctx.report({
          at: { path: [...table.path, 'note'], place: [table.title, '注'] },
          related: [],
          severity: 'warning',
          message: {
            zh: `表注说的是${named.join('、')}预算，但本表是${own}预算表：表注是否从别的表复制而来？`,
            en: `The note speaks of ${named.join(', ')} funds, but this is the ${own} table: was the note copied from another table?`,
          },
        });
      }
      if (!noted && figures.length === 0) {
        ctx.report({
          at: { path: [...table.path, 'title'], place: [table.title] },
          related: [],
          severity: 'warning',
          message: { zh: '表中没有数据，也未注明“本表无数据”', en: 'The table has no figures and is not noted empty ("本表无数据")' },
        });
      }
    }
  },
};
