import type { Rule } from '../engine/types.js';
import { cell, gridsOf } from './lib/cells.js';

/** Notes that say a table is empty, as printed in Shanxi ("本表无数据") and Shanghai ("…故本表为空表"). */
export const EMPTY_NOTE = /无数据|空表/;

export const emptyTableNote: Rule = {
  id: 'empty-table-note',
  group: 'completeness',
  severity: 'error',
  description: {
    zh: '注明为空的表没有数据；没有数据的表注明“本表无数据”',
    en: 'A table noted empty has no figures; a table with no figures is noted empty',
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
