/**
 * Tables are validated against their own columns, which no static schema can know: each cell must
 * belong to a declared column, amount columns must use the shared vocabulary, and amounts are read
 * from their source text. This pass runs over the raw data whatever else failed, so that every
 * problem of a file is reported at once.
 */
import { type Amount, isDash, parseAmount } from '../model/amount.js';
import type { Column, Grid, Row, Table } from '../model/disclosure.js';
import { AMOUNT_COLUMNS, BLOCK_KEYS, STUB_KEYS, TABLE_ROLES, type AmountUnit, type TableRole } from '../model/vocabulary.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';
import { suggest } from './suggest.js';
import type { Path } from './tree.js';
import { isObj, type Obj } from './obj.js';

const STUBS = new Set<string>(STUB_KEYS);
const AMOUNT_KEYS = new Set<string>(AMOUNT_COLUMNS);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function readColumns(raw: unknown, path: Path, problems: Problem[]): Column[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const columns: Column[] = [];
  raw.forEach((c, i) => {
    if (!isObj(c) || typeof c.key !== 'string') return; // the schema reports these
    const key = c.key;
    const at: Path = [...path, i, 'key'];
    if (seen.has(key)) problems.push({ path: at, message: messages.duplicateColumn(key) });
    seen.add(key);
    const kind = STUBS.has(key) ? 'stub' : c.kind === 'text' ? 'text' : 'amount';
    if (kind === 'amount' && !AMOUNT_KEYS.has(key)) problems.push({ path: at, message: messages.unknownColumn(key, suggest(key, AMOUNT_KEYS)) });
    const header = Array.isArray(c.header) ? c.header.filter((h): h is string => typeof h === 'string') : typeof c.header === 'string' ? [c.header] : [key];
    columns.push({ key, header, kind, ...(typeof c.number === 'string' ? { number: c.number } : {}) });
  });
  return columns;
}

function readRow(raw: unknown, path: Path, columns: readonly Column[], problems: Problem[]): Row | undefined {
  if (!isObj(raw)) return undefined;
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const amounts = new Map<string, Amount>();
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) {
    if (STUBS.has(key) || value === null) continue;
    const column = byKey.get(key);
    if (column === undefined) {
      const declared = columns.filter((c) => c.kind !== 'stub').map((c) => c.key);
      problems.push({ path: [...path, key], at: 'key', message: messages.undeclaredCell(key, suggest(key, declared)) });
      continue;
    }
    if (typeof value !== 'string') continue; // the schema reports these
    if (column.kind !== 'text' && isDash(value)) continue; // "—" prints a blank
    if (column.kind === 'text') {
      texts.set(key, value);
      continue;
    }
    const a = parseAmount(value);
    if (typeof a === 'string') problems.push({ path: [...path, key], message: messages.amount(a, value) });
    else amounts.set(key, a);
  }
  return {
    path,
    amounts,
    texts,
    ...(str(raw.code) !== undefined ? { code: str(raw.code) } : {}),
    ...(str(raw.name) !== undefined ? { name: str(raw.name) } : {}),
    ...(str(raw.gov_econ) !== undefined ? { govEcon: str(raw.gov_econ) } : {}),
    ...(str(raw.group) !== undefined ? { group: str(raw.group) } : {}),
  };
}

function readGrid(raw: Obj, path: Path, problems: Problem[]): Grid {
  const columns = readColumns(raw.columns, [...path, 'columns'], problems);
  if (raw.rows !== undefined && raw.columns === undefined) problems.push({ path: [...path, 'rows'], at: 'key', message: messages.rowsWithoutColumns() });
  // Without columns every cell would be "undeclared": the one problem above says it all.
  const rowProblems: Problem[] = raw.columns === undefined ? [] : problems;
  const rows = Array.isArray(raw.rows)
    ? raw.rows.flatMap((r, i) => readRow(r, [...path, 'rows', i], columns, rowProblems) ?? [])
    : [];
  return { path, columns, rows, ...(typeof raw.heading === 'string' ? { heading: raw.heading } : {}) };
}

export function readTables(rawTables: unknown, problems: Problem[]): Partial<Record<TableRole, Table>> {
  const tables: Partial<Record<TableRole, Table>> = {};
  if (!isObj(rawTables)) return tables;
  for (const [role, raw] of Object.entries(rawTables)) {
    if (!(role in TABLE_ROLES) || !isObj(raw)) continue; // the schema reports these
    const path: Path = ['tables', role];
    const hasGrid = raw.columns !== undefined || raw.rows !== undefined;
    const blockKeys = BLOCK_KEYS.filter((b) => raw[b] !== undefined);
    if (hasGrid === blockKeys.length > 0) problems.push({ path, at: 'key', message: messages.tableShape() });
    const blocks: Table['blocks'] = {};
    for (const b of blockKeys) {
      const block = raw[b];
      if (isObj(block)) blocks[b] = readGrid(block, [...path, b], problems);
    }
    tables[role as TableRole] = {
      role: role as TableRole,
      path,
      title: str(raw.title) ?? '',
      unit: (str(raw.unit) ?? '') as AmountUnit,
      blocks,
      ...(hasGrid ? { grid: readGrid(raw, path, problems) } : {}),
      ...(str(raw.number) !== undefined ? { number: str(raw.number) } : {}),
      ...(str(raw.issuer) !== undefined ? { issuer: str(raw.issuer) } : {}),
      ...(str(raw.note) !== undefined ? { note: str(raw.note) } : {}),
    };
  }
  return tables;
}
