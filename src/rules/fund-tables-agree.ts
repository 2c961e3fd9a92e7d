import type { Rule } from '../engine/types.js';
import type { Table } from '../model/disclosure.js';
import { type Cell, cell } from './lib/cells.js';
import { summaryLine, totalCell } from './lib/lookup.js';
import { structureOf } from './lib/summary.js';
import { checkSum, ident } from './lib/sum.js';

function approExpenditure(table: Table | undefined, key: string): Cell | undefined {
  const grid = table?.blocks.expenditure;
  const s = grid && structureOf(grid);
  const row = s?.subtotal ?? s?.grand;
  return table && grid && row && grid.columns.some((c) => c.key === key) ? cell(table, grid, row, key) : undefined;
}

const KINDS = [
  { key: '政府性基金预算', line: /^政府性基金/, tables: ['fund_expenditure'] as const, zh: '政府性基金', en: 'government fund' },
  { key: '国有资本经营预算', line: /^国有资本经营/, tables: ['state_capital_expenditure'] as const, zh: '国有资本经营预算', en: 'state capital' },
];

export const fundTablesAgree: Rule = {
  id: 'fund-tables-agree',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '政府性基金、国有资本经营预算表与收支总表、收入总表、财政拨款收支总表的相应行一致',
    en: 'Government fund and state capital tables agree with their lines in the summary, income and appropriation tables',
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    for (const kind of KINDS) {
      const own = kind.tables.map((r) => totalCell(t[r], '合计')).find((c) => c !== undefined) ?? (kind.key === '国有资本经营预算' ? stateCapitalTotal(t.state_capital) : undefined);
      const places: [Cell | undefined, string, string][] = [
        [own, `${kind.zh}表 合计`, `${kind.en} table 合计`],
        [summaryLine(t.summary, 'income', kind.line), `收支总表 ${kind.zh}`, `summary ${kind.en}`],
        [totalCell(t.income, kind.key), `收入总表 ${kind.zh}`, `income table ${kind.en}`],
        [summaryLine(t.appropriation_summary, 'income', kind.line), `财政拨款收入 ${kind.zh}`, `appropriation income ${kind.en}`],
        [approExpenditure(t.appropriation_summary, kind.key), `财政拨款支出 ${kind.zh}`, `appropriation expenditure ${kind.en}`],
      ];
      const present = places.filter((p): p is [Cell, string, string] => p[0] !== undefined);
      const [anchor, ...others] = present;
      if (!anchor) continue;
      for (const [c, zh, en] of others) checkSum(ctx, c, [anchor[0]], ident(`${zh} = ${anchor[1]}`, `${en} = ${anchor[2]}`));
    }
  },
};

function stateCapitalTotal(table: Table | undefined): Cell | undefined {
  const grid = table?.blocks.expenditure;
  const row = grid?.rows.find((r) => (r.name ?? '').replace(/\s+/g, '') === '合计');
  return table && grid && row ? cell(table, grid, row, '合计') : undefined;
}
