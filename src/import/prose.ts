/**
 * The prose of a disclosure — everything that is not a table grid — read from positioned lines: the
 * cover (title, subtitle, unit, year, kind), the contents, the 概况 sections, the 情况说明 sections
 * (nested where the document nests them), the 名词解释 and the per-project 项目经费情况说明.
 *
 * Text is kept verbatim: lines wrapped by the page are joined, paragraphs stay lines of the block
 * text, page numbers are dropped. Only layout artefacts are undone (letter-spaced justified lines, a
 * space before a closing mark), and, on request, the spaces pdftotext and pdf.js print between
 * digits and Chinese ("2019 年").
 */
import { textWidth as displayWidth } from '../report/wrap.js';
import { type Line, squash } from './source.js';
import { findTables } from './tables.js';

export interface ProseSection {
  readonly heading: string;
  readonly text?: string;
  readonly sections?: readonly ProseSection[];
}

export interface ProjectDescription {
  readonly project: string;
  readonly heading: string;
  readonly text?: string;
  readonly sections?: readonly ProseSection[];
}

export interface ProseDocument {
  readonly title: string;
  readonly subtitle?: string;
  readonly unit?: string;
  readonly year?: number;
  readonly kind?: '单位预算' | '部门预算';
  readonly amount_unit?: '万元' | '元';
  readonly region?: string;
  readonly rounding_note?: string;
}

/**
 * Where a prose section stands in the printed document: the page of its heading; for each paragraph
 * of its text (one paragraph per line of `text`), the page it starts on and, where it runs over a
 * page break, the offset in the paragraph from which it stands on the next page; and its sections'.
 */
export interface SectionPages {
  readonly heading: number;
  readonly paragraphs: readonly (readonly PageFrom[])[];
  readonly sections: readonly SectionPages[];
}

/** A paragraph stands on `page` from character `from` (UTF-16 offset) on. */
export interface PageFrom {
  readonly from: number;
  readonly page: number;
}

type ProsePart = 'overview' | 'narrative' | 'glossary' | 'project_descriptions';

export interface Prose {
  readonly document: ProseDocument;
  readonly contents: readonly { readonly title: string; readonly page?: number }[];
  readonly overview: readonly ProseSection[];
  readonly narrative: readonly ProseSection[];
  readonly glossary: readonly ProseSection[];
  readonly project_descriptions: readonly ProjectDescription[];
  /** The pages of each part's sections, in the order of the part. */
  readonly pages: Readonly<Record<ProsePart, readonly SectionPages[]>>;
}

export interface ProseOptions {
  /**
   * Drop the spaces printed between digits and Chinese ("2017 年度" → "2017年度"). Transcriptions
   * differ here: some keep the printed spacing, some tidy it. Default: kept, as printed.
   */
  readonly tightDigits?: boolean;
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’';

// ---------------------------------------------------------------------------------------------
// Text tidying

/** A justified line printed letter by letter ("元 ， 财 政 业 务 费 10.00 万 元"). */
function isLetterSpaced(text: string): boolean {
  const tokens = text.split(' ');
  return tokens.length >= 6 && tokens.filter((t) => t.length === 1).length / tokens.length >= 0.6;
}

/** Undoes layout artefacts of one printed line; the words themselves are left alone. */
function tidyLine(text: string, options: ProseOptions): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // Letter spacing is the layout's, not the author's: only spaces between Latin letters/digits stay.
  if (isLetterSpaced(t)) t = t.replace(/(?<![A-Za-z0-9]) | (?![A-Za-z0-9])/g, '');
  // A space before a closing mark ("经费 ：") is a justification gap.
  t = t.replace(/ +(?=[：，。；、！？）”])/g, '');
  if (options.tightDigits) t = t.replace(new RegExp(`(?<=[${CJK}]) +(?=\\d)|(?<=\\d) +(?=[${CJK}])`, 'g'), '');
  return t;
}

// ---------------------------------------------------------------------------------------------
// Line kinds

const FOOTER = /^(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?$|^第\d{1,3}页$/;
const isFooter = (l: Line): boolean => l.cells.length === 1 && FOOTER.test(l.text.trim());
const DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const LEADERS = /\s*(?:…+|\.{3,}|·{3,})\s*$/;

const PART = /^第[一二三四五六七八九十]+部分/;
const SECTION = /^[一二三四五六七八九十]+、/;
/**
 * Paragraph markers: a line opening with one starts a paragraph of its own. "1." is one, and so is
 * "9.2025年…" (a number before a year), but "107.62" (an amount wrapped onto the line) is not.
 */
const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[、．]|\.(?!\d{1,2}(?!\d))))/;
/** The unnumbered section titles of the Shanghai documents ("上海市财政局（单位）主要职能"). */
const TOP = /(?:主要职能|机构设置|名词解释|编制说明|情况说明)$/;

type Heading = { level: 'part' | 'top' | 'section'; text: string };

/** A heading stands alone on its line: short, without a sentence's punctuation. */
function headingOf(l: Line): Heading | undefined {
  const text = l.text.trim();
  const flat = squash(text);
  if (PART.test(flat)) return { level: 'part', text };
  // A table row ("一、财政拨款收入 91,016,775.35 …") is no heading.
  if (flat.length > 45 || /[，。；]/.test(flat) || l.cells.length > 2 || /\d\.\d\d/.test(flat)) return undefined;
  if (PART.test(flat)) return { level: 'part', text };
  if (SECTION.test(flat) && !/[：:]./.test(flat)) return { level: 'section', text };
  if (!MARKER.test(flat) && TOP.test(flat) && !/[：:]/.test(flat)) return { level: 'top', text };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

interface Geometry {
  /** Text with no positions (the tab-separated extraction): paragraphs are read from the words. */
  readonly flat: boolean;
  /** Margins by page: pages of one document are set differently. */
  readonly pages: ReadonlyMap<number, { readonly left: number; readonly right: number }>;
  /** The width of one Chinese character. */
  readonly em: number;
  /** Whether the document prints a space between digits and Chinese ("2019 年"), and keeps it. */
  readonly spacedDigits: boolean;
}

/**
 * Whether a document spaces digits from Chinese throughout: it does if (almost) every place they
 * meet inside a line has the space.
 */
function spacesDigits(lines: readonly Line[]): boolean {
  // Inside cells only: the gap between two cells of a table row is no space the text prints.
  const all = lines.flatMap((l) => l.cells.map((c) => c.text)).join('\n');
  const spaced = all.match(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/g)?.length ?? 0;
  const tight = all.match(/[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff]/g)?.length ?? 0;
  return spaced > 0 && spaced >= (spaced + tight) * 0.9;
}

/**
 * Joins a line wrapped by the page to the text before it. The break drops the space a document
 * that spaces digits from Chinese prints there ("支出预算" / "37188.34 万元"), so it is put back.
 */
function joinLines(before: string, after: string, spacedDigits: boolean): string {
  const between = /[\u4e00-\u9fff]$/.test(before) ? /^\d/.test(after) : /\d$/.test(before) && /^[\u4e00-\u9fff]/.test(after);
  return spacedDigits && between ? `${before} ${after}` : before + after;
}

/**
 * How wide `s` prints in half-em columns. pdftotext gives every character one column and a terminal
 * gives a curly quote one; a Chinese document sets its curly quotes full width (“三公” is four
 * characters wide), so for pdftotext's text (`unit` 'char') they count two. A PDF's positions
 * already measure the page, and are left as they were.
 */
const textWidth = (s: string, unit?: Line['unit']): number => displayWidth(s) + (unit === 'char' ? (s.match(/[“”‘’]/g)?.length ?? 0) : 0);

/**
 * A cell's right edge on the page. pdftotext gives a wide character one column of its layout, so
 * its cells' extents count characters; the width a line takes on the page is its display width,
 * which also counts the wide characters of the cells before this one.
 */
function rightOf(l: Line, c: Line['cells'][number]): number {
  if (l.unit !== 'char') return c.x1;
  const before = l.cells.slice(0, l.cells.indexOf(c));
  const wide = before.reduce((sum, b) => sum + textWidth(b.text, l.unit) - (b.x1 - b.x0), 0);
  return c.x0 + wide + textWidth(c.text, l.unit);
}

/**
 * The first piece of a line the page could not have broken: a figure or Latin word with the marks
 * around it ("107.62", "（包"), else one character and the closing marks after it ("元；").
 */
const UNBREAKABLE = /^[（(“‘《〔[]*[，。、；：！？）)”’》〕\]]*(?:[A-Za-z0-9.,%‰/-]+|.)[，。、；：！？）)”’》〕\]%]*/u;

/**
 * How wide the first unbreakable piece of `line` is, in the page's units. A closing mark cannot
 * open a line, so one printed there ("”174.83万元") was carried over with what follows it; the
 * spaces of a letter-spaced line are no gaps of the text.
 */
function leadWidth(line: Line, g: Geometry): number {
  const lead = UNBREAKABLE.exec(squash(line.text))?.[0] ?? '';
  return (textWidth(lead, line.unit) * g.em) / 2;
}

function geometryOf(lines: readonly Line[], options: ProseOptions): Geometry {
  const flat = lines.every((l) => l.cells.every((c) => c.x1 - c.x0 === 99 && c.x0 % 100 === 0));
  // Margins are read from lines of running text, never from a letter-spaced one, which may overshoot.
  const prose = lines.filter((l) => l.cells.length === 1 && squash(l.text).length >= 8 && !isLetterSpaced(l.text));
  const byPage = new Map<number, Line[]>();
  for (const l of prose) {
    const page = byPage.get(l.page);
    if (page) page.push(l);
    else byPage.set(l.page, [l]);
  }
  // A page of short lines only is no full page: its right margin is the document's at least.
  const rights = prose.map((l) => (l.cells[0] ? rightOf(l, l.cells[0]) : 0)).sort((a, b) => a - b);
  const usual = rights[Math.floor(rights.length * 0.8)] ?? 0;
  const pages = new Map<number, { left: number; right: number }>();
  for (const [p, ls] of byPage) {
    const left = Math.min(...ls.map((l) => l.cells[0]?.x0 ?? 0));
    pages.set(p, { left, right: Math.max(rightMargin(ls), usual) });
  }
  const ems = prose.map((l) => ((l.cells[0] ? rightOf(l, l.cells[0]) : 0) - (l.cells[0]?.x0 ?? 0)) / Math.max(1, textWidth(l.text, l.unit) / 2)).sort((a, b) => a - b);
  return { flat, pages, em: ems[Math.floor(ems.length / 2)] ?? 2, spacedDigits: !options.tightDigits && spacesDigits(lines) };
}

/**
 * A page's right margin: where its long lines usually end. Not the longest line: pdftotext gives
 * every character one column, so a line set tighter than the others runs past the margin.
 */
function rightMargin(lines: readonly Line[]): number {
  const rights = lines.map((l) => (l.cells[0] ? rightOf(l, l.cells[0]) : 0)).sort((a, b) => a - b);
  const longest = rights.at(-1) ?? 0;
  const long = rights.filter((r) => r >= longest * 0.75);
  return long[Math.floor(long.length / 2)] ?? longest;
}

/** Whether `line` carries on the paragraph of `prev` (wrapped by the page), or starts a new one. */
function continues(prev: Line, line: Line, g: Geometry, glossary: boolean): boolean {
  const text = squash(line.text);
  if (MARKER.test(text)) return false;
  // A glossary entry always opens with its number: anything else is the entry wrapped.
  if (glossary) return true;
  if (g.flat) {
    // Without positions: a line runs on unless the one before ended a sentence or was a short
    // numbered title of its own ("（二）其他").
    const before = squash(prev.text);
    return !/[。；：:;！？]$/.test(before) && !(MARKER.test(before) && before.length <= 20);
  }
  const first = line.cells[0];
  const last = prev.cells.at(-1);
  if (!first || !last) return false;
  const margins = g.pages.get(line.page);
  const before = g.pages.get(prev.page);
  if (!margins || !before) return false;
  const indented = first.x0 > margins.left + g.em * 0.4;
  // A line is wrapped when what opens the next one would not have fitted after it: a long figure
  // can leave a wrapped line well short of the margin.
  const full = rightOf(prev, last) + leadWidth(line, g) >= before.right - g.em * 1.5;
  return (full && !indented) || brokenMidSentence(prev, g);
}

/**
 * A long line stopping in the middle of a sentence ("…主要原因是本部门") is broken by hand, not
 * ended: a paragraph ends with a mark, whatever the next line's indent.
 */
function brokenMidSentence(prev: Line, g: Geometry): boolean {
  const margins = g.pages.get(prev.page);
  const last = prev.cells.at(-1);
  if (!margins || !last) return false;
  const long = rightOf(prev, last) - margins.left >= (margins.right - margins.left) * 0.8;
  return long && /[\u4e00-\u9fff]$/.test(squash(prev.text));
}

/** Marks that never open a line: a line printed opening with one was pushed off the line before. */
const CLOSING = /^[、，。；：！？）)”’》〕]/;

/**
 * pdftotext sets the end of a line a little lower at times and prints it as a line of its own: a
 * stray opening with a closing mark ("…机关（本级）" / "、徐" / "州铁路运输法院。"), or one overlapping
 * the line's end (see `overlaps`). Either is put back at the end of its line.
 */
function mergeStrays(lines: readonly Line[], g: Geometry): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out.at(-1);
    const last = prev?.cells.at(-1);
    const first = l.cells[0];
    if (!prev || !last || !first || prev.page !== l.page || l.unit !== 'char' || !(CLOSING.test(l.text.trim()) || overlaps(prev, l, g))) {
      out.push(l);
      continue;
    }
    const shift = last.x1 - first.x0;
    const moved = l.cells.map((c) => ({ ...c, x0: c.x0 + shift, x1: c.x1 + shift }));
    out[out.length - 1] = { ...prev, text: `${prev.text}${l.text}`, cells: [...prev.cells, ...moved] };
  }
  return out;
}

/** Marks whose glyph is blank on its left half, so that a page may set one over what precedes it. */
const OPENING = /^[（《〔]/;

/**
 * Whether `line` is the rest of `prev`'s printed line. A page sets a full-width opening bracket
 * over the blank half of the glyph before it ("…的批复》（苏财预〔2017〕19 号）填列。", "支出（项）");
 * pdftotext then breaks the line there and sets the rest on the next line, at the column where it
 * stands on its grid: one column left of where `prev` ends, neither at the margin nor at a
 * paragraph's indent. `prev` must not end a sentence, and `line` must not open a numbered item.
 */
function overlaps(prev: Line, line: Line, g: Geometry): boolean {
  const margins = g.pages.get(line.page);
  const first = line.cells[0];
  const last = prev.cells.at(-1);
  if (!margins || !first || !last || line.y !== prev.y + 1) return false;
  if (!OPENING.test(first.text) || MARKER.test(squash(first.text)) || /[。；：！？]$/.test(squash(prev.text))) return false;
  const offGrid = [margins.left, margins.left + g.em].every((x) => Math.abs(first.x0 - x) > g.em * 0.4);
  return offGrid && first.x0 < last.x1 && first.x0 >= last.x1 - 1;
}

/** The paragraphs of a run of body lines, each with the pages it is printed on. */
function paragraphs(lines: readonly Line[], g: Geometry, options: ProseOptions, glossary = false): { text: string; pages: PageFrom[] }[] {
  const out: { text: string; pages: PageFrom[] }[] = [];
  let prev: Line | undefined;
  for (const l of mergeStrays(lines, g)) {
    const t = tidyLine(l.text, options);
    const last = out.at(-1);
    if (prev && last && continues(prev, l, g, glossary)) {
      last.text = joinLines(last.text, t, g.spacedDigits);
      if (l.page !== last.pages.at(-1)?.page) last.pages.push({ from: last.text.length - t.length, page: l.page });
    } else out.push({ text: t, pages: [{ from: 0, page: l.page }] });
    prev = l;
  }
  // A paragraph printed twice in a row of pages (a repeated page) is one paragraph.
  return out.filter((p, i) => !out.slice(0, i).some((q) => q.text === p.text) || p.text.length < 20);
}

const block = (paras: readonly { text: string }[]): string | undefined => (paras.length > 0 ? `${paras.map((p) => p.text).join('\n')}\n` : undefined);

// ---------------------------------------------------------------------------------------------
// Cover and contents

function coverOf(lines: readonly Line[], options: ProseOptions, spacedDigits: boolean): { title: string; subtitle?: string } {
  const cover = lines.filter((l) => !DATE.test(l.text.trim()));
  const subtitle = cover.find((l) => /[:：]/.test(l.text));
  const title = cover
    .filter((l) => l !== subtitle)
    .map((l) => tidyLine(l.text, options))
    .reduce((t, l) => joinLines(t, l, spacedDigits), '');
  return { title, ...(subtitle ? { subtitle: tidyLine(subtitle.text, options) } : {}) };
}

/** A contents entry: its title without leaders, and the page printed after them. */
function entryOf(l: Line, options: ProseOptions): { title: string; page?: number } {
  const cells = l.cells.map((c) => c.text);
  let page: number | undefined;
  const lastCell = cells.at(-1) ?? '';
  if (cells.length > 1 && /^\d{1,3}$/.test(lastCell)) {
    page = Number(lastCell);
    cells.pop();
  }
  let text = cells.join(' ').replace(LEADERS, '');
  const trailing = /(?:…+|\.{3,})\s*(\d{1,3})$/.exec(text);
  if (trailing?.[1]) {
    page = Number(trailing[1]);
    text = text.slice(0, trailing.index);
  }
  return { title: tidyLine(text.replace(LEADERS, ''), options), ...(page !== undefined ? { page } : {}) };
}

const isEntry = (l: Line): boolean => LEADERS.test(l.text) || /(?:…|\.{3})/.test(l.text) || MARKER.test(squash(l.text)) || PART.test(squash(l.text));

/** The contents run from "目录" to the first line that is no entry, or that repeats the first entry. */
function contentsOf(lines: readonly Line[], options: ProseOptions): { entries: Prose['contents']; end: number; start: number } {
  const start = lines.findIndex((l) => squash(l.text) === '目录');
  if (start < 0) return { entries: [], end: 0, start: 0 };
  const entries: { title: string; page?: number }[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i] as Line;
    const entry = entryOf(l, options);
    if (entries.length > 0 && squash(entry.title) === squash(entries[0]?.title ?? '')) break;
    const last = entries.at(-1);
    // An entry wrapped by the page ("…培训费支" / "出预算表"): a short unnumbered line carries it on.
    if (!isEntry(l) && last && squash(l.text).length <= 8 && !/…|\.{3}/.test(lines[i - 1]?.text ?? '')) {
      entries[entries.length - 1] = { ...last, title: last.title + entry.title };
      continue;
    }
    if (!isEntry(l)) break;
    entries.push(entry);
  }
  return { entries, end: i, start };
}

// ---------------------------------------------------------------------------------------------
// The body: parts, sections, tables skipped

type PartKind = 'overview' | 'tables' | 'narrative' | 'glossary' | 'project';

function partKind(heading: string): PartKind {
  if (/名词解释/.test(heading)) return 'glossary';
  if (/项目经费情况说明/.test(heading)) return 'project';
  if (/概况|主要职能|机构设置/.test(heading)) return 'overview';
  if (/说明/.test(heading)) return 'narrative';
  return 'tables';
}

/** The lines where a table (or a 绩效目标表 form) begins: prose stops there until the next heading. */
function tableStarts(lines: readonly Line[]): Set<number> {
  const starts = new Set<number>();
  for (const t of findTables(lines).tables) {
    const body = t.lines[0] ? lines.indexOf(t.lines[0]) : -1;
    for (let k = body - 1; k >= Math.max(0, body - 6); k--)
      if (squash(lines[k]?.text ?? '').endsWith(squash(t.title))) {
        starts.add(k);
        break;
      }
  }
  lines.forEach((l, i) => {
    const flat = squash(l.text);
    // The 项目支出绩效目标表 forms printed inside the narrative (Datong) have no unit line.
    if (/绩效目标表$/.test(flat) && flat.length <= 40 && !/[，。；]|^详见/.test(flat)) starts.add(i);
  });
  return starts;
}

interface Node {
  heading: string;
  /** The page the heading is printed on. */
  page: number;
  kind: PartKind;
  lines: Line[];
  children: Node[];
}

/**
 * A heading wrapped by the page ("十一、…支出预算" / "表情况说明"): its line is full and the next one
 * is short and unnumbered.
 */
function wrappedHeading(lines: readonly Line[], i: number, g: Geometry): boolean {
  const l = lines[i] as Line;
  const next = lines[i + 1];
  const margins = g.pages.get(l.page);
  if (g.flat || !next || !margins || next.page !== l.page) return false;
  const last = l.cells.at(-1);
  const full = (last ? rightOf(l, last) : 0) >= margins.right - g.em * 1.5;
  const flat = squash(next.text);
  return full && flat.length <= 12 && !MARKER.test(flat) && !/[，。；：]/.test(flat);
}

/** Sorts the body lines under their headings; tables and forms are left out. */
function outline(input: readonly Line[], from: number, g: Geometry): Node[] {
  const starts = tableStarts(input);
  const lines = [...input];
  const roots: Node[] = [];
  let part: Node | undefined; // a 第X部分 or an unnumbered Shanghai title
  let section: Node | undefined;
  // A table runs to the next part; a 绩效目标表 form inside the narrative to the next section.
  let skipping: 'table' | 'form' | undefined;
  for (let i = from; i < lines.length; i++) {
    let l = lines[i] as Line;
    // A part title wrapped onto a second line ("第三部分 …2017 年度" / "部门预算情况说明").
    const partWrapped = headingOf(l)?.level === 'part' && headingOf(lines[i + 1] as Line)?.level === 'top';
    if ((headingOf(l) && wrappedHeading(lines, i, g)) || partWrapped) {
      const next = lines[i + 1] as Line;
      l = { ...l, text: `${l.text}${next.text}`, cells: [...l.cells, ...next.cells] };
      i++;
    }
    const h = headingOf(l);
    if (h?.level === 'part' || h?.level === 'top') {
      part = { heading: h.text, page: l.page, kind: partKind(h.text), lines: [], children: [] };
      roots.push(part);
      section = undefined;
      skipping = part.kind === 'tables' ? 'table' : undefined;
      continue;
    }
    // Glossary entries are numbered like sections ("一、基本支出：…") but are its paragraphs.
    if (h?.level === 'section' && part && part.kind !== 'tables' && part.kind !== 'glossary' && skipping !== 'table') {
      section = { heading: h.text, page: l.page, kind: part.kind, lines: [], children: [] };
      part.children.push(section);
      skipping = undefined;
      continue;
    }
    if (starts.has(i)) skipping = /绩效目标表$/.test(squash(l.text)) ? 'form' : 'table';
    if (skipping) continue;
    (section ?? part)?.lines.push(l);
  }
  return roots;
}

// ---------------------------------------------------------------------------------------------

/**
 * The labels of a chart drawn in the narrative (江苏's 支出预算图: "基本支出, 59.07%", a legend, the
 * chart's title) come out of the PDF as short lines of text. A run of two or more short lines
 * without a sentence's end, holding a title ending in 图 and a percentage, is such a chart: no
 * prose. Its lines are left out, and so listed under `unplaced:` with their page.
 */
function withoutCharts(lines: readonly Line[]): readonly Line[] {
  const short = (l: Line) => {
    const t = squash(l.text);
    return t.length > 0 && t.length <= 24 && !/[。；;]/.test(t);
  };
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && short(lines[j] as Line)) j++;
    const run = lines.slice(i, j).map((l) => squash(l.text));
    if (run.length >= 2 && run.some((t) => /图$/.test(t)) && run.some((t) => /\d%$/.test(t))) for (let k = i; k < j; k++) drop.add(k);
    i = Math.max(j, i + 1);
  }
  return drop.size === 0 ? lines : lines.filter((_, k) => !drop.has(k));
}

interface Placed<T> {
  readonly section: T;
  readonly pages: SectionPages;
}

function sectionOf(n: Node, g: Geometry, options: ProseOptions): Placed<ProseSection> {
  const paras = paragraphs(withoutCharts(n.lines), g, options, n.kind === 'glossary');
  const text = block(paras);
  const children = n.children.map((c) => sectionOf(c, g, options));
  const sections = children.map((c) => c.section);
  return {
    section: { heading: tidyLine(n.heading, options), ...(text ? { text } : {}), ...(sections.length > 0 ? { sections } : {}) },
    pages: { heading: n.page, paragraphs: paras.map((p) => p.pages), sections: children.map((c) => c.pages) },
  };
}

/** A 第X部分 holds its sections directly; a Shanghai title is a section itself. */
function sectionsOf(roots: readonly Node[], kind: PartKind, g: Geometry, options: ProseOptions): Placed<ProseSection>[] {
  return roots
    .filter((r) => r.kind === kind)
    .flatMap((r) => (PART.test(squash(r.heading)) && kind !== 'glossary' ? r.children.map((c) => sectionOf(c, g, options)) : [sectionOf(r, g, options)]));
}

function documentOf(lines: readonly Line[], cover: { title: string; subtitle?: string }): ProseDocument {
  const found = findTables(lines);
  const units = found.tables.flatMap((t) => (t.unit ? [t.unit] : []));
  const amountUnit = mostCommon(units);
  const issuers = found.tables.flatMap((t) => (t.issuer ? [t.issuer.replace(/^[^:：]*[:：]/, '')] : []));
  // The unit is named by the subtitle ("预算单位：…"), else by the title around its year and kind.
  const named = squash(cover.title)
    .replace(/20\d\d年度?/, '')
    .replace(/(?:部门|单位)?预算公开$/, '');
  const unit = cover.subtitle?.replace(/^[^:：]*[:：]/, '') ?? (named !== '' ? named : mostCommon(issuers));
  const year = /(20\d\d)/.exec(squash(cover.title))?.[1];
  const all = lines.map((l) => squash(l.text)).join('');
  const kind = /单位预算/.test(cover.title)
    ? '单位预算'
    : /部门预算/.test(cover.title)
      ? '部门预算'
      : (all.match(/部门预算/g)?.length ?? 0) >= (all.match(/单位预算/g)?.length ?? 0)
        ? '部门预算'
        : '单位预算';
  const region = regionOf(squash(cover.title), unit);
  return {
    title: cover.title,
    ...(cover.subtitle ? { subtitle: cover.subtitle } : {}),
    ...(unit ? { unit } : {}),
    ...(year ? { year: Number(year) } : {}),
    kind,
    ...(amountUnit ? { amount_unit: amountUnit } : {}),
    ...(region ? { region } : {}),
    ...(found.roundingNote ? { rounding_note: found.roundingNote } : {}),
  };
}

/** The place named before the year on the cover ("上海市普陀区2025年…"), else the unit's province or city. */
function regionOf(title: string, unit: string | undefined): string | undefined {
  const before = /^(.*?[省市区县])20\d\d/.exec(title)?.[1];
  if (before) return before;
  return /^(.+?[省市])/.exec(unit ?? '')?.[1];
}

function mostCommon<T>(xs: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function projectsOf(roots: readonly Node[], g: Geometry, options: ProseOptions): Placed<ProjectDescription>[] {
  return roots
    .filter((r) => r.kind === 'project')
    .map((r) => {
      const { section: s, pages } = sectionOf(r, g, options);
      return { section: { project: s.heading.replace(/项目经费情况说明$/, ''), ...s }, pages };
    });
}

/** Reads the prose of a disclosure from its lines. */
export function readProse(input: readonly Line[], options: ProseOptions = {}): Prose {
  const lines = input.filter((l) => !isFooter(l));
  const { entries, start, end } = contentsOf(lines, options);
  const g = geometryOf(lines.slice(end), options);
  const cover = coverOf(lines.slice(0, start), options, g.spacedDigits);
  const roots = outline(lines, end, g);
  const overview = sectionsOf(roots, 'overview', g, options);
  const narrative = sectionsOf(roots, 'narrative', g, options);
  const glossary = sectionsOf(roots, 'glossary', g, options);
  const projects = projectsOf(roots, g, options);
  const sections = <T>(placed: readonly Placed<T>[]) => placed.map((p) => p.section);
  const pages = <T>(placed: readonly Placed<T>[]) => placed.map((p) => p.pages);
  return {
    document: documentOf(lines, cover),
    contents: entries,
    overview: sections(overview),
    narrative: sections(narrative),
    glossary: sections(glossary),
    project_descriptions: sections(projects),
    pages: { overview: pages(overview), narrative: pages(narrative), glossary: pages(glossary), project_descriptions: pages(projects) },
  };
}
