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

/**
 * A total of a summary block in its first amount column: the grand total (收入总计 / 支出总计, else
 * the year's subtotal), the year's subtotal (本年收入合计, else the grand total), or the carry-over.
 * The expenditure side's totals are read where it prints them (see expenditureTotals).
 */
export function summaryTotal(table: Table | undefined, block: 'income' | 'expenditure', which: 'grand' | 'subtotal' | 'carry'): Cell | undefined {
  const grid = table && (block === 'expenditure' ? expenditureTotals(table) : table.blocks.income);
  const s = grid && structureOf(grid);
  const row = which === 'grand' ? (s?.grand ?? s?.subtotal) : which === 'subtotal' ? (s?.subtotal ?? s?.grand) : s?.carry;
  const k = grid?.columns.find((c) => c.kind === 'amount')?.key;
  return table && grid && row && k ? cell(table, grid, row, k) : undefined;
}

/** The year's total of a summary block (本年收入合计, else 收入总计), as the other tables sum to it. */
export const summaryGrand = (table: Table | undefined, block: 'income' | 'expenditure'): Cell | undefined => summaryTotal(table, block, 'subtotal');

/** The function-class lines of a summary expenditure block, by normalised name. */
export function classLines(grid: Grid): Row[] {
  return structureOf(grid).tops.map((t) => t.row);
}
