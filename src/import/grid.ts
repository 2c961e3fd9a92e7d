/**
 * A table's lines become its columns and rows. The printed grid is inferred from positions alone,
 * so that PDF text and `pdftotext -layout` text are read the same way:
 * - the body's cells fix the columns: a column is an x-range that some body cell covers and that
 *   (almost) no cell crosses;
 * - each column's header is the lowest header cell over it, and every header cell above that is a
 *   parent spanning the run of columns it is centred on (printed headers are centred over their
 *   span, and spans nest);
 * - a header cell wrapped onto two lines is joined back.
 * What cannot be placed is returned, never dropped.
 */
import { isAmount, isDash } from '../model/amount.js';
import { AMOUNT_COLUMNS, type BlockKey, BLOCK_KEYS, STUB_KEYS as STUBS } from '../model/vocabulary.js';

const STUB_KEYS = new Set<string>(STUBS);
import { type Cell, type Line, MONEY, squash } from './source.js';

export interface GridColumn {
  readonly key: string;
  readonly header?: readonly string[];
  readonly number?: string;
  readonly kind?: 'text';
}

export type GridRow = Record<string, string>;

/** A piece of the printed table that could not be placed, with its page. */
export interface Unplaced {
  readonly page: number;
  readonly text: string;
}

export interface Grid {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  /** The printed page of each row. */
  readonly pages: readonly number[];
}

export interface GridBlock extends Grid {
  readonly heading: string;
}

export type PlacedTable =
  | ({ readonly kind: 'grid'; readonly unplaced: readonly Unplaced[] } & Grid)
  | { readonly kind: 'blocks'; readonly blocks: Partial<Record<BlockKey, GridBlock>>; readonly unplaced: readonly Unplaced[] };

const CODE = /^\d{3}(?:\s*\d{2}){0,3}$/;
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\d+[、.．])/;
const TOTAL = /^(?:合计|总计)$/;
const ROW_START = /^(?:[一二三四五六七八九十]+、|\d+[、.．]|合计|总计)/;
/**
 * A line of a wrapped header cell stands this close under the one before it, at most (in text
 * lines). Measured on the sources: wrapped lines 1.16–1.66 below, a parent over a single child
 * 1.74 and more (江苏 2018's 支出 over 支出用途). The margin is thin: a header that breaks it is read
 * as a parent and its child, and the round-trip test shows it.
 */
const WRAPPED_LINE = 1.7;
/** A wrapped line of a row stands less than this share of the row pitch from the row's line. */
const CLOSE = 0.75;
/** Words this close to midway between two rows (a share of the pitch) are a cell merged down both. */
const MIDWAY = 0.1;
/** A code printed in columns of its parts: 类 款 项, each its own column. */
const CODE_PART = /^[类款项]+$/;
const COLUMN_NUMBERS = /^(?:栏次|\d{1,2})$/;

const overlap = (a: Span, b: Span) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const centre = (s: Span) => (s.x0 + s.x1) / 2;

interface Span {
  readonly x0: number;
  readonly x1: number;
}

/**
 * A line is a data row when it prints a figure or a code, starts like a numbered row name, or is a
 * total with a figure of any form ("合计 0").
 */
function isDataLine(l: Line): boolean {
  const first = l.cells[0]?.text ?? '';
  if (ROW_START.test(first) && l.cells.slice(1).some((c) => isAmount(c.text))) return true;
  return l.cells.some((c) => MONEY.test(c.text) || CODE.test(c.text)) || NUMBERED.test(first);
}

function isNumberLine(l: Line): boolean {
  return l.cells.length >= 2 && l.cells.every((c) => COLUMN_NUMBERS.test(squash(c.text)));
}

/**
 * Columns from the body's cells: the x-ranges covered by some cell, split where (almost) no cell
 * crosses. A name that runs over its neighbour's gap now and then does not join two columns.
 */
function bodyColumns(cells: readonly Cell[], lineCount: number): Column[] {
  if (cells.length === 0) return [];
  const edges = [...new Set(cells.flatMap((c) => [c.x0, c.x1]))].sort((a, b) => a - b);
  const allowance = Math.floor(lineCount / 10);
  // How many cells cover each segment between two edges, in one sweep: cells started at or before
  // its left edge, less those ended there.
  const starts = cells.map((c) => c.x0).sort((a, b) => a - b);
  const ends = cells.map((c) => c.x1).sort((a, b) => a - b);
  let started = 0;
  let ended = 0;
  const out: Column[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const seg = { x0: edges[i] as number, x1: edges[i + 1] as number };
    while (started < starts.length && (starts[started] as number) <= seg.x0) started++;
    while (ended < ends.length && (ends[ended] as number) <= seg.x0) ended++;
    const cover = started - ended;
    const last = out.at(-1);
    if (cover > allowance) {
      if (last && last.x1 === seg.x0) last.x1 = seg.x1;
      else out.push({ ...seg, left: seg.x0, right: seg.x1 });
    }
  }
  return out;
}

interface HeaderCell extends Span {
  readonly text: string;
  /** The line's y, in text lines down the page (a wrapped header's last line). */
  readonly line: number;
  /** A wrapped header's first line. */
  readonly top?: number;
  readonly page: number;
}

/** Words printed apart in one text item ("政府性基金预算 国有资本经营预算") are two header cells. */
function headerWords(c: Cell): Cell[] {
  const words = c.text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.some((w) => w.length < 3 || !/[\u4e00-\u9fff]/.test(w))) return [c];
  const per = (c.x1 - c.x0) / c.text.length;
  let at = 0;
  return words.map((w) => {
    const start = c.text.indexOf(w, at);
    at = start + w.length;
    return { text: w, x0: c.x0 + start * per, x1: c.x0 + at * per };
  });
}

interface Column {
  x0: number;
  x1: number;
  /** The printed column's edges: half-way to the neighbouring columns' text. */
  left: number;
  right: number;
  leaf?: HeaderCell;
  number?: string;
  /** The column's index before code parts were merged: what header ranges refer to. */
  first?: number;
}

/** A code printed in columns of its parts (类, 款, 项) is one code column, read as one number. */
function mergeCodeParts(columns: Column[]): void {
  columns.forEach((c, i) => {
    c.first = i;
  });
  const part = (c: Column | undefined) => c?.leaf !== undefined && CODE_PART.test(c.leaf.text);
  for (let i = 0; i < columns.length; i++) {
    if (!part(columns[i])) continue;
    let j = i;
    while (part(columns[j + 1])) j++;
    const first = columns[i] as Column;
    const last = columns[j] as Column;
    const { leaf: _, ...rest } = first;
    columns.splice(i, j - i + 1, { ...rest, x1: last.x1, right: last.right });
  }
}

/** Each column reaches half-way to its neighbours, the outer ones to the table's edges. */
function widen(columns: Column[], lo: number, hi: number): void {
  columns.sort((a, b) => a.x0 - b.x0);
  columns.forEach((c, i) => {
    const prev = columns[i - 1];
    const next = columns[i + 1];
    c.left = prev ? (prev.x1 + c.x0) / 2 : Math.min(lo, c.x0);
    c.right = next ? (c.x1 + next.x0) / 2 : Math.max(hi, c.x1);
  });
}

/**
 * Each column's edges fitted to its header: a header is centred in its printed cell, so a cell's
 * right edge lies as far right of the header's centre as its left edge lies left of it. Each edge
 * stays in the gap between the neighbouring columns' text; a column without a header keeps the
 * half-way edges.
 */
function fitEdges(columns: Column[], lo: number, hi: number): void {
  let left = lo;
  columns.forEach((c, i) => {
    const next = columns[i + 1];
    c.left = left;
    if (next) {
      const guess = c.leaf ? 2 * centre(c.leaf) - left : (c.x1 + next.x0) / 2;
      c.right = Math.min(Math.max(guess, c.x1), next.x0);
    } else c.right = Math.max(hi, c.x1, c.leaf ? 2 * centre(c.leaf) - left : hi);
    left = c.right;
  });
}

const within = (c: Column, x: number) => c.left <= x && x < c.right;
const charWidth = (h: Span & { text: string }) => (h.x1 - h.x0) / Math.max(1, h.text.length);


/**
 * Each body column's own header is the lowest header cell nearest its centre. A lowest header cell
 * that is no body column's own heads a column left blank in every row, which is added.
 */
function assignLeaves(columns: Column[], head: readonly HeaderCell[], lo: number, hi: number, text: boolean): void {
  const candidates = head.filter((h) => lowest(head, h, text));
  const taken = new Set<HeaderCell>();
  for (const col of columns) {
    let near = Number.POSITIVE_INFINITY;
    for (const h of candidates) {
      const d = Math.abs(centre(h) - centre(col));
      if (!within(col, centre(h)) || taken.has(h)) continue;
      // Of two about as near (within a character), the lower: a parent can stand as near as the leaf.
      const nearer = !col.leaf || d < near - charWidth(h);
      const asNearAndLower = col.leaf !== undefined && Math.abs(d - near) <= charWidth(h) && h.line > col.leaf.line;
      if (nearer || asNearAndLower) {
        near = d;
        col.leaf = h;
      }
    }
    if (col.leaf) taken.add(col.leaf);
  }
  // A blank column's header stands as low as the body columns' headers; one standing above all of
  // them heads a group of columns whose headers do not reach under it.
  const top = Math.min(...[...taken].map((h) => h.line));
  for (const h of candidates) {
    if (taken.has(h) || h.line < top - 0.5) continue;
    // Two stub headers over one column of words (项目 over 功能分类科目名称): the lower is its own,
    // the higher is printed once over the whole stub, a parent. In pdftotext's text a name's header,
    // centred in its wide cell, can stand right of the names, set flush left, and past their column.
    const gap = (c: Column) => Math.max(c.x0 - centre(h), centre(h) - c.x1, 0);
    const over = isStubHeader(h.text)
      ? columns.filter((c) => c.leaf !== undefined && isStubHeader(c.leaf.text) && c.leaf.line < h.line - 0.5 && gap(c) < 2 * (h.x1 - h.x0)).sort((a, b) => gap(a) - gap(b))[0]
      : undefined;
    if (over) {
      over.leaf = h;
      continue;
    }
    // A header centred over a wide cell can stand past the edge of its narrow column of codes: the
    // nearest body column without a header, within two of its widths, is its column. In pdftotext's
    // text, where codes are set flush left, it can stand further off, alone in the gap beside them:
    // a header over no column's text heads the column without a header next to it.
    const apart = text && columns.every((c) => overlap(c, h) <= 0);
    const next = (c: Column) => !columns.some((o) => o !== c && ((c.x1 <= o.x0 && o.x1 <= h.x0) || (h.x1 <= o.x0 && o.x1 <= c.x0)));
    const beside = columns.filter((c) => !c.leaf && (gap(c) < 2 * (h.x1 - h.x0) || (apart && next(c)))).sort((a, b) => gap(a) - gap(b))[0];
    if (beside) beside.leaf = h;
    else columns.push({ x0: h.x0, x1: h.x1, left: h.x0, right: h.x1, leaf: h });
  }
  widen(columns, lo, hi);
}

/**
 * A header too long for its cell wraps onto the next line ("采购品目大" / "类"): a cell with exactly
 * one cell right under it, a text line below and within its width, is one header with it. A parent
 * has more than one cell under it, or stands further up: header rows are padded (see
 * WRAPPED_LINE).
 */
function joinWrappedHeaders(head: readonly HeaderCell[], text: boolean): HeaderCell[] {
  let cells = [...head];
  for (let changed = true; changed; ) {
    changed = false;
    for (const upper of [...cells].sort((a, b) => a.line - b.line)) {
      // A cell joined already is seen from above at its first line (a parent over two wrapped headers
      // sees both), and goes on from its last (因公出 / 国（境） / 费).
      // In pdftotext's text a header can wrap with a line of other headers between its two lines:
      // a lone character (数 of 机关运行经费预算 / 数) is no header of its own, and a header printed
      // on two lines centred on its siblings' line (事业单位 / 经营收入, between 事业收入 and 其他收入)
      // is one header.
      const flanked = (l: HeaderCell) => {
        const mid = (upper.line + (l.top ?? l.line)) / 2;
        const beside = cells.filter((m) => Math.abs(m.line - mid) < 0.5 && m !== upper && m !== l);
        const left = Math.max(...beside.filter((m) => m.x1 <= Math.min(upper.x0, l.x0)).map((m) => m.x1));
        const right = Math.min(...beside.filter((m) => m.x0 >= Math.max(upper.x1, l.x1)).map((m) => m.x0));
        // Siblings on both sides, and nothing else of its two lines between them (a parent's child,
        // 购置费, has its own siblings 小计 and 运行费 beside it).
        const alone = cells.every((m) => m === upper || m === l || m.x1 <= left || m.x0 >= right || (m.line !== upper.line && m.line !== l.line));
        // A header at the table's left edge (采购品目 / 大类) has its siblings on the right only.
        const edge = cells.every((m) => m.x0 >= Math.min(upper.x0, l.x0));
        return (Number.isFinite(left) || edge) && Number.isFinite(right) && alone && beside.every((m) => overlap(m, upper) <= 0 && overlap(m, l) <= 0);
      };
      // A header's first part that is no header, over a part that makes it a known figure's header
      // (公务用车 / 购置费, 因公出 / 国（境）费), is one header across a line of its siblings, and
      // whatever its width: pdftotext breaks a wrapped header where its cell's text broke. (A stub's
      // parent over its child, 功能分类 over 功能科目名称, makes no figure's header.)
      const word = (l: HeaderCell) => text && keyOf([upper.text]).text === true && AMOUNT_KEYS.has(keyOf([upper.text + l.text]).key);
      const reach = (l: HeaderCell) => (text && (isTail(l.text) || flanked(l) || word(l)) ? 2 * WRAPPED_LINE : WRAPPED_LINE);
      // pdftotext sets each run at the first character column past the runs left of it on the whole
      // page, so a wrapped header's last character, which starts further right on the page than its
      // first part, can be pushed past that part's end (江苏 2017's 采购组织形, at 65–70, / 式, at
      // 71): a lone character starting at most a column past the end of a header above it is that
      // header's end, wherever its centre stands.
      const past = (l: HeaderCell) => text && isTail(l.text) && l.x0 >= upper.x1 && l.x0 - upper.x1 <= 1;
      const under = cells.filter((l) => (l.top ?? l.line) > upper.line && (overlap(upper, l) > 0 || past(l)) && (l.top ?? l.line) - upper.line <= reach(l));
      const lower = under[0];
      if (under.length !== 1 || !lower || ((centre(lower) < upper.x0 || centre(lower) > upper.x1) && !past(lower))) continue;
      // In pdftotext's text every line is one line below the last, so spacing tells nothing there:
      // a narrower cell over a wider one is its parent (支出 over 支出用途), as text fills a line first.
      if (text && upper.x1 - upper.x0 < lower.x1 - lower.x0 && !word(lower)) continue;
      // Both lines of a wrapped header are centred in its cell, one over the other; a cell standing
      // off the centre of the one above by more than a character (项目 under 财政拨款收入) is its child.
      if (text && Math.abs(centre(upper) - centre(lower)) > WRAPPED_OFF_CENTRE && !past(lower)) continue;
      const joined = { ...lower, text: upper.text + lower.text, top: upper.top ?? upper.line, x0: Math.min(upper.x0, lower.x0), x1: Math.max(upper.x1, lower.x1) };
      cells = cells.filter((c) => c !== upper && c !== lower).concat(joined);
      changed = true;
      break;
    }
  }
  return cells;
}

/** How far (in characters) pdftotext can set a wrapped header's lines off each other's centre. */
const WRAPPED_OFF_CENTRE = 1;

/** A single character that is no code part (类 款 项): a header's wrapped end, or one of its spaced letters. */
const isTail = (text: string) => /^[\u4e00-\u9fff]$/.test(text) && !CODE_PART.test(text);

/**
 * Names indented by level (类 at one x, 款 further in) can look like two columns of words. A column
 * of words without a header of its own, beside another column of words that no row shares with it,
 * is the same printed column.
 */
function mergeIndented(columns: Column[], body: readonly Line[], lo: number, hi: number): void {
  const cellsOf = (c: Column) => body.map((l) => l.cells.filter((x) => within(c, centre(x))));
  const words = (c: Column) => cellsOf(c).every((cs) => cs.every((x) => !isAmount(x.text)));
  // A total's name centred in the name column (合计) can stand apart from the names, as a column
  // of its own that took a header; such a column is one of the names' too.
  const totalsOnly = (c: Column) => {
    const texts = cellsOf(c).flat();
    return texts.length > 0 && texts.every((x) => TOTAL.test(squash(x.text)));
  };
  for (let i = 0; i + 1 < columns.length; i++) {
    const a = columns[i] as Column;
    const b = columns[i + 1] as Column;
    const oneHeader = (a.leaf !== undefined) !== (b.leaf !== undefined);
    if ((!oneHeader && !totalsOnly(a) && !totalsOnly(b)) || !words(a) || !words(b)) continue;
    const ca = cellsOf(a);
    const cb = cellsOf(b);
    // Both print words (a header over no cell heads a blank column, no indent), never on one row.
    if (!ca.some((cs) => cs.length > 0) || !cb.some((cs) => cs.length > 0)) continue;
    if (ca.some((cs, k) => cs.length > 0 && (cb[k]?.length ?? 0) > 0)) continue;
    const merged: Column = { ...a, x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), right: b.right };
    // Of two headers, the one nearer the merged column's centre is its own; the other (a header
    // centred past its narrow column of codes) goes to the nearest column without one.
    const [own, other] = [a.leaf, b.leaf].filter((h): h is HeaderCell => h !== undefined).sort((x, y) => Math.abs(centre(x) - centre(merged)) - Math.abs(centre(y) - centre(merged)));
    if (own) merged.leaf = own;
    columns.splice(i, 2, merged);
    if (other) {
      const gap = (c: Column) => Math.max(c.x0 - centre(other), centre(other) - c.x1, 0);
      const beside = columns.filter((c) => !c.leaf && gap(c) < 2 * (other.x1 - other.x0)).sort((x, y) => gap(x) - gap(y))[0];
      if (beside) beside.leaf = other;
    }
    widen(columns, lo, hi);
    i--;
  }
}

/** A header of the stub, the code and name columns (项目, 功能分类科目编码, 科目名称). */
function isStubHeader(text: string): boolean {
  const { key } = keyOf([text]);
  return key === 'code' || key === 'name';
}

/**
 * No header cell of a lower line sits over this one in its column. In pdftotext's text a parent
 * over two narrow columns can stand over neither child, but between them (基本支出 over 人员经费
 * and 公用经费): lower cells of one line on both sides, each within its width, are its children.
 */
function lowest(head: readonly HeaderCell[], h: HeaderCell, text: boolean): boolean {
  if (head.some((o) => o.line > h.line && overlap(o, h) > -charWidth(h))) return false;
  if (!text) return true;
  // pdftotext lays out each page on a character grid of its own: a header broken by a page break
  // (收入 and 支出 at a page's foot, their children on the next) stands over no column of the
  // next page's, and heads the lines below it there.
  if (head.some((o) => o.page > h.page)) return false;
  const reach = h.x1 - h.x0;
  return !head.some(
    (l) => l.line > h.line && l.line - h.line <= 2 * WRAPPED_LINE && l.x1 <= h.x0 && h.x0 - l.x1 <= reach && head.some((r) => Math.abs(r.line - l.line) < 0.5 && r.x0 >= h.x1 && r.x0 - h.x1 <= reach),
  );
}

/**
 * A word printed letter-spaced ("合  计") is one cell: two single characters of one line, closer
 * than three characters' width. The parts of a code (类 款 项) stay apart.
 */
function joinLetters(l: Line): Line {
  const cells: Cell[] = [];
  for (const c of l.cells) {
    const prev = cells.at(-1);
    // pdftotext gives a wide character one column, so its letter-spacing spans more of them; a
    // header spaced across its wide cell (金 / 额 over a column of figures) spans more still, and
    // is known by its word.
    const known = (a: string, b: string) => l.unit === 'char' && keyOf([a + b]).text !== true;
    const reach = (a: string, b: string) => (l.unit === 'char' ? (known(a, b) ? 2 : 1) * 6 : 3);
    if (prev && isTail(prev.text) && isTail(c.text) && c.x0 - prev.x1 < reach(prev.text, c.text) * (c.x1 - c.x0)) cells[cells.length - 1] = { text: prev.text + c.text, x0: prev.x0, x1: c.x1 };
    else cells.push(c);
  }
  return cells.length === l.cells.length ? l : { ...l, cells, text: cells.map((c) => c.text).join(' ') };
}

/**
 * The cells of lines, each a little narrower on both sides (a point on a page, half a character in
 * text): text set flush against a neighbouring column can touch it, and touching is not joining.
 */
function narrowed(lines: readonly Line[]): Cell[] {
  const trim = lines[0]?.unit === 'pt' ? 1 : lines[0]?.unit === 'char' ? 0.5 : 0;
  return lines.flatMap((l) => l.cells.map((c) => (c.x1 - c.x0 > 4 * trim ? { ...c, x0: c.x0 + trim, x1: c.x1 - trim } : c)));
}

/** A cell of a column of figures: a figure, or a dash printed for a zero ("-"). */
const isFigureCell = (c: Cell): boolean => isAmount(c.text) || isDash(c.text);

/** A table's lines by page, in the order of the pages. */
function byPage(body: readonly Line[]): Map<number, Line[]> {
  const pages = new Map<number, Line[]>();
  for (const l of body) {
    const page = pages.get(l.page);
    if (page) page.push(l);
    else pages.set(l.page, [l]);
  }
  return pages;
}

/**
 * pdftotext sets each run of text at the first character column past the runs left of it on the
 * page, so a run it measures against fewer of them stands left of its place, never right of it.
 * A page's last row can come out so (江苏 2019's 政府采购支出预算表, its second page: 其他服务 at
 * column 27, past 经济科目's words, from 19, and short of 采购物品名称's, from 33; the PDF sets it
 * where those stand). A cell of words standing in the gap between two columns of words on its
 * page, over neither's text, belongs to the one on its right, and is set flush left there, as its
 * words are.
 */
function intoGaps(body: readonly Line[]): Line[] {
  if (body[0]?.unit !== 'char') return [...body];
  const moved = new Map<Cell, Cell>();
  for (const lines of byPage(body).values()) {
    const cells = lines.flatMap((l) => l.cells);
    const columns = bodyColumns(narrowed(lines), lines.length);
    const inside = (col: Column) => cells.filter((c) => overlap(col, c) > 0);
    const words = (col: Column) => inside(col).every((c) => !isFigureCell(c));
    for (const l of lines) {
      for (const c of l.cells) {
        if (isFigureCell(c) || columns.some((col) => overlap(col, c) > 0)) continue;
        const left = columns.filter((col) => col.x1 <= c.x0).at(-1);
        const right = columns.find((col) => col.x0 >= c.x1);
        if (!left || !right || !words(left) || !words(right)) continue;
        // A row holding words in that column already has its cell there: this one is no stray.
        if (l.cells.some((o) => o !== c && overlap(right, o) > 0)) continue;
        const x0 = Math.min(...inside(right).map((x) => x.x0));
        moved.set(c, { ...c, x0, x1: x0 + c.x1 - c.x0 });
      }
    }
  }
  if (moved.size === 0) return [...body];
  return body.map((l) => (l.cells.some((c) => moved.has(c)) ? { ...l, cells: l.cells.map((c) => moved.get(c) ?? c) } : l));
}

/**
 * pdftotext lays out each page on a character grid of its own, so a table continued on the next
 * page can stand narrower there. When a later page's body falls into as many columns as the
 * first's, each of its cells is moved by the shift between its column there and on the first page
 * (right edges for figures, which are set flush right; left edges for words). Where the counts
 * differ, a page's figures and its words are each counted and moved on their own: a total's name
 * set over another block's figures (当年支出小计) is a column of words there, not one with them;
 * a page that prints fewer columns of words than the first is matched by their widths
 * (narrowerPage). Each kind is counted on the page's lines that print it: a column that holds only two figures on a
 * page of twenty lines (当年收入小计's and 收入合计's) is a column still, not two cells crossing a gap.
 *
 * A column of figures the first page leaves blank in every row prints only its header there, and
 * pdftotext packs the columns right of it leftwards over its place (江苏 2017's 收支预算总表: page 11
 * prints no 功能分类 figure; its 金额, at 42–44, stands over no cell, and 支出用途's names start at
 * 48; page 12 prints 23,513.11 at 47–56, between 功能科目名称's names and 支出用途's totals). Where a
 * later page prints one such column more than the first, the first page's figures are counted with
 * a column at each lowest header naming an amount that stands over none of its columns, and the
 * page's column there is moved to stand centred under that header, as a header is over its cell.
 */
function alignPages(body: readonly Line[], leaves: readonly HeaderCell[] = []): Line[] {
  if (body[0]?.unit !== 'char') return [...body];
  const pagesOf = byPage(body);
  const pages = [...pagesOf.keys()];
  if (pages.length < 2) return [...body];
  // A total's name is centred in the stub, not set flush left like the names: on a page of short
  // names it stands apart from them, a column of its own that the page's count must not take in.
  const columnsOf = (page: number, keep: (c: Cell) => boolean = () => true) => {
    const lines = (pagesOf.get(page) ?? []).map((l) => ({ ...l, cells: l.cells.filter((c) => !TOTAL.test(squash(c.text)) && keep(c)) })).filter((l) => l.cells.length > 0);
    return bodyColumns(narrowed(lines), lines.length);
  };
  const figures = isFigureCell;
  const words = (c: Cell) => !figures(c);
  const first = columnsOf(pages[0] as number);
  const firstByKind = [columnsOf(pages[0] as number, figures), columnsOf(pages[0] as number, words)] as const;
  // The headers of columns of figures the first page leaves blank, as columns of their own.
  const headed = leaves
    .filter((h) => h.page === pages[0] && AMOUNT_KEYS.has(keyOf([h.text]).key) && first.every((c) => overlap(c, h) <= 0))
    .map((h): Column => ({ x0: h.x0, x1: h.x1, left: h.x0, right: h.x1, leaf: h }));
  const firstWithBlanks = [...firstByKind[0], ...headed].sort((a, b) => a.x0 - b.x0);
  // The words a page prints in each of its columns of words, of those in no other (two cells run
  // together across a gap are not one's).
  const wordsIn = (page: number, cols: readonly Column[]) =>
    cols.map((col) => (pagesOf.get(page) ?? []).flatMap((l) => l.cells.filter((c) => words(c) && !TOTAL.test(squash(c.text)) && cols.filter((o) => overlap(o, c) > 0).length === 1 && overlap(col, c) > 0)));
  const firstWords = wordsIn(pages[0] as number, firstByKind[1]);
  // Each page's columns and the first page's they stand for, for all its cells or by kind.
  const shifts = new Map<number, (c: Cell) => readonly [Column[], Column[]]>();
  for (const p of pages.slice(1)) {
    const own = columnsOf(p);
    const ownFigures = columnsOf(p, figures);
    const blank = ownFigures.length !== firstByKind[0].length && headed.length > 0 && ownFigures.length === firstWithBlanks.length;
    if (own.length === first.length && !blank) {
      shifts.set(p, () => [own, first]);
      continue;
    }
    const figuresTo = blank ? firstWithBlanks : ownFigures.length === firstByKind[0].length ? firstByKind[0] : undefined;
    const ownWords = columnsOf(p, words);
    const wordsTo = ownWords.length === firstByKind[1].length ? firstByKind[1] : narrowerPage(ownWords, firstByKind[1], wordsIn(p, ownWords), firstWords);
    if (figuresTo && wordsTo) shifts.set(p, (c) => (figures(c) ? [ownFigures, figuresTo] : [ownWords, wordsTo]));
  }
  return body.map((l) => {
    const pick = shifts.get(l.page);
    if (!pick) return l;
    const cells = l.cells.map((c) => {
      const [own, first] = pick(c);
      const k = own.findIndex((col) => overlap(col, c) > 0);
      const to = first[k];
      const from = own[k];
      if (!to || !from) return c;
      // A column known only by its header takes the page's column centred under it.
      const d = to.leaf ? centre(to.leaf) - centre(from) : figures(c) ? to.x1 - from.x1 : to.x0 - from.x0;
      return { ...c, x0: c.x0 + d, x1: c.x1 + d };
    });
    return { ...l, cells };
  });
}

/**
 * A later page that leaves a column of words empty in every row prints fewer of them, and pdftotext
 * packs the rest leftwards: where they stand says nothing of which is missing (江苏 2017's
 * 政府采购预算表, page 18: no 采购品目大类, and 专项名称's words start at column 0, where the first
 * page's 采购品目大类 stand). What they hold does. A table repeats its words from page to page
 * (维修（护）费, 会议费, 印刷费 under 经济科目 on both), so a column is first the first page's one it
 * shares the most words with; and the PDF wraps a cell's words at its column's width, the same on
 * every page (信息网络建设维 / 护费 and 审判专项业务费, 7 characters; 信息网络及软件购 and 公务用车运行维护,
 * 8), so among those, the one whose widest words differ least from its own. The page's columns are
 * the first page's so matched, in order. Undefined when the page prints more columns than the first.
 */
function narrowerPage(own: readonly Column[], first: readonly Column[], ownCells: readonly (readonly Cell[])[], firstCells: readonly (readonly Cell[])[]): Column[] | undefined {
  if (own.length > first.length) return undefined;
  const widest = (cells: readonly Cell[]) => Math.max(0, ...cells.map((c) => c.x1 - c.x0));
  const texts = (cells: readonly Cell[]) => new Set(cells.map((c) => squash(c.text)));
  const [ow, fw] = [ownCells.map(widest), firstCells.map(widest)];
  const [ot, ft] = [ownCells.map(texts), firstCells.map(texts)];
  // A word shared outweighs any difference of widths: no column is a hundred characters wide.
  const costOf = (i: number, j: number) => Math.abs((ow[i] ?? 0) - (fw[j] ?? 0)) - 100 * [...(ot[i] ?? [])].filter((t) => ft[j]?.has(t)).length;
  // cost[i][j]: the least cost of matching own's first i columns within first's first j, in order
  // (an alignment, so quadratic however many columns a header has).
  const cost: number[][] = Array.from({ length: own.length + 1 }, (_, i) => Array.from({ length: first.length + 1 }, () => (i === 0 ? 0 : Number.POSITIVE_INFINITY)));
  for (let i = 1; i <= own.length; i++) {
    for (let j = i; j <= first.length; j++) {
      const take = (cost[i - 1]?.[j - 1] ?? Number.POSITIVE_INFINITY) + costOf(i - 1, j - 1);
      const skip = cost[i]?.[j - 1] ?? Number.POSITIVE_INFINITY;
      (cost[i] as number[])[j] = Math.min(take, skip);
    }
  }
  // Back from the end; a tie goes to the earlier column of the first page.
  const picked: number[] = [];
  for (let i = own.length, j = first.length; i > 0; j--) {
    const here = cost[i]?.[j] ?? Number.POSITIVE_INFINITY;
    if (j > i && (cost[i]?.[j - 1] ?? Number.POSITIVE_INFINITY) === here) continue;
    picked.unshift(j - 1);
    i--;
  }
  return picked.map((j) => first[j] as Column);
}

/**
 * In pdftotext's text cells are runs two spaces apart, so a code's last part set a single space
 * before its name ("01 行政运行") comes out as one cell, and would join the code's column to the
 * names'. Where the header prints the code in columns of its parts (类 款 项), such a cell is the
 * part and the name: two cells. (On a PDF page the runs keep their own edges: splitAcross.)
 */
function splitCodeParts(body: readonly Line[], headLines: readonly Line[]): Line[] {
  if (body[0]?.unit !== 'char' || !headLines.some((l) => l.cells.some((c) => CODE_PART.test(c.text)))) return [...body];
  return body.map((l) => {
    if (!l.cells.some((c) => CODE_THEN_NAME.test(c.text))) return l;
    const cells = l.cells.flatMap((c): Cell[] => {
      const m = CODE_THEN_NAME.exec(c.text);
      if (!m) return [c];
      const [, code = '', name = ''] = m;
      const at = c.x1 - [...name].length;
      return [
        { text: code, x0: c.x0, x1: c.x0 + code.length },
        { text: name, x0: at, x1: c.x1 },
      ];
    });
    return { ...l, cells, text: cells.map((c) => c.text).join(' ') };
  });
}

/**
 * pdftotext keeps two spaces between cells where it can, and one where a cell's words fill their
 * column: two cells a single space apart come out as one run (江苏 2017's 政府采购预算表, page 18:
 * 租赁服务（不带操作员） at 21–32 and 政府集中采购 at 33–39, where the page's other rows set
 * 采购物品名称's words at 21–31 at the widest and 采购组织形式's at 34–40). Such a run is split as on
 * a PDF page (splitAcross), against its own page's columns, where each of its space-separated parts
 * lies in a column of its own.
 */
function splitSpaced(body: readonly Line[]): Line[] {
  if (body[0]?.unit !== 'char') return [...body];
  const split = new Map<Cell, readonly Cell[]>();
  for (const lines of byPage(body).values()) {
    const all = lines.flatMap((l) => l.cells);
    const columns = bodyColumns(narrowed(lines), lines.length);
    widen(columns, Math.min(...all.map((c) => c.x0)), Math.max(...all.map((c) => c.x1)));
    for (const c of all) {
      if (!c.text.includes(' ')) continue;
      let at = 0;
      const pieces = c.text.split(' ').map((t) => {
        const x0 = c.x0 + [...c.text.slice(0, c.text.indexOf(t, at))].length;
        at = c.text.indexOf(t, at) + t.length;
        return { text: t, x0, x1: x0 + [...t].length };
      });
      const parts = splitAcross({ ...c, pieces }, columns);
      if (parts.length > 1) split.set(c, parts);
    }
  }
  if (split.size === 0) return [...body];
  return body.map((l) => {
    if (!l.cells.some((c) => split.has(c))) return l;
    const cells = l.cells.flatMap((c) => split.get(c) ?? [c]);
    return { ...l, cells, text: cells.map((c) => c.text).join(' ') };
  });
}

/** A code's part (two or three digits), one space, and a name that is no figure. */
const CODE_THEN_NAME = /^(\d{2,3}) ([^\d\s,.-].*)$/;

/**
 * pdftotext keeps two spaces between cells where it can, and one where a cell's text fills its
 * width: a figure and words a single space apart ("91,016,775.35 一、一般公共服务支出", split by
 * splitMixed) were squeezed together, off their columns. They are placed, but do not shape the
 * columns.
 */
function unsqueezed(l: Line): Line {
  if (l.unit !== 'char') return l;
  const squeezed = (a: Cell | undefined, b: Cell | undefined) => a !== undefined && b !== undefined && b.x0 - a.x1 <= 1 && MONEY.test(a.text) !== MONEY.test(b.text);
  const cells = l.cells.filter((c, i) => !squeezed(l.cells[i - 1], c) && !squeezed(c, l.cells[i + 1]));
  return cells.length === l.cells.length ? l : { ...l, cells };
}

/** A table continued on the next page prints its header again: those lines are not rows. */
function withoutRepeatedHeaders(body: readonly Line[], headLines: readonly Line[]): Line[] {
  const words = new Set(headLines.flatMap((l) => l.cells.flatMap(headerWords).map((c) => squash(c.text))));
  const isHeader = (l: Line) => l.cells.flatMap(headerWords).every((c) => words.has(squash(c.text)));
  const out: Line[] = [];
  let continued = false;
  body.forEach((l, i) => {
    if (i > 0 && l.page !== body[i - 1]?.page) continued = true;
    if (continued && isHeader(l)) return;
    continued = false;
    out.push(l);
  });
  return out;
}

/** Places a table's lines into columns and rows; block tables are split into their blocks. */
export interface PlaceOptions {
  /** Blocks side by side (收支总表 and the like). */
  readonly blocks?: boolean;
  /** Columns of words are named by their headers, not read as a row's name (政府采购表). */
  readonly textColumns?: boolean;
}

export function placeTable(lines: readonly Line[], options: PlaceOptions = {}): PlacedTable {
  const unplaced: Unplaced[] = [];
  const { columns, paths: printed, body } = lines[0]?.unit === 'tab' ? tabHeader(lines) : printedHeader(lines, unplaced);
  const shape = stubShape(body, columns);
  let paths: readonly string[][] = printed;
  let grid = keyedColumns(columns, paths, options.textColumns === true, shape);
  if (options.blocks) {
    paths = alignBlockHeadings(printed, blockStarts(grid));
    if (paths !== printed) grid = keyedColumns(columns, paths, options.textColumns === true, shape);
  }
  const placed = body.map((l) => rowCells(l, columns, unplaced));
  // The blocks whose expenditure totals moved, with their figures, to the next block's row.
  const follow = new Set<number>();
  if (options.blocks) for (const r of placed) nameOverBlocks(r, grid, follow, (b, name) => CARRIED_TOTAL.test(name) && follow.add(b));
  const cells = placed.map((r, i) => amountsOnly(options.blocks ? nameOverBlocks(r, grid, follow) : r, grid, body[i]?.page ?? 0, unplaced, options.textColumns === true));
  // Wrapped words are joined block by block; a table of one grid is one block.
  const starts = options.blocks ? blockStarts(grid) : [0];
  starts.forEach((from, k) => {
    joinWrapped(cells, grid, body, columns, from, starts[k + 1] ?? grid.length);
  });
  const rows = groupRows(
    cells.map((c, i) => ({ cells: c, page: body[i]?.page ?? 0 })),
    grid,
  );
  if (!options.blocks) {
    const columns = uniqueKeys(grid);
    return { kind: 'grid', columns, ...rowsOf(rows, columns, 0, grid.length), unplaced };
  }
  return { kind: 'blocks', blocks: splitBlocks(grid, paths, rows), unplaced };
}

interface Header {
  readonly columns: Column[];
  /** Each column's printed header, top line first. */
  readonly paths: string[][];
  readonly body: Line[];
}

/** The header of a table laid out on the page (PDF, `pdftotext -layout`): see the module note. */
function printedHeader(printed: readonly Line[], unplaced: Unplaced[]): Header {
  const lines = printed.map(joinLetters);
  let start = lines.findIndex(isDataLine);
  // A table without figures still prints its total row ("合计") under the header.
  if (start < 0 && lines.length > 1 && TOTAL.test(squash(lines.at(-1)?.text ?? ''))) start = lines.length - 1;
  const headLines = start < 0 ? lines : lines.slice(0, start);
  const numberLine = headLines.find(isNumberLine);
  const raw: HeaderCell[] = headLines.flatMap((l) =>
    l === numberLine ? [] : l.cells.flatMap(headerWords).map((c) => ({ text: squash(c.text), x0: c.x0, x1: c.x1, line: l.y, page: l.page })),
  );
  const head = joinWrappedHeaders(raw, lines[0]?.unit === 'char');
  const body = alignPages(
    intoGaps(splitSpaced(start < 0 ? [] : splitCodeParts(withoutRepeatedHeaders(lines.slice(start), headLines), headLines))),
    head.filter((h) => lowest(head, h, lines[0]?.unit === 'char')),
  );
  const all = lines.flatMap((l) => l.cells);
  const lo = Math.min(...all.map((c) => c.x0));
  const hi = Math.max(...all.map((c) => c.x1));
  const columns = bodyColumns(narrowed(body.map(unsqueezed)), body.length);
  widen(columns, lo, hi);
  assignLeaves(columns, head, lo, hi, lines[0]?.unit === 'char');
  mergeIndented(columns, body, lo, hi);
  fitEdges(columns, lo, hi);
  const leaves = new Set(columns.flatMap((c) => (c.leaf ? [c.leaf] : [])));
  const ranges = parentRanges(
    columns,
    head.filter((h) => !leaves.has(h)),
    unplaced,
    lines[0]?.unit === 'char',
  );
  if (numberLine)
    for (const c of numberLine.cells) {
      const col = columns.find((x) => within(x, centre(c)));
      if (col && /^\d+$/.test(c.text)) col.number = c.text;
    }
  mergeCodeParts(columns);
  const paths = columns.map((col, i) => {
    const parents = ranges.filter((r) => r.from <= (col.first ?? i) && (col.first ?? i) <= r.to).sort((a, b) => a.cell.line - b.cell.line);
    const path = parents.map((p) => p.cell);
    if (col.leaf) path.push(col.leaf);
    // A header wrapped onto the next line: a single-column parent just above its leaf.
    for (let k = path.length - 2; k >= 0; k--) {
      const upper = path[k] as HeaderCell;
      const lower = path[k + 1] as HeaderCell;
      const r = ranges.find((x) => x.cell === upper);
      if (r && r.from === r.to && lower.line - upper.line <= WRAPPED_LINE) {
        path.splice(k, 2, { ...lower, text: upper.text + lower.text, line: upper.line });
      }
    }
    return path.map((p) => p.text);
  });
  return { columns, paths, body };
}

/**
 * The header of a table extracted cell by cell (the reference's tab-separated text): a merged
 * header cell stands in the first column it spans and reaches to the next cell of its line, or to
 * the end of the cell above it. The header ends where every column has a cell of its own.
 */
function tabHeader(lines: readonly Line[]): Header {
  const count = Math.max(...lines.flatMap((l) => l.cells.map((c) => Math.round(c.x0 / 100)))) + 1;
  const paths: string[][] = Array.from({ length: count }, () => []);
  // The span of the lowest header cell over each column so far.
  const spans: [number, number][] = Array.from({ length: count }, () => [0, count - 1]);
  const closed = () => spans.every(([a, b]) => a === b) && paths.every((p) => p.length > 0);
  let at = 0;
  while (at < lines.length && !closed()) {
    const l = lines[at] as Line;
    // A figure ends the header even if a column never got one (a blank column heading).
    if (at > 0 && isDataLine(l)) break;
    const starts = l.cells.map((c) => Math.round(c.x0 / 100));
    l.cells.forEach((c, k) => {
      const from = starts[k] as number;
      const parent = spans[from] as [number, number];
      const to = Math.min(parent[1], (starts[k + 1] ?? count) - 1);
      for (let i = from; i <= to; i++) {
        (paths[i] as string[]).push(squash(c.text));
        spans[i] = [from, to];
      }
    });
    at++;
  }
  const columns: Column[] = paths.map((_, i) => ({ x0: i * 100, x1: i * 100 + 99, left: i * 100, right: i * 100 + 100 }));
  const numbers = lines[at];
  if (numbers && isNumberLine(numbers)) {
    for (const c of numbers.cells) {
      const col = columns[Math.round(c.x0 / 100)];
      if (col && /^\d+$/.test(c.text)) col.number = c.text;
    }
    at++;
  }
  return { columns, paths, body: lines.slice(at) };
}

/**
 * A category cell merged down its rows (Jiangsu's 收入预算总表: 一般公共预算资金 over 小计,
 * 公共财政拨款（补助）资金 and 专项收入) is printed once, centred. Each category begins with its
 * 小计: the category printed between one 小计 and the next is every one of those rows'.
 */
function groupRows(rows: BodyRow[], grid: readonly GridColumn[]): BodyRow[] {
  const group = grid.findIndex((c) => c.key === 'group');
  const name = grid.findIndex((c) => c.key === 'name');
  if (group < 0 || name < 0) return rows;
  const segments: BodyRow[][] = [];
  const before: BodyRow[] = [];
  for (const r of rows) {
    if (r.cells[name] === '小计') segments.push([]);
    const current = segments.at(-1);
    if (current) current.push(r);
    else before.push(r);
  }
  const out = [...before];
  for (const seg of segments) {
    const text = seg.map((r) => r.cells[group]).filter((t): t is string => t !== undefined).join('');
    for (const r of seg) {
      // A line holding only the category is no row of its own.
      if (r.cells.every((v, k) => k === group || v === undefined)) continue;
      const cells = [...r.cells];
      if (text !== '') cells[group] = text;
      out.push({ ...r, cells });
    }
  }
  return out;
}

/** A body row's cells by column, and the page it was printed on. */
interface BodyRow {
  readonly cells: (string | undefined)[];
  readonly page: number;
}

function rowsOf(rows: readonly BodyRow[], columns: readonly GridColumn[], from: number, to: number): { rows: GridRow[]; pages: number[] } {
  const out: GridRow[] = [];
  const pages: number[] = [];
  for (const r of rows) {
    for (const row of toRow(r.cells.slice(from, to), columns)) {
      out.push(row);
      pages.push(r.page);
    }
  }
  return { rows: out, pages };
}

/**
 * Words too long for their cell wrap onto the next line, and the row's other cells may be centred
 * between the parts: a line holding only words in a block is joined to the row it belongs to. On a
 * PDF page a wrapped line stands closer to its row than rows stand to each other (any column of
 * words); in text, a name wraps when it filled its cell.
 */
function joinWrapped(cells: (string | undefined)[][], grid: readonly GridColumn[], body: readonly Line[], columns: readonly Column[], from: number, to: number): void {
  // Cells extracted one by one are whole: nothing wraps.
  if (body[0]?.unit === 'tab') return;
  if (body[0]?.unit === 'pt') joinWrappedOnPage(cells, grid, body, columns, from, to);
  else {
    joinAroundInText(cells, grid, body, from, to);
    mergedDownInText(cells, grid, body, from, to);
    carriedInText(cells, grid, body, columns, from, to);
    joinWrappedInText(cells, grid, body, columns, from, to);
  }
}

/** Where a column's widest words end, over the whole table: where its cells wrap in text. */
const widestEnd = (body: readonly Line[], col: Column): number => Math.max(...body.flatMap((l) => l.cells.filter((c) => within(col, centre(c))).map((c) => c.x1)));

/** Whether a cell reaches that end, to within a character and a half: a line wrapped, not ended. */
const reaches = (c: Cell | undefined, edge: number): boolean => c !== undefined && c.x1 >= edge - 1.5 * charWidth(c);

/**
 * What the rules that join wrapped rows ask of a block's columns [from, to): whether column k is
 * the block's own (a merged group cell is no part of a row's own cells), whether it holds words,
 * which of them row i fills, and whether the block is a table of words (政府采购).
 */
function rowScope(cells: readonly (readonly (string | undefined)[])[], grid: readonly GridColumn[], from: number, to: number) {
  const own = (k: number) => k >= from && k < to && grid[k]?.key !== 'group';
  const words = (k: number) => STUB_KEYS.has(grid[k]?.key ?? '') || grid[k]?.kind === 'text';
  const parts = (i: number) => (cells[i] ?? []).flatMap((v, k) => (own(k) && v !== undefined ? [k] : []));
  const wordsTable = grid.some((c, k) => own(k) && c.kind === 'text');
  return { own, words, parts, wordsTable };
}

/** A table that prints a space between digits and Chinese ("20 万") keeps it where a line broke there. */
function joinerOf(body: readonly Line[]): (a: string, b: string) => string {
  const spaced = body.some((l) => l.cells.some((c) => /[0-9A-Za-z] [\u4e00-\u9fff]|[\u4e00-\u9fff] [0-9A-Za-z]/.test(c.text)));
  return (a, b) => (spaced && ((/[0-9A-Za-z]$/.test(a) && /^[\u4e00-\u9fff]/.test(b)) || (/[\u4e00-\u9fff]$/.test(a) && /^[0-9A-Za-z]/.test(b))) ? `${a} ${b}` : `${a}${b}`);
}

/**
 * In pdftotext's text, where lines are evenly spaced, a row of a table of words (政府采购) whose
 * cells wrapped is printed around its figures: its cells' first parts on the line just above, their
 * ends on the line just below (信息网络建设维护 / 676.00 / 费). A line of words only above a row
 * with figures, in columns the row leaves empty (or fills with a three-line cell's middle, whose
 * end is then below), and one of words only below, in columns the line above holds too, are that
 * row's.
 */
function joinAroundInText(cells: (string | undefined)[][], grid: readonly GridColumn[], body: readonly Line[], from: number, to: number): void {
  const { words, parts, wordsTable } = rowScope(cells, grid, from, to);
  if (!wordsTable) return;
  const wordsOnly = (i: number) => parts(i).length > 0 && parts(i).every(words);
  const y = (i: number) => body[i]?.y ?? Number.NaN;
  const join = joinerOf(body);
  for (let i = 1; i + 1 < cells.length; i++) {
    if (y(i - 1) !== y(i) - 1 || y(i + 1) !== y(i) + 1) continue;
    if (!wordsOnly(i - 1) || !wordsOnly(i + 1) || parts(i).length === 0 || wordsOnly(i)) continue;
    // The line above may be the tail of the row before it, printed around its own figures (信息网络
    // 建设 / 维护运行保障 690.00 / 费): a row with figures right above, holding those columns, keeps it.
    // Only a row printed around its figures has a tail, its first part on the line above it: a row
    // printed on one line (PC 服务器 政府集中采购 68.00) leaves the words under it to the next row
    // (台式计算机（20 万 / 政府集中采购 99.00 / 以上）).
    const inColumnsOf = (j: number) => parts(i - 1).every((k) => parts(j).includes(k));
    if (y(i - 2) === y(i - 1) - 1 && !wordsOnly(i - 2) && inColumnsOf(i - 2) && y(i - 3) === y(i - 2) - 1 && wordsOnly(i - 3) && inColumnsOf(i - 3)) continue;
    const above = cells[i - 1] as (string | undefined)[];
    const below = cells[i + 1] as (string | undefined)[];
    const row = cells[i] as (string | undefined)[];
    const a = parts(i - 1);
    // A cell of three lines holds its middle one on the row's own line (计算机设备维修和保养 /
    // 服务及网络设备维修 分散自行组织 606.00 / 服务): its three parts are one, the last below.
    if (!parts(i + 1).every((k) => a.includes(k)) || a.some((k) => row[k] !== undefined && below[k] === undefined)) continue;
    for (const k of a) {
      const first = row[k] === undefined ? (above[k] ?? '') : join(above[k] ?? '', row[k] ?? '');
      row[k] = below[k] === undefined ? first : join(first, below[k] ?? '');
      above[k] = undefined;
      below[k] = undefined;
    }
    i++;
  }
}

/**
 * In pdftotext's text, where lines are evenly spaced, a cell merged down two rows of a table of
 * words is printed once, centred between them: on a line of its own, one line below the first
 * row's and one above the second's (江苏 2017's 政府采购预算表: 物业管理服务 between 部门集中采购
 * 430.00 and 分散自行组织 40.00), as on a PDF page. A line of words only, right between two rows with
 * figures that both leave its columns empty, is each row's.
 */
function mergedDownInText(cells: (string | undefined)[][], grid: readonly GridColumn[], body: readonly Line[], from: number, to: number): void {
  const { words, parts, wordsTable } = rowScope(cells, grid, from, to);
  if (!wordsTable) return;
  const y = (i: number) => body[i]?.y ?? Number.NaN;
  for (let i = 1; i + 1 < cells.length; i++) {
    const r = cells[i] as (string | undefined)[];
    const mine = parts(i);
    if (mine.length === 0 || !mine.every(words) || mine.some((k) => ROW_START.test(r[k] ?? ''))) continue;
    if (y(i - 1) !== y(i) - 1 || y(i + 1) !== y(i) + 1) continue;
    const rows = [cells[i - 1], cells[i + 1]] as (string | undefined)[][];
    if (![i - 1, i + 1].every((j) => parts(j).some((k) => !words(k)) && mine.every((k) => cells[j]?.[k] === undefined))) continue;
    for (const k of mine) {
      for (const row of rows) row[k] = r[k];
      r[k] = undefined;
    }
  }
}

/**
 * In pdftotext's text a row of a table of words split by a page break ends on the next page's first
 * line (江苏 2017's 政府采购预算表: page 17 ends on 应用软件购建费 / 信息网络及软件购 / 606.00, page 18
 * opens on 置更新, under it). A line of words only that opens a page, and that no row printed
 * around its figures took as its first part, ends the cells of the row that closed the page before,
 * where those filled their column (to within a character and a half of its widest words), as a
 * wrapped cell does; on a PDF page see joinWrappedOnPage.
 */
function carriedInText(cells: (string | undefined)[][], grid: readonly GridColumn[], body: readonly Line[], columns: readonly Column[], from: number, to: number): void {
  const { words, parts, wordsTable } = rowScope(cells, grid, from, to);
  if (!wordsTable) return;
  // Each column's widest end, once per column, not per line.
  const edges = new Map<number, number>();
  const fills = (l: Line, k: number) => {
    const col = columns[k];
    if (!col) return false;
    const edge = edges.get(k) ?? widestEnd(body, col);
    edges.set(k, edge);
    return reaches(l.cells.filter((x) => within(col, centre(x))).at(-1), edge);
  };
  const join = joinerOf(body);
  let prev: number | undefined;
  for (let i = 0; i < cells.length; i++) {
    const mine = parts(i);
    if (mine.length === 0) continue;
    const r = cells[i] as (string | undefined)[];
    const before = prev === undefined ? undefined : (cells[prev] as (string | undefined)[]);
    // A row on the very next line holding words in the same columns is the row this line opens
    // (计算机设备维修和保养 / 服务及网络设备维修 分散自行组织 606.00 / 服务), not the end of the last.
    const opensNext = body[i + 1]?.y === (body[i] as Line).y + 1 && mine.some((k) => cells[i + 1]?.[k] !== undefined);
    const carried =
      before !== undefined &&
      prev !== undefined &&
      (body[i] as Line).page !== (body[prev] as Line).page &&
      mine.every(words) &&
      !opensNext &&
      !mine.some((k) => ROW_START.test(r[k] ?? '')) &&
      mine.every((k) => before[k] !== undefined && fills(body[prev as number] as Line, k));
    if (carried) {
      for (const k of mine) {
        before[k] = join(before[k] ?? '', r[k] ?? '');
        r[k] = undefined;
      }
      continue;
    }
    prev = i;
  }
}

/**
 * On a page: a line holding only words (a name, a 政府采购 item, no figure) that does not start a
 * row is the wrapped part of the row nearest to it, above or below, when that row stands closer
 * than rows stand to each other. Each word goes to its own column of that row.
 */
function joinWrappedOnPage(cells: (string | undefined)[][], grid: readonly GridColumn[], body: readonly Line[], columns: readonly Column[], from: number, to: number): void {
  const { words, parts: partsOf, wordsTable } = rowScope(cells, grid, from, to);
  const inScope = (i: number) => partsOf(i).length > 0;
  const figuresOn = (i: number) => partsOf(i).some((k) => !words(k));
  // Words that reach their cell's right edge, less two characters: a line the page broke, not ended.
  const fills = (l: Line, k: number) => {
    const col = columns[k];
    const c = col && l.cells.filter((x) => within(col, centre(x))).at(-1);
    return c !== undefined && col !== undefined && c.x1 >= col.right - 2 * charWidth(c);
  };
  // Rows stand a pitch apart: the usual step between lines of a line or more. (Where every row is
  // wrapped a line below its figures, steps alone cannot tell rows from wraps: a known limit.)
  const steps = cells
    .flatMap((_, i) => (inScope(i) ? [(body[i] as Line).y] : []))
    .map((y, k, ys) => (k === 0 ? 0 : y - (ys[k - 1] as number)))
    .filter((d) => d >= 1)
    .sort((a, b) => a - b);
  const pitch = steps[Math.floor(steps.length / 2)] ?? 1;
  const y = (i: number) => (body[i] as Line).y;
  const close = (d: number) => d < CLOSE * pitch;
  const join = joinerOf(body);
  let prev: number | undefined;
  for (let i = 0; i < cells.length; i++) {
    if (!inScope(i)) continue;
    const r = cells[i] as (string | undefined)[];
    const parts = partsOf(i);
    // A line of words only is part of a row printed around its figures; one that starts a row
    // ("三、单位预留机动经") can only be the first part, of the row just below.
    const opens = parts.some((k) => ROW_START.test(r[k] ?? ''));
    const fragment = parts.length > 0 && parts.every(words);
    if (fragment) {
      const next = i + 1 < cells.length && inScope(i + 1) ? i + 1 : undefined;
      const dNext = next === undefined ? Number.POSITIVE_INFINITY : y(next) - y(i);
      const dPrev = prev === undefined ? Number.POSITIVE_INFINITY : y(i) - y(prev);
      // The row below takes a first part in front of what it holds: a name over three lines
      // (其他一般公共 / 服务支出项目 20.00 / 经费) is read top to bottom.
      const free = next !== undefined && parts.every((k) => cells[next]?.[k] === undefined || figuresOn(next));
      // A cell merged down two rows prints its words midway between them, and is each row's
      // (江苏 2017's 物业管理服务, over 部门集中采购 430.00 and 分散自行组织 40.00).
      const both =
        free &&
        !opens &&
        prev !== undefined &&
        close(dNext) &&
        close(dPrev) &&
        Math.abs(dNext - dPrev) < MIDWAY * pitch &&
        figuresOn(prev) &&
        figuresOn(next as number) &&
        parts.every((k) => cells[prev as number]?.[k] === undefined && cells[next as number]?.[k] === undefined);
      if (both) {
        for (const k of parts) {
          (cells[prev as number] as (string | undefined)[])[k] = r[k];
          (cells[next as number] as (string | undefined)[])[k] = r[k];
          r[k] = undefined;
        }
        continue;
      }
      const toNext = free && close(dNext) && (dNext <= dPrev || opens);
      // A page break can split a row: in a table of words whose every row has a figure (政府采购),
      // a line of words that opens a page and is no first part of the row below ends the cells of
      // the row that closed the page before (江苏 2017's 信息网络及软件购 / 置更新).
      const carried =
        !toNext &&
        wordsTable &&
        !opens &&
        prev !== undefined &&
        (body[i] as Line).page !== (body[prev] as Line).page &&
        !(next !== undefined && close(dNext)) &&
        parts.every((k) => cells[prev as number]?.[k] !== undefined && fills(body[prev as number] as Line, k));
      const toPrev = !toNext && !opens && prev !== undefined && (close(dPrev) || carried);
      if (toNext || toPrev) {
        const target = cells[(toNext ? next : prev) as number] as (string | undefined)[];
        for (const k of parts) {
          target[k] = toNext ? (target[k] === undefined ? r[k] : join(r[k] ?? '', target[k] ?? '')) : join(target[k] ?? '', r[k] ?? '');
          r[k] = undefined;
        }
        continue;
      }
    }
    prev = i;
  }
}

/**
 * In pdftotext's text, where lines are evenly spaced: a line holding only a name is joined to the
 * row below when that row has figures but no name (the name's first part, centred above them), or,
 * when it does not start a row, to the row above when that row's name filled its cell.
 */
function joinWrappedInText(cells: (string | undefined)[][], grid: readonly GridColumn[], body: readonly Line[], columns: readonly Column[], from: number, to: number): void {
  const name = grid.findIndex((c, i) => i >= from && i < to && c.key === 'name');
  if (name < 0) return;
  const col = columns[name] as Column;
  const edge = widestEnd(body, col);
  const { own, parts } = rowScope(cells, grid, from, to);
  const inScope = (i: number) => parts(i).length > 0;
  const onlyName = (i: number) => {
    const r = cells[i] ?? [];
    return r[name] !== undefined && r.every((v, k) => k === name || !own(k) || v === undefined);
  };
  const filled = (i: number) => reaches(body[i]?.cells.find((c) => within(col, centre(c))), edge);
  // The line whose name each line's name now carries on.
  const nameLine = new Map<number, number>();
  let prev: number | undefined;
  for (let i = 0; i < cells.length; i++) {
    if (!inScope(i)) continue;
    const r = cells[i] as (string | undefined)[];
    const text = r[name] as string;
    // A name that starts a row ("三、单位预留机动经") can only be a first part, of the row below.
    const opens = ROW_START.test(text ?? '');
    if (onlyName(i)) {
      const next = cells[i + 1];
      // The row below takes it only where its stub holds nothing but a code (合计 set in the code
      // column is a total, whose figures no name's end may take).
      const stubFree = grid.every((c, k) => !own(k) || !STUB_KEYS.has(c.key) || next?.[k] === undefined || (c.key === 'code' && CODE.test(next[k] ?? '')));
      if (next && next[name] === undefined && inScope(i + 1) && stubFree) {
        next[name] = text;
        nameLine.set(i + 1, i);
        r[name] = undefined;
        continue;
      }
      const before = prev === undefined ? undefined : (cells[prev] as (string | undefined)[]);
      if (!opens && before && prev !== undefined && before[name] !== undefined && filled(nameLine.get(prev) ?? prev)) {
        before[name] = `${before[name]}${text}`;
        nameLine.set(prev, i);
        r[name] = undefined;
        continue;
      }
    }
    prev = i;
  }
}

/** Expenditure-side totals and carry-over, which a two-block expenditure side prints across both. */
const CARRIED_TOTAL = /^(结转下年|年终结转|支出合计|支出总计|当年支出小计|本年支出合计)/;

/**
 * A total's name centred across two blocks (Jiangsu's 当年支出小计, printed over the 功能分类
 * block's figures) belongs to the next block's row, when that row has no name. `follow` holds the
 * blocks whose totals moved so, with their figures; `moved` hears of each such move.
 */
function nameOverBlocks(cells: (string | undefined)[], grid: readonly GridColumn[], follow: ReadonlySet<number>, moved?: (block: number, name: string) => void): (string | undefined)[] {
  const out = [...cells];
  out.forEach((text, i) => {
    const col = grid[i];
    if (text === undefined || !col || col.kind === 'text' || STUB_KEYS.has(col.key) || isDash(text) || isAmount(text)) return;
    const next = grid.findIndex((c, j) => j > i && c.key === 'name');
    if (next < 0 || out[next] !== undefined) return;
    out[next] = text;
    out[i] = undefined;
  });
  // A total's name printed in one block's name column, its figures only in the next block's
  // (江苏 2018's 当年支出小计 under 功能分类, its figure under 支出用途), is the next block's row.
  const starts = blockStarts(grid);
  const nameIn = (b: number) => grid.findIndex((c, j) => j >= (starts[b] ?? grid.length) && j < (starts[b + 1] ?? grid.length) && c.key === 'name');
  const figuresIn = (b: number) => out.some((v, j) => v !== undefined && j >= (starts[b] ?? grid.length) && j < (starts[b + 1] ?? grid.length) && AMOUNT_KEYS.has(grid[j]?.key ?? ''));
  starts.forEach((_, b) => {
    const name = nameIn(b);
    const next = nameIn(b + 1);
    // A numbered name (三、国防支出) is its own block's row, figures or not.
    if (name < 0 || next < 0 || out[name] === undefined || out[next] !== undefined || NUMBERED.test(out[name] ?? '')) return;
    // Without figures on either side, only the expenditure side's carry-over and totals follow,
    // and only where the totals with figures moved (江苏 2018's 结转下年资金, across both blocks).
    if (figuresIn(b) || (!figuresIn(b + 1) && !(follow.has(b) && CARRIED_TOTAL.test(out[name] ?? '')))) return;
    if (figuresIn(b + 1)) moved?.(b, out[name] ?? '');
    out[next] = out[name];
    out[name] = undefined;
  });
  return out;
}

function best<T extends Span>(columns: readonly T[], s: Span): T | undefined {
  let out: T | undefined;
  let most = 0;
  for (const c of columns) {
    const o = overlap(c, s);
    if (o > most) {
      most = o;
      out = c;
    }
  }
  if (out) return out;
  // No overlap: the nearest column by centre.
  let near = Number.POSITIVE_INFINITY;
  for (const c of columns) {
    const d = Math.abs(centre(c) - centre(s));
    if (d < near) {
      near = d;
      out = c;
    }
  }
  return out;
}

interface Range {
  readonly cell: HeaderCell;
  readonly from: number;
  readonly to: number;
}

/**
 * Parent header cells, each given the run of columns it is centred on: a run of columns whose own
 * headers are lower, holding every column the parent stands over. Runs nest like the printed
 * header: a run either holds another from a line above it, or lies apart from it. A run of one column is a header wrapped over its leaf. Column
 * edges are estimates, so the runs are chosen together, for the least total distance between
 * each parent's centre and its run's.
 */
function parentRanges(columns: readonly Column[], parents: readonly HeaderCell[], unplaced: Unplaced[], text: boolean): Range[] {
  const options = parents.map((p) => {
    const below = (i: number) => {
      const leaf = columns[i]?.leaf;
      return !leaf || leaf.line > p.line;
    };
    // The stub's header (项目) heads the stub only: code and name columns, never a figure's.
    const stub = isStubHeader(p.text);
    const inStub = (i: number) => {
      const leaf = columns[i]?.leaf;
      return leaf !== undefined && (CODE_PART.test(leaf.text) || isStubHeader(leaf.text));
    };
    const touched = columns.flatMap((c, i) => (within(c, centre(p)) && below(i) ? [i] : []));
    const out: { range: Range; d: number }[] = [];
    // The parts of a code (类 款 项) are one column to a parent: a run never starts or ends inside them.
    const part = (i: number) => columns[i]?.leaf !== undefined && CODE_PART.test(columns[i]?.leaf?.text ?? '');
    for (let from = 0; from < columns.length; from++) {
      if (part(from) && part(from - 1)) continue;
      for (let to = from; to < columns.length; to++) {
        if (!below(to) || (stub && !inStub(to))) break;
        if (part(to) && part(to + 1)) continue;
        if (touched.some((t) => t < from || t > to)) continue;
        if (from === to && !stacked(p, columns, from)) continue;
        const d = Math.abs(((columns[from] as Column).left + (columns[to] as Column).right) / 2 - centre(p));
        out.push({ range: { cell: p, from, to }, d });
      }
    }
    return out.sort((a, b) => a.d - b.d).slice(0, MAX_OPTIONS);
  });
  // Runs apart or nested cost nothing; the same run under two parents (支出 › 支出用途 over the
  // same columns) is printed, but rarely: it costs a few characters' distance.
  const conflict = (a: Range, b: Range): number | undefined => {
    if (a.to < b.from || b.to < a.from) return 0;
    if (a.from === b.from && a.to === b.to) return a.cell.line === b.cell.line ? undefined : SAME_RUN_COST * Math.max(charWidth(a.cell), charWidth(b.cell));
    const [outer, inner] = a.to - a.from > b.to - b.from ? [a, b] : [b, a];
    return outer.from <= inner.from && inner.to <= outer.to && outer.cell.line < inner.cell.line ? 0 : undefined;
  };
  // A column just beside a parent's run, with a leaf on the same line as the run's leaves and no
  // parent of its own, was most likely left out of the run (合计 beside 收入预算's children).
  const leftOut = (ranges: readonly (Range | undefined)[]): number => {
    const covered = (i: number) => ranges.some((r) => r && r.from <= i && i <= r.to);
    let cost = 0;
    for (const r of ranges) {
      if (!r) continue;
      const leaves = columns.slice(r.from, r.to + 1).flatMap((c) => (c.leaf ? [c.leaf] : []));
      const lines = leaves.map((l) => l.line);
      // A header wrapped from above all of the run's (机关运行经费预算 / 数) heads its column from
      // higher up: no sibling of theirs.
      const tops = Math.min(...leaves.map((l) => l.top ?? l.line));
      for (const i of [r.from - 1, r.to + 1]) {
        const leaf = columns[i]?.leaf;
        if (!leaf || covered(i) || leaf.line <= r.cell.line || !lines.some((l) => Math.abs(l - leaf.line) < 0.5) || (leaf.top ?? leaf.line) < tops - 0.5) continue;
        cost += (text ? TEXT_LEFT_OUT_COST : LEFT_OUT_COST) * charWidth(r.cell);
      }
    }
    return text ? cost + misaligned(ranges) : cost;
  };
  // In pdftotext's text a cell's lines are centred in it from top to bottom, so a parent's own
  // children, one row of cells under it, stand centred on one line: their leaves' middles (a
  // wrapped leaf's is between its lines) agree within half a line. A column beside them whose leaf
  // is centred higher (因公出 / 国（境） / 费 beside 公务用车购置及运行维护费's children) reaches up
  // past the parent, its sibling: a run taking it in costs as much as one leaving a sibling out.
  const middleOf = columns.map((c) => (c.leaf ? ((c.leaf.top ?? c.leaf.line) + c.leaf.line) / 2 : undefined));
  const misaligned = (ranges: readonly (Range | undefined)[]): number => {
    let cost = 0;
    for (const r of ranges) {
      if (!r) continue;
      const nested = ranges.filter((o) => o && o !== r && r.from <= o.from && o.to <= r.to && o.cell.line > r.cell.line);
      const middles: number[] = [];
      for (let i = r.from; i <= r.to; i++) {
        const m = middleOf[i];
        if (m !== undefined && !nested.some((o) => o && o.from <= i && i <= o.to)) middles.push(m);
      }
      if (Math.max(...middles) - Math.min(...middles) > 0.5) cost += TEXT_LEFT_OUT_COST * charWidth(r.cell);
    }
    return cost;
  };
  let best: (Range | undefined)[] = parents.map(() => undefined);
  let bestCost = Number.POSITIVE_INFINITY;
  const chosen: (Range | undefined)[] = [];
  let budget = SEARCH_BUDGET;
  const search = (k: number, cost: number) => {
    if (cost >= bestCost || budget-- <= 0) return;
    if (k === parents.length) {
      const total = cost + leftOut(chosen);
      if (total < bestCost) {
        best = [...chosen];
        bestCost = total;
      }
      return;
    }
    for (const o of options[k] ?? []) {
      let extra = 0;
      for (const c of chosen) {
        const x = c ? conflict(c, o.range) : 0;
        if (x === undefined) {
          extra = Number.POSITIVE_INFINITY;
          break;
        }
        extra += x;
      }
      if (extra === Number.POSITIVE_INFINITY) continue;
      chosen.push(o.range);
      search(k + 1, cost + o.d + extra);
      chosen.pop();
    }
    // A parent that fits nowhere is left unplaced, at a cost that makes that the last resort.
    chosen.push(undefined);
    search(k + 1, cost + UNPLACED_COST);
    chosen.pop();
  };
  search(0, 0);
  parents.forEach((p, i) => {
    if (!best[i]) unplaced.push({ page: p.page, text: p.text });
  });
  return best.filter((r): r is Range => r !== undefined);
}

/** Runs considered per parent, and the search's step limit: headers have a handful of parents. */
const MAX_OPTIONS = 8;
const SEARCH_BUDGET = 200_000;
const UNPLACED_COST = 10_000;
const SAME_RUN_COST = 3;
const LEFT_OUT_COST = 2;
/**
 * In pdftotext's text a header's place is only roughly its cell's: wide characters take one column
 * each, so a centred header stands left of its cell's centre by a few characters, and more the
 * longer it is. A column left out of its siblings' parent weighs more there.
 */
const TEXT_LEFT_OUT_COST = 10;

/**
 * A header cell standing right over one column's leaf (a line above it) and over no other
 * column's: the first part of a wrapped header.
 */
function stacked(p: HeaderCell, columns: readonly Column[], at: number): boolean {
  const leaf = columns[at]?.leaf;
  return leaf !== undefined && leaf.line - p.line <= WRAPPED_LINE && overlap(p, leaf) > 0 && columns.every((c, i) => i === at || !c.leaf || overlap(p, c.leaf) <= 0);
}

const AMOUNT_KEYS = new Set<string>(AMOUNT_COLUMNS);
const ALIASES: readonly (readonly [RegExp, string])[] = [
  [/^政府性基金$/, '政府性基金预算'],
  [/^购置费$/, '公务用车购置费'],
  [/^运行费$/, '公务用车运行维护费'],
  [/^公务用车购置及运行(?:维护)?费$/, '公务用车购置及运行费'],
  [/^因公出国[（(]境[)）]费$/, '因公出国（境）费'],
  [/机关运行经费/, '机关运行经费'],
  [/^总计$|合计$/, '合计'],
  [/^(?:预算数|金额|\d{4}年|.*收入预算)$/, '金额'],
];

/** What a column holds, from its printed header path. */
function keyOf(path: readonly string[]): { key: string; text?: boolean } {
  const leaf = path.at(-1) ?? '';
  const parent = path.at(-2) ?? '';
  if (/编码|代码/.test(leaf)) return { key: 'code' };
  if (/政府预算支出经济科目/.test(leaf)) return { key: 'gov_econ' };
  if (/名称$|^项目$/.test(leaf)) return { key: 'name' };
  if (leaf === '小计') {
    if (/三公/.test(parent)) return { key: '三公经费' };
    if (/公务用车/.test(parent)) return { key: '公务用车购置及运行费' };
    if (parent === '金额') return { key: '合计' };
  }
  if (AMOUNT_KEYS.has(leaf)) return { key: leaf };
  for (const [re, key] of ALIASES) if (re.test(leaf)) return { key };
  return { key: leaf, text: true };
}

/**
 * Column keys are unique within a table: a header read twice ("小计" under two parents the reader
 * could not tell apart) or read as nothing becomes a text column named by its place, so that the
 * file stays valid and the figures stay visible.
 */
function uniqueKeys(grid: GridColumn[]): GridColumn[] {
  const seen = new Set<string>();
  return grid.map((c, i) => {
    if (c.key !== '' && !seen.has(c.key)) {
      seen.add(c.key);
      return c;
    }
    const { key: _, kind: __, ...rest } = c;
    const key = `第${i + 1}列`;
    seen.add(key);
    return { key, ...rest, kind: 'text' as const };
  });
}


/**
 * What the body puts in the first two columns: whether the second holds words only, and whether
 * the first is sparser than it, as merged category cells are (one per group of rows).
 */
interface StubShape {
  readonly groupsThenNames: boolean;
}

function stubShape(body: readonly Line[], columns: readonly Column[]): StubShape {
  const [a, b] = columns;
  if (!a || !b) return { groupsThenNames: false };
  let first = 0;
  let second = 0;
  let figures = false;
  for (const l of body) {
    const inA = l.cells.filter((c) => within(a, centre(c)));
    const inB = l.cells.filter((c) => within(b, centre(c)));
    if (inA.length > 0) first++;
    if (inB.length > 0) second++;
    if (inB.some((c) => isAmount(c.text))) figures = true;
  }
  return { groupsThenNames: !figures && second > 0 && first < second };
}

function keyedColumns(columns: readonly Column[], paths: readonly string[][], textColumns: boolean, shape: StubShape): GridColumn[] {
  const keyed = paths.map((p) => {
    const k = keyOf(p);
    return textColumns && !AMOUNT_KEYS.has(k.key) ? { key: p.at(-1) ?? '', text: true } : k;
  });
  return columns.map((col, i) => {
    let path = paths[i] as string[];
    let { key, text } = keyed[i] as { key: string; text?: boolean };
    // Two stub columns under one name header: the left one holds the merged group cells. The
    // header may be printed once, centred over both (Jiangsu 收入预算总表).
    if (key === 'name' && keyed[i + 1]?.key === 'name') key = 'group';
    if (path.length === 0 && keyed[i + 1]?.key === 'name' && i === 0) {
      key = 'group';
      text = false;
      path = paths[i + 1] as string[];
    }
    // The header centred over both may instead fall on the left one (Jiangsu 2017, 2018): the right
    // one, headerless, holds the names, and the left one fewer cells, merged over groups of rows.
    let headerless = false;
    if (i <= 1 && shape.groupsThenNames && keyed[0]?.key === 'name' && paths[1]?.length === 0 && AMOUNT_KEYS.has(keyed[2]?.key ?? '')) {
      if (i === 0) key = 'group';
      else {
        key = 'name';
        text = false;
        headerless = true;
      }
    }
    const header = path.length === 1 && path[0] === key ? undefined : path;
    return {
      key,
      ...(header && header.length > 0 ? { header } : headerless ? { header: [] } : {}),
      ...(col.number ? { number: col.number } : {}),
      ...(text ? { kind: 'text' as const } : {}),
    };
  });
}

/**
 * An amount column holds figures and dashes only: anything else found in one (a name run into the
 * next column, two figures run together) is unplaced, never written as an amount. Nor is a sum of
 * money (MONEY: no code, count or year) in the name column, or in a column of words where the
 * table's text columns are known (政府采购), written as words, nor then joined to the words of a
 * wrapped cell: it is unplaced too. A column whose header was not read stays as it is, figures
 * and all.
 */
function amountsOnly(cells: (string | undefined)[], grid: readonly GridColumn[], page: number, unplaced: Unplaced[], textColumns: boolean): (string | undefined)[] {
  return cells.map((text, i) => {
    const col = grid[i];
    if (text !== undefined && (col?.key === 'name' || (textColumns && col?.kind === 'text')) && MONEY.test(text)) {
      unplaced.push({ page, text });
      return undefined;
    }
    if (text === undefined || !col || col.kind === 'text' || STUB_KEYS.has(col.key)) return text;
    if (isDash(text) || isAmount(text)) return text;
    unplaced.push({ page, text });
    return undefined;
  });
}

/**
 * A cell joined from runs a space apart that lie in two columns, each run wholly inside its own
 * (江苏 2017's 租赁服务（不带操作员） and 政府集中采购, 6 pt apart), is two cells. A name that only
 * runs over into its neighbour's column stays whole.
 */
function splitAcross(c: Cell, columns: readonly Column[]): readonly Cell[] {
  const pieces = c.pieces;
  if (!pieces || pieces.length < 2) return [c];
  const home = pieces.map((p) => columns.find((x) => within(x, centre(p))));
  // Split only between runs that each stay inside their own column.
  const apart = (i: number) => {
    const a = home[i - 1];
    const b = home[i];
    return a !== undefined && b !== undefined && a !== b && (pieces[i - 1]?.x1 ?? 0) <= a.right && (pieces[i]?.x0 ?? 0) >= b.left;
  };
  if (!pieces.some((_, i) => i > 0 && apart(i))) return [c];
  const out: Cell[] = [];
  pieces.forEach((p, i) => {
    const last = out.at(-1);
    if (last && !apart(i)) out[out.length - 1] = { text: `${last.text} ${p.text}`, x0: last.x0, x1: p.x1 };
    else out.push({ text: p.text, x0: p.x0, x1: p.x1 });
  });
  return out;
}

/** A body line's cells by column index (cells falling in one column are joined). */
function rowCells(l: Line, columns: readonly Column[], unplaced: Unplaced[]): (string | undefined)[] {
  const out: (string | undefined)[] = columns.map(() => undefined);
  for (const c of l.cells.flatMap((x) => splitAcross(x, columns))) {
    const col = columns.find((x) => within(x, centre(c))) ?? best(columns, c);
    if (!col) {
      unplaced.push({ page: l.page, text: c.text });
      continue;
    }
    const i = columns.indexOf(col);
    out[i] = out[i] === undefined ? c.text : `${out[i]}${c.text}`;
  }
  return out;
}

/** A line break inside a cell, between Chinese characters, leaves a space in the text: dropped. */
const joinLines = (text: string) => text.replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g, '');

/** A row of a table or block: its cells (by column) under its columns' keys. */
function toRow(cells: readonly (string | undefined)[], grid: readonly GridColumn[]): GridRow[] {
  const row: GridRow = {};
  const name = grid.findIndex((c) => c.key === 'name');
  for (let i = 0; i < grid.length; i++) {
    const text = cells[i];
    const col = grid[i];
    if (text === undefined || !col) continue;
    // A total row's name printed across the code and name columns ("合计") stands in the code's.
    if (col.key === 'code' && !CODE.test(text) && name >= 0 && cells[name] === undefined) row.name = text;
    else row[col.key] = col.key === 'code' ? squash(text) : joinLines(text);
  }
  return Object.keys(row).length > 0 ? [row] : [];
}

/**
 * A block's top heading runs from its first column to the next block's: a merged heading that the
 * extraction set one column early (the reference's tab text prints 表九's 国有资本经营预算支出 over
 * the income block's amount column) is moved back to the block it heads. The paths themselves when
 * nothing moves.
 */
function alignBlockHeadings(paths: readonly string[][], starts: readonly number[]): readonly string[][] {
  let out: string[][] | undefined;
  starts.forEach((from, k) => {
    const to = starts[k + 1];
    const top = paths[from]?.[0];
    const next = to === undefined ? undefined : paths[to]?.[0];
    if (to === undefined || top === undefined || next === undefined || top === next) return;
    for (let i = from + 1; i < to; i++) {
      const p = paths[i];
      if (p === undefined || p.length < 2 || p[0] !== next) continue;
      out ??= paths.map((x) => [...x]);
      (out[i] as string[])[0] = top;
    }
  });
  return out ?? paths;
}

/** Where each block starts: at each code or name column that follows an amount column. */
function blockStarts(grid: readonly GridColumn[]): number[] {
  const starts: number[] = [0];
  const stub = (k: string | undefined) => k === 'code' || k === 'name';
  grid.forEach((c, i) => {
    if (i > 0 && stub(c.key) && !stub(grid[i - 1]?.key)) starts.push(i);
  });
  return starts;
}

function splitBlocks(grid: readonly GridColumn[], paths: readonly string[][], rows: readonly BodyRow[]): Partial<Record<BlockKey, GridBlock>> {
  const starts = blockStarts(grid);
  const out: Partial<Record<BlockKey, GridBlock>> = {};
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? grid.length;
    const own = paths.slice(from, to);
    // Jiangsu prints expenditure twice: by function (功能分类) and by purpose (支出用途).
    const key = k === 0 ? 'income' : own.some((p) => p.includes('支出用途')) ? 'purpose' : BLOCK_KEYS[k];
    if (!key || out[key]) return;
    // The heading is the deepest header shared by the block's columns and not by the whole table.
    const common = own.reduce((acc, p) => acc.filter((h, i) => p[i] === h), own[0] ?? []);
    const everywhere = paths.reduce((acc, p) => acc.filter((h, i) => p[i] === h), paths[0] ?? []);
    const heading = common.length > everywhere.length ? (common.at(-1) as string) : (common.at(-1) ?? key);
    const columns = uniqueKeys(grid.slice(from, to));
    out[key] = { heading, columns, ...rowsOf(rows, columns, from, to) };
  });
  return out;
}
