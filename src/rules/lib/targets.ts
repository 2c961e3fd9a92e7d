/** Performance target tables (绩效目标表) as the rules see them. */
import { parseAmount } from '../../model/amount.js';
import type { Disclosure, Row, Table } from '../../model/disclosure.js';
import { EXACT, type Fig, type Relation } from '../../reconcile/rounding.js';
import { type Cell, cell, isUnitRow, listHead } from './cells.js';

export type Target = NonNullable<Disclosure['performance_targets']>[number];

export const projectKey = (name: string | undefined): string => (name ?? '').replace(/[\s\u3000]+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');

export function targetRef(i: number, t: Target, path: readonly (string | number)[], label: string, fig?: Fig): Cell {
  return {
    path: ['performance_targets', i, ...path],
    place: [`绩效目标表 ${t.project}`, label],
    ...(fig ? { text: fig.amount.text, unit: fig.unit, fig } : {}),
  };
}

/** The project rows of a project table: every row but the total (first or last) and unit rows. */
export function projectRows(table: Table | undefined, unit: string): Row[] {
  return table?.grid ? listHead(table.grid).rest.filter((r) => !isUnitRow(r, unit)) : [];
}

export function projectCell(table: Table, row: Row): Cell | undefined {
  return table.grid ? cell(table, table.grid, row, '合计') : undefined;
}

export interface Cap {
  readonly relation: Relation;
  readonly fig: Fig;
}

const RELATIONS: Record<string, Relation> = { '≤': '≤', '≦': '≤', '<': '<', '＜': '<', '≥': '≥', '≧': '≥', '>': '>', '＞': '>', '=': '=', '＝': '=' };

/**
 * A money cap as printed in a 成本指标: "≤17.05万元", "<30万元", a bare "26.5万元". A threshold with
 * a relation is exact; a bare figure is a printed figure with its own rounding. Not money: undefined.
 */
export function parseCap(value: string | undefined): Cap | undefined {
  const m = /^\s*([≤≦<＜≥≧>＞=＝])?\s*([\d,]+(?:\.\d+)?)\s*(万元|元)\s*$/.exec(value ?? '');
  if (!m) return undefined;
  const a = parseAmount(m[2] ?? '');
  if (typeof a === 'string') return undefined;
  const unit = m[3] as '万元' | '元';
  const relation = m[1] ? (RELATIONS[m[1]] ?? '=') : '=';
  return { relation, fig: { amount: relation === '=' ? a : { ...a, decimals: EXACT }, unit } };
}

