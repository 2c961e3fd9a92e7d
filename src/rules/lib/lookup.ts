/** Finding the same quantity in different tables: totals, function classes, columns. */
import type { Grid, Row, Table } from '../../model/disclosure.js';
import { type Cell, cell, normName, totalRow } from './cells.js';
import { expenditureTotals, structureOf } from './summary.js';

/** The cell of a table's 合计 row in a column (its one grid). */
export function totalCell(table: Table | undefined, key: string): Cell | undefined {
  const grid = table?.grid;
  const row = grid && totalRow(grid);
  if (!table || !grid || !row || !grid.columns.some((c) => c.key === key)) return undefined;
  return cell(table, grid, row, key);
}

/** The cell of a function class (3-digit code) in a coded table. */
export function classCell(table: Table | undefined, code: string, key: string): Cell | undefined {
  const grid = table?.grid;
  const row = grid?.rows.find((r) => r.code === code);
  if (!table || !grid || !row || !grid.columns.some((c) => c.key === key)) return undefined;
  return cell(table, grid, row, key);
}

/** A line of a summary block by its name without numbering ("一般公共预算" matches "一、一般公共预算"). */
export function summaryLine(table: Table | undefined, block: 'income' | 'expenditure', name: RegExp, key?: string): Cell | undefined {
  const grid = table?.blocks[block];
  if (!table || !grid) return undefined;
  const s = structureOf(grid);
  const row = [...s.tops.map((t) => t.row), ...s.tops.flatMap((t) => t.subs)].find((r) => name.test(normName(r.name)));
  const k = key ?? grid.columns.find((c) => c.kind === 'amount')?.key;
  return row && k ? cell(table, grid, row, k) : undefined;
}

/** The grand total of a summary block (收入总计 / 支出总计) in its first amount column. */
export function summaryGrand(table: Table | undefined, block: 'income' | 'expenditure'): Cell | undefined {
  const grid = table && (block === 'expenditure' ? expenditureTotals(table) : table.blocks.income);
  const s = grid && structureOf(grid);
  const row = s?.subtotal ?? s?.grand;
  const k = grid?.columns.find((c) => c.kind === 'amount')?.key;
  return table && grid && row && k ? cell(table, grid, row, k) : undefined;
}

/** The function-class lines of a summary expenditure block, by normalised name. */
export function classLines(grid: Grid): Row[] {
  return structureOf(grid).tops.map((t) => t.row);
}
