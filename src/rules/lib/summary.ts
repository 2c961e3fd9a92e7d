/** The printed structure of a side-by-side summary block (收支总表, 财政拨款收支总表). */
import type { Grid, Row, Table } from '../../model/disclosure.js';

export type Kind = 'top' | 'sub' | 'subtotal' | 'carry' | 'grand' | 'other';

export function kindOf(row: Row): Kind {
  const name = (row.name ?? '').replace(/\s+/g, '');
  if (/^[一二三四五六七八九十]+、/.test(name)) return 'top';
  if (/^(\d+[.．、]|[（(]\d+[）)]|[（(][一二三四五六七八九十]+[）)])/.test(name)) return 'sub';
  if (/^(本年|当年).*(合计|小计)$/.test(name)) return 'subtotal';
  if (/结转/.test(name)) return 'carry';
  if (/^(收入|支出)?(总计|合计)$/.test(name)) return 'grand';
  return 'other';
}

export interface Structure {
  /** Top-level lines of this year, with the sub-lines printed under each. */
  readonly tops: readonly { row: Row; subs: Row[] }[];
  readonly subtotal?: Row;
  readonly carry?: Row;
  /** Lines printed under the carry-over row (上年财政拨款结转: 一、二、三、). */
  readonly carryLines: readonly Row[];
  readonly grand?: Row;
}

export function structureOf(grid: Grid): Structure {
  const tops: { row: Row; subs: Row[] }[] = [];
  const carryLines: Row[] = [];
  let subtotal: Row | undefined;
  let carry: Row | undefined;
  let grand: Row | undefined;
  for (const row of grid.rows) {
    const kind = kindOf(row);
    if (kind === 'grand') grand ??= row;
    else if (kind === 'subtotal') subtotal ??= row;
    else if (kind === 'carry') carry ??= row;
    else if (kind === 'top' && carry) carryLines.push(row);
    else if (kind === 'top') tops.push({ row, subs: [] });
    else if (kind === 'sub' && !carry) tops.at(-1)?.subs.push(row);
  }
  return { tops, carryLines, ...(subtotal ? { subtotal } : {}), ...(carry ? { carry } : {}), ...(grand ? { grand } : {}) };
}

/** The blocks of the summary tables. */
export const SUMMARY_ROLES = ['summary', 'appropriation_summary', 'state_capital'] as const;

/**
 * The block that holds a summary table's expenditure totals: its expenditure block, or, where that
 * prints none, its 支出用途 block. 江苏 prints 当年支出小计, 结转下年资金 and 支出合计 across both
 * expenditure blocks, with their figures under 支出用途.
 */
export function expenditureTotals(table: Table): Grid | undefined {
  const e = table.blocks.expenditure;
  const has = (g: Grid | undefined) => {
    const s = g && structureOf(g);
    return s !== undefined && (s.grand !== undefined || s.subtotal !== undefined);
  };
  if (has(e)) return e;
  return has(table.blocks.purpose) ? table.blocks.purpose : e;
}
