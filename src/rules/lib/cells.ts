/** Reading figures out of tables, with their paths and printed places, for the rules. */
import type { Column, Grid, Row, Table } from '../../model/disclosure.js';
import { ZERO, type Fig } from '../../reconcile/rounding.js';
import type { Ref } from '../../engine/types.js';

/** A table cell as a rule sees it: where it is, how it reads, and its figure when printed. */
export interface Cell extends Ref {
  readonly fig?: Fig;
}

export const rowLabel = (row: Row): string => [row.code, row.name ?? row.group].filter((s) => s !== undefined && s !== '').join(' ');
export const columnLabel = (c: Column): string => c.header.at(-1) ?? c.key;

export function cell(table: Table, grid: Grid, row: Row, key: string): Cell {
  const column = grid.columns.find((c) => c.key === key);
  const a = row.amounts.get(key);
  return {
    path: [...row.path, key],
    place: [table.title, rowLabel(row), column ? columnLabel(column) : key],
    unit: table.unit,
    ...(a ? { text: a.text, fig: { amount: a, unit: table.unit } } : {}),
  };
}

/** The figure of a cell, or a blank cell's zero (exact: a blank carries no rounding). */
export const figOf = (c: Cell, unit: Fig['unit']): Fig => c.fig ?? { amount: ZERO, unit };

export const hasColumn = (g: Grid, key: string): boolean => g.columns.some((c) => c.key === key);

/** The column a grid's total is read from: 合计 where printed, else its first amount column (金额). */
export const mainKey = (g: Grid | undefined): string | undefined =>
  g === undefined ? undefined : hasColumn(g, '合计') ? '合计' : g.columns.find((c) => c.kind === 'amount')?.key;

/** Every grid of a table: its one grid, or its blocks. */
export const gridsOf = (t: Table): Grid[] => [...(t.grid ? [t.grid] : []), ...Object.values(t.blocks)];

/** normName's results: row names repeat across tables and across a batch's files. */
const normalised = new Map<string, string>();

/** Names compared across tables: no numbering ("八、", "1."), no spaces, no ①②. */
export const normName = (s: string | undefined): string => {
  const name = s ?? '';
  let norm = normalised.get(name);
  if (norm === undefined) {
    norm = name
      .replace(/\s+/g, '')
      .replace(/^[一二三四五六七八九十]+[、.．]/, '')
      .replace(/^\d+[、.．]/, '')
      .replace(/^[①②③④⑤⑥⑦⑧⑨⑩]/, '')
      .replace(/[（(]/g, '（')
      .replace(/[）)]/g, '）')
      // 其它 and 其他 are printed interchangeably ("其它行政事业单位养老支出" for 2080599).
      .replace(/其它/g, '其他');
    // Bounded, so that a batch's memory stays flat.
    if (normalised.size >= 20_000) normalised.clear();
    normalised.set(name, norm);
  }
  return norm;
};

/** A row printed as a total: 合计, 总计 (with any spaces in between). */
export const isTotalName = (name: string | undefined): boolean => /^(合计|总计|部门合计)$/.test((name ?? '').replace(/\s+/g, ''));

/** A row that totals others in a list: 合计 / 部门合计, or the unit itself (its name). */
export const isUnitRow = (row: Row, unit: string): boolean => isTotalName(row.name) || normName(row.name) === normName(unit);

export const totalRow = (g: Grid): Row | undefined => g.rows.find((r) => r.code === undefined && isTotalName(r.name));

/**
 * A list (项目支出表, 机关运行经费表) prints its total first, or — as 合计 — last: the head row and
 * the rows it totals, in printed order.
 */
export function listHead(g: Grid): { head: Row | undefined; rest: Row[] } {
  const rows = g.rows;
  const last = rows.at(-1);
  const bottom = last !== undefined && rows.length > 1 && isTotalName(last.name) && !isTotalName(rows[0]?.name);
  return bottom ? { head: last, rest: rows.slice(0, -1) } : { head: rows[0], rest: rows.slice(1) };
}
