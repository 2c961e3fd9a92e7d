import type { Rule } from '../engine/types.js';
import type { Grid, Table } from '../model/disclosure.js';
import { type Cell, cell, isTotalName, mainKey } from './lib/cells.js';
import { summaryLine, totalCell } from './lib/lookup.js';
import { structureOf } from './lib/summary.js';
import { checkSum, ident } from './lib/sum.js';

function approExpenditure(table: Table | undefined, key: string): Cell | undefined {
  const grid = table?.blocks.expenditure;
  const s = grid && structureOf(grid);
  const row = s?.subtotal ?? s?.grand;
  return table && grid && row && grid.columns.some((c) => c.key === key) ? cell(table, grid, row, key) : undefined;
}

/** The 合计 of a grid or block, in its 合计 column or else its one amount column. */
function gridTotal(table: Table | undefined, grid: Grid | undefined): Cell | undefined {
  const row = grid?.rows.find((r) => r.code === undefined && isTotalName(r.name));
  const key = mainKey(grid);
  return table && grid && row && key ? cell(table, grid, row, key) : undefined;
}

type Place = [Cell | undefined, string, string];

/** Compares every printed place of one quantity with the first printed one. */
function agree(ctx: Parameters<Rule['check']>[0], places: Place[]): void {
  const present = places.filter((p): p is [Cell, string, string] => p[0] !== undefined);
  const [anchor, ...others] = present;
  if (!anchor) return;
  for (const [c, zh, en] of others) checkSum(ctx, c, [anchor[0]], ident(`${zh} = ${anchor[1]}`, `${en} = ${anchor[2]}`));
}

export const fundTablesAgree: Rule = {
  id: 'fund-tables-agree',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '政府性基金、国有资本经营预算的收入与支出，在各自的表与收支总表、收入总表、财政拨款收支总表中一致',
    en: 'Government fund and state capital income and expenditure agree between their own tables and the summary, income and appropriation tables',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const fund = { key: '政府性基金预算', line: /^政府性基金/, zh: '政府性基金', en: 'government fund' };
    const capital = { key: '国有资本经营预算', line: /^国有资本经营/, zh: '国有资本经营预算', en: 'state capital' };
    const incomeOf = (k: typeof fund, own: Cell | undefined): Place[] => [
      [own, `${k.zh}收入表 合计`, `${k.en} income table 合计`],
      [summaryLine(t.summary, 'income', k.line), `收支总表 ${k.zh}`, `summary ${k.en}`],
      [totalCell(t.income, k.key), `收入总表 ${k.zh}`, `income table ${k.en}`],
      [summaryLine(t.appropriation_summary, 'income', k.line), `财政拨款收入 ${k.zh}`, `appropriation income ${k.en}`],
    ];
    const expenditureOf = (k: typeof fund, own: Cell | undefined): Place[] => [
      [own, `${k.zh}支出表 合计`, `${k.en} expenditure table 合计`],
      [approExpenditure(t.appropriation_summary, k.key), `财政拨款支出 ${k.zh}`, `appropriation expenditure ${k.en}`],
    ];
    agree(ctx, incomeOf(fund, gridTotal(t.fund_income, t.fund_income?.grid)));
    agree(ctx, expenditureOf(fund, gridTotal(t.fund_expenditure, t.fund_expenditure?.grid)));
    agree(ctx, incomeOf(capital, gridTotal(t.state_capital, t.state_capital?.blocks.income)));
    agree(ctx, expenditureOf(capital, gridTotal(t.state_capital_expenditure, t.state_capital_expenditure?.grid) ?? gridTotal(t.state_capital, t.state_capital?.blocks.expenditure)));
  },
};
