/**
 * Two years side by side: rows matched across years (function and economic codes, names, 三公
 * items, projects by normalised name), each with old, new, Δ and Δ%, new and gone rows marked, and
 * renamed-project and reclassification candidates told apart from unrelated changes.
 */
import type { Disclosure, Grid, Row, Table } from '../model/disclosure.js';
import { Dec } from '../model/decimal.js';
import { type AmountUnit, TABLE_ROLES, type TableRole } from '../model/vocabulary.js';
import { compareEqual, type Fig, inUnit, percentText, yuan } from '../reconcile/rounding.js';
import { mainKey, normName } from '../rules/lib/cells.js';
import { suggest } from '../load/suggest.js';

/**
 * How close a renamed project's amount must stay to be offered as the same project renamed: a
 * judgement of likeness, not a rounding allowance (those come from the rounding rule).
 */
const RENAMED_CLOSENESS = '0.1';

export type Status = 'same' | 'rose' | 'fell' | 'new' | 'gone';

export interface RowChange {
  readonly key: string;
  readonly label: string;
  readonly oldLabel?: string;
  readonly old?: Fig;
  readonly new?: Fig;
  /** new − old, in the new table's unit (a missing side counts as 0). */
  readonly delta: Dec;
  /** Δ ÷ old × 100, two decimals; undefined when old is 0 or absent ("—"). */
  readonly percent?: string;
  readonly status: Status;
  /** A gone row and a new row that look like one row renamed or reclassified. */
  readonly candidate?: { readonly kind: 'renamed' | 'reclassified'; readonly other: string };
}

export interface TableChange {
  readonly role: TableRole;
  readonly block?: string;
  readonly title: string;
  readonly unit: AmountUnit;
  readonly column: string;
  readonly rows: readonly RowChange[];
}

/** A project's name without the J/Z-style prefix, spaces and width differences. */
export const projectKey = (name: string | undefined): string =>
  normName(name)
    .normalize('NFKC')
    .replace(/^[A-Za-z]+(?=[\u4e00-\u9fff])/, '');

/** How a row is matched across years: by code, else by (group and) name, projects without prefix. */
export function rowKey(role: TableRole, row: Row): string {
  if (row.code !== undefined) return `code:${row.code}`;
  const name = role === 'projects' || role === 'projects_carryover' ? projectKey(row.name) : normName(row.name).normalize('NFKC');
  return `name:${row.group ? `${normName(row.group)}/` : ''}${name}`;
}

const label = (row: Row) => [row.code, row.name ?? row.group].filter(Boolean).join(' ') || '—';


function figure(row: Row | undefined, key: string, unit: AmountUnit): Fig | undefined {
  const a = row?.amounts.get(key);
  return a ? { amount: a, unit } : undefined;
}

function diffGrid(role: TableRole, title: string, o: { grid: Grid; unit: AmountUnit }, n: { grid: Grid; unit: AmountUnit }, block?: string): TableChange | undefined {
  const column = mainKey(n.grid);
  if (!column) return undefined;
  const oldRows = new Map(o.grid.rows.map((r) => [rowKey(role, r), r]));
  const newRows = new Map(n.grid.rows.map((r) => [rowKey(role, r), r]));
  const rows: RowChange[] = [];
  const zero = new Dec(0);
  const change = (key: string, or: Row | undefined, nr: Row | undefined): RowChange => {
    const of = figure(or, column, o.unit);
    const nf = figure(nr, column, n.unit);
    const base = of ? yuan(of) : zero;
    const deltaYuan = (nf ? yuan(nf) : zero).minus(base);
    const delta = inUnit(deltaYuan, n.unit);
    const percent = base.isZero() ? undefined : percentText(deltaYuan, base, 2);
    const status: Status = !or ? 'new' : !nr ? 'gone' : delta.isZero() ? 'same' : delta.gt(0) ? 'rose' : 'fell';
    return {
      key,
      label: label(nr ?? (or as Row)),
      ...(or && nr && label(or) !== label(nr) ? { oldLabel: label(or) } : {}),
      ...(of ? { old: of } : {}),
      ...(nf ? { new: nf } : {}),
      delta,
      ...(percent !== undefined ? { percent } : {}),
      status,
    };
  };
  for (const [key, nr] of newRows) rows.push(change(key, oldRows.get(key), nr));
  for (const [key, or] of oldRows) if (!newRows.has(key)) rows.push(change(key, or, undefined));

  // Candidates: a gone row and a new row with the same amount (reclassified), or a similar name
  // and an amount within RENAMED_CLOSENESS (renamed).
  const gone = rows.filter((r) => r.status === 'gone' && r.old);
  const added = rows.filter((r) => r.status === 'new' && r.new);
  const marked = new Map<string, RowChange['candidate']>();
  for (const g of gone) {
    // The same amount by the rounding rule: a figure printed in 万元 one year and in 元 the next.
    const same = added.find((a) => !marked.has(a.key) && a.new && g.old && compareEqual(a.new, g.old).outcome !== 'discrepancy');
    if (same) {
      marked.set(g.key, { kind: 'reclassified', other: same.label });
      marked.set(same.key, { kind: 'reclassified', other: g.label });
      continue;
    }
    const names = added.filter((a) => !marked.has(a.key)).map((a) => a.label);
    const similar = suggest(g.label, names);
    const a = added.find((x) => x.label === similar);
    if (a?.new && g.old && yuan(a.new).minus(yuan(g.old)).abs().lte(yuan(g.old).abs().times(RENAMED_CLOSENESS))) {
      marked.set(g.key, { kind: 'renamed', other: a.label });
      marked.set(a.key, { kind: 'renamed', other: g.label });
    }
  }
  const withCandidates = rows.map((r) => {
    const c = marked.get(r.key);
    return c ? { ...r, candidate: c } : r;
  });
  withCandidates.sort((a, b) => b.delta.abs().cmp(a.delta.abs()) || a.label.localeCompare(b.label));
  return { role, title, unit: n.unit, column, rows: withCandidates, ...(block ? { block } : {}) };
}

export function diffTables(old: Disclosure, neu: Disclosure, only?: readonly string[]): TableChange[] {
  const out: TableChange[] = [];
  for (const role of Object.keys(TABLE_ROLES) as TableRole[]) {
    if (only && only.length > 0 && !only.includes(role)) continue;
    const o: Table | undefined = old.tables[role];
    const n: Table | undefined = neu.tables[role];
    if (!o || !n) continue;
    if (o.grid && n.grid) {
      const d = diffGrid(role, n.title, { grid: o.grid, unit: o.unit }, { grid: n.grid, unit: n.unit });
      if (d) out.push(d);
    }
    for (const [block, ng] of Object.entries(n.blocks)) {
      const og = o.blocks[block as keyof typeof o.blocks];
      if (!og) continue;
      const d = diffGrid(role, `${n.title} › ${ng.heading ?? block}`, { grid: og, unit: o.unit }, { grid: ng, unit: n.unit }, block);
      if (d) out.push(d);
    }
  }
  return out;
}
