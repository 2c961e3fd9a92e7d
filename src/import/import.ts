/**
 * A published disclosure (a PDF, `pdftotext -layout` text or the tab-separated extraction) becomes
 * the YAML form: tables found by title and placed into columns and rows, the prose read verbatim.
 * Nothing printed is dropped silently: every printed piece that appears nowhere in the result is
 * listed under `unplaced:` with its page.
 */
import { Document, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { TableRole } from '../model/vocabulary.js';
import { type GridBlock, placeTable, type Unplaced } from './grid.js';
import { readAssets, readProcurement } from './facts.js';
import { type Prose, readProse } from './prose.js';
import { FORM_LABELS, readTargets } from './targets.js';
import { type Line, linesOfLayoutText, linesOfPdf, linesOfTabText, MAX_PAGES, squash } from './source.js';
import { findTables } from './tables.js';

export type SourceKind = 'pdf' | 'layout' | 'tab';

/** A PDF by its signature; text with tabs on most of its lines is the tab-separated extraction. */
export function sourceKindOf(bytes: Uint8Array): SourceKind {
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return 'pdf';
  const sample = new TextDecoder().decode(bytes.subarray(0, 65_536));
  const lines = sample.split('\n').filter((l) => l.trim() !== '');
  return lines.filter((l) => l.includes('\t')).length > lines.length / 3 ? 'tab' : 'layout';
}

export interface ImportOptions {
  /** Drop the spaces printed between digits and Chinese ("2019 年"): see readProse. */
  readonly tightDigits?: boolean;
  readonly maxPages?: number;
}

export interface Imported {
  /** The disclosure in the YAML form's shape, `unplaced` included when there is any. */
  readonly data: Record<string, unknown>;
  readonly unplaced: readonly Unplaced[];
  /** Page of each table by role, for locating findings on the printed page. */
  readonly pages: Readonly<Partial<Record<TableRole, number>>>;
  /** Page of each row, by role and block ('' for a table of one grid). */
  readonly rowPages: Readonly<Partial<Record<TableRole, Readonly<Record<string, readonly number[]>>>>>;
  /** Pages of each prose section's heading and paragraphs, by part, in the part's order. */
  readonly prosePages: Prose['pages'];
}

/** The positioned lines of a source of the given kind; text is passed already decoded. */
export async function linesOf(source: Uint8Array | string, kind: SourceKind, maxPages = MAX_PAGES): Promise<Line[]> {
  // pdf.js takes a plain Uint8Array, never a Buffer.
  if (kind === 'pdf') return linesOfPdf(typeof source === 'string' ? new TextEncoder().encode(source) : new Uint8Array(source), maxPages);
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  return kind === 'tab' ? linesOfTabText(text) : linesOfLayoutText(text);
}

const BLOCK_ROLES = new Set<TableRole>(['summary', 'appropriation_summary', 'state_capital']);

/** The disclosure read from positioned lines. */
export function importLines(lines: readonly Line[], options: ImportOptions = {}): Imported {
  const found = findTables(lines);
  const prose = readProse(lines, options.tightDigits ? { tightDigits: true } : {});
  const tables: Record<string, unknown> = {};
  const pages: Partial<Record<TableRole, number>> = {};
  const rowPages: Partial<Record<TableRole, Record<string, readonly number[]>>> = {};
  const unplaced: Unplaced[] = [];
  const units = new Map<string, number>();
  for (const t of found.tables) {
    // A role printed twice is a table this form has no second place for: its text stays unplaced.
    if (tables[t.role] !== undefined) continue;
    const placed = placeTable(t.lines, { blocks: BLOCK_ROLES.has(t.role), textColumns: t.role === 'procurement' });
    unplaced.push(...placed.unplaced);
    const page = t.lines[0]?.page;
    if (page !== undefined) pages[t.role] = page;
    if (t.unit) units.set(t.unit, (units.get(t.unit) ?? 0) + 1);
    rowPages[t.role] = placed.kind === 'grid' ? { '': placed.pages } : Object.fromEntries(Object.entries(placed.blocks).map(([k, b]) => [k, (b as GridBlock).pages]));
    const body =
      placed.kind === 'grid'
        ? { columns: placed.columns, rows: placed.rows }
        : Object.fromEntries(Object.entries(placed.blocks).map(([k, b]) => [k, blockOf(b as GridBlock)]));
    tables[t.role] = {
      ...(t.number ? { number: t.number } : {}),
      title: t.title,
      ...(t.issuer ? { issuer: t.issuer } : {}),
      unit: t.unit ?? '元',
      ...body,
      ...(t.note ? { note: t.note } : {}),
    };
  }
  const common = [...units].sort((a, b) => b[1] - a[1])[0]?.[0];
  const document = {
    ...prose.document,
    ...(prose.document.amount_unit || !common ? {} : { amount_unit: common }),
    ...(found.roundingNote && !prose.document.rounding_note ? { rounding_note: found.roundingNote } : {}),
  };
  const targets = readTargets(lines);
  const procurement = readProcurement(prose.narrative);
  const assets = readAssets(prose.narrative);
  const data: Record<string, unknown> = {
    format: 'budget-disclosure/1',
    document,
    ...(prose.contents.length > 0 ? { contents: prose.contents } : {}),
    ...(prose.overview.length > 0 ? { overview: prose.overview } : {}),
    tables,
    ...(prose.narrative.length > 0 ? { narrative: prose.narrative } : {}),
    ...(targets.length > 0 ? { performance_targets: targets } : {}),
    ...(procurement ? { procurement } : {}),
    ...(assets ? { assets } : {}),
    ...(prose.project_descriptions.length > 0 ? { project_descriptions: prose.project_descriptions } : {}),
    ...(prose.glossary.length > 0 ? { glossary: prose.glossary } : {}),
  };
  const missing = [...unplaced, ...notInResult(lines, data)];
  const seen = new Set<string>();
  const all = missing.filter((u) => {
    const k = `${u.page}\u0000${u.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (all.length > 0) data.unplaced = all;
  return { data, unplaced: all, pages, rowPages, prosePages: prose.pages };
}

function blockOf(b: GridBlock): Record<string, unknown> {
  return { heading: b.heading, columns: b.columns, rows: b.rows };
}

const FIGURE = /^[-\d.,%]+$/;

/** Layout rather than content: page numbers, the unit line (kept as each table's unit), 目录. */
const LAYOUT = /^(?:第?\d{1,3}页?|-\d{1,3}-|\d{1,3}\/\d{1,3}|单位[:：](?:万元?|元)|目录)$/;
/** A table's printed number before its title ("一、", "表三", "公开 01 表"): kept as the number. */
const NUMBERED_TITLE = /^(?:[一二三四五六七八九十]+、|\d+[.．、]|表[一二三四五六七八九十]+|(?:预算|部门)?公开(?:表)?\d+表?)/;

/**
 * Every printed piece that appears nowhere in the result, by page: a cell of a line is placed when
 * its text (spaces aside) is one of the result's strings or part of one; a page number is layout.
 */
function notInResult(lines: readonly Line[], data: unknown): Unplaced[] {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(squash(v));
    else if (typeof v === 'number') strings.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(data);
  const exact = new Set(strings);
  const blob = strings.join('\u0000');
  const out: Unplaced[] = [];
  // A figure or a code is placed only where it stands whole: "5.00" inside "125.00" is not it.
  const forms = (data as { performance_targets?: unknown[] }).performance_targets !== undefined;
  const placed = (raw: string) => {
    // A contents entry's dot leaders, and a form's labels (read as its structure), are layout.
    const t = raw.replace(/[.…·]{3,}\d*$/, '');
    const label = t.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/^其中[:：]/, '').replace(/[:：]$/, '');
    if (forms && FORM_LABELS.has(label)) return true;
    const unnumbered = t.replace(NUMBERED_TITLE, '');
    if (unnumbered !== t && unnumbered !== '' && exact.has(unnumbered)) return true;
    return t === '' || LAYOUT.test(t) || exact.has(t) || exact.has(label) || (!FIGURE.test(t) && blob.includes(t));
  };
  for (const l of lines) {
    // A line of prose kept whole (a figure in a sentence, set as an item of its own) is placed.
    const whole = squash(l.text);
    if (LAYOUT.test(whole) || (l.cells.length > 1 && blob.includes(whole))) continue;
    for (const c of l.cells) {
      // Words printed apart in one cell may have gone to two places (two header cells).
      if (placed(squash(c.text)) || c.text.split(/\s+/).every((w) => placed(w))) continue;
      out.push({ page: l.page, text: c.text });
    }
  }
  return out;
}

/** Keys whose values are amounts or codes: written quoted, as printed. */
const STUB = new Set(['code', 'name', 'gov_econ', 'group']);

/**
 * The YAML form as the fixtures write it: rows and columns one flow map to a line, prose as literal blocks, codes and amounts quoted so that they stay text.
 */
export function toYaml(data: Record<string, unknown>, source?: string): string {
  const doc = new Document(data);
  if (source !== undefined) doc.commentBefore = ` Imported from ${source.replace(/[\r\n]/g, ' ')} by budget import: check it against the printed document.`;
  visit(doc, {
    Pair(_, pair, path) {
      const parent = path.at(-2);
      const inRows = isSeq(parent) && path.some((p) => isMapKey(p, 'rows'));
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (pair.value.value.includes('\n')) pair.value.type = Scalar.BLOCK_LITERAL;
        else if (key === 'code' || (inRows && !STUB.has(key))) pair.value.type = Scalar.QUOTE_DOUBLE;
      }
    },
    Map(_, map, path) {
      const parent = path.at(-1);
      const listed = ['rows', 'columns', 'contents', 'unplaced', 'indicators', 'sources', 'by_category', 'equipment'];
      if (isSeq(parent) && path.some((p) => listed.some((k) => isMapKey(p, k)))) map.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Whether a node of a visit's path is the pair of `key` (the path holds pairs and collections). */
function isMapKey(node: unknown, key: string): boolean {
  return isPair(node) && isScalar(node.key) && node.key.value === key;
}
