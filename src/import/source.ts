/**
 * A published disclosure as positioned lines: a PDF through pdf.js (its bundled CMaps and standard
 * fonts, so Chinese comes out right offline), or the text of one — `pdftotext -layout` output, or
 * the tab-separated extraction of the reference. Every line keeps its page and each cell its
 * horizontal extent, which is what places a cell in its column.
 */
import { createRequire } from 'node:module';
import { textWidth } from '../report/wrap.js';

export interface Cell {
  readonly text: string;
  /** Left and right edges, in points (PDF) or display columns (text). */
  readonly x0: number;
  readonly x1: number;
  /**
   * A PDF cell joined from runs a space apart: each run with its own edges, so that two
   * neighbouring table cells printed that close can still be told apart once the columns are known.
   */
  readonly pieces?: readonly Cell[];
}

export interface Line {
  readonly page: number;
  readonly cells: readonly Cell[];
  /** The whole line as one string, cells joined by a space. */
  readonly text: string;
  /**
   * How far down the document the line stands, in text lines (a PDF's baseline over its font
   * size, a text file's line number; each page starts PAGE_LINES further down): what tells a header
   * wrapped onto the next line from a header below, also across a page break.
   */
  readonly y: number;
  /**
   * What x counts: points (PDF), characters (`pdftotext -layout`, which gives a wide character one
   * column, as a narrow one) or tab stops (the tab-separated extraction).
   */
  readonly unit: 'pt' | 'char' | 'tab';
}

export class ImportError extends Error {
  constructor(
    readonly kind: 'encrypted' | 'corrupt' | 'no-text' | 'too-many-pages',
    message: string,
    /** The figures the message names: the reason (corrupt), or the pages and the limit. */
    readonly detail: { readonly reason?: string; readonly pages?: number; readonly max?: number } = {},
  ) {
    super(message);
  }
}

/** Lines a page is taken to hold, so that y grows down the whole document. */
const PAGE_LINES = 10_000;

/**
 * The year brackets of a document number (苏财预〔2017〕19号) come out of some fonts' character maps
 * as „ and ‟ (pdf.js and pdftotext alike, in all three 江苏 PDFs): a pair Chinese text never puts
 * around a year otherwise. Read as printed, before anything else sees the line.
 */
const printedGlyphs = (c: Cell): Cell => {
  if (!c.text.includes('„')) return c;
  const fix = (s: string) => s.replace(/„(\d{4})‟/g, '〔$1〕');
  return { ...c, text: fix(c.text), ...(c.pieces ? { pieces: c.pieces.map((p) => ({ ...p, text: fix(p.text) })) } : {}) };
};

const line = (page: number, raw: Cell[], y: number, unit: Line['unit']): Line => {
  const cells = raw.map(printedGlyphs);
  return { page, cells, text: cells.map((c) => c.text).join(' '), y: (page - 1) * PAGE_LINES + y, unit };
};

/** A string's length in characters, as pdftotext lays them out: one column each, wide or narrow. */
const chars = (s: string) => [...s].length;

/** `pdftotext -layout` text: cells are runs separated by two or more spaces; pages by form feeds. */
export function linesOfLayoutText(text: string): Line[] {
  const out: Line[] = [];
  text.split('\f').forEach((pageText, p) => {
    for (const [y, raw] of pageText.split('\n').entries()) {
      const cells: Cell[] = [];
      for (const m of raw.matchAll(/\S+(?: \S+)*/g)) {
        // pdftotext lays text out one character to a column, wide or narrow.
        const x0 = chars(raw.slice(0, m.index ?? 0));
        cells.push({ text: m[0], x0, x1: x0 + chars(m[0]) });
      }
      if (cells.length > 0) out.push(line(p + 1, cells.flatMap((c) => splitMixed(c, chars)), y, 'char'));
    }
  });
  return out;
}

/** The reference's extraction: cells separated by tabs; a cell's position is its index. */
export function linesOfTabText(text: string): Line[] {
  return text.split('\n').flatMap((raw, y) => {
    const cells = raw.split('\t').flatMap((t, i) => (t.trim() === '' ? [] : [{ text: t.trim(), x0: i * 100, x1: i * 100 + 99 }]));
    return cells.length > 0 ? [line(1, cells, y, 'tab')] : [];
  });
}

export const MAX_PAGES = 500;

interface TextItem {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
}

/** A money figure: with thousands separators or two decimals ("01", "1.1" are numbers, not money). */
export const MONEY = /^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})$/;

/** Text without its spaces, as the importer compares printed words. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * One text item can hold two cells ("91,016,775.35 一、一般公共服务支出" at one x): split a cell
 * where a figure meets words across a space, placing each part by its share of the width, as
 * `measure` gives widths (display width on a page; characters in pdftotext's layout).
 */
export function splitMixed(c: Cell, measure: (s: string) => number = textWidth): Cell[] {
  const parts = c.text.split(/\s+/);
  if (parts.length < 2 || !parts.some((p) => MONEY.test(p))) return [c];
  const groups: string[] = [];
  for (const p of parts) {
    const last = groups.at(-1);
    if (last !== undefined && !MONEY.test(p) && !MONEY.test(last.split(' ').at(-1) ?? '')) groups[groups.length - 1] = `${last} ${p}`;
    else groups.push(p);
  }
  if (groups.length < 2) return [c];
  const total = measure(c.text) || 1;
  let at = 0;
  return groups.map((g) => {
    const start = c.text.indexOf(g, at);
    at = start + g.length;
    const x0 = c.x0 + ((c.x1 - c.x0) * measure(c.text.slice(0, start))) / total;
    const x1 = c.x0 + ((c.x1 - c.x0) * measure(c.text.slice(0, at))) / total;
    return { text: g, x0, x1 };
  });
}

/** A PDF's text, page by page, as lines of cells. */
export async function linesOfPdf(bytes: Uint8Array, maxPages = MAX_PAGES): Promise<Line[]> {
  const require = createRequire(import.meta.url);
  const base = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new ImportError('encrypted', 'the PDF is encrypted: save an unprotected copy');
    throw new ImportError('corrupt', `the PDF cannot be read (${(e as Error).message})`, { reason: (e as Error).message });
  }
  try {
    return await readPages(doc, maxPages);
  } catch (e) {
    // A page that cannot be read (a broken page tree, a damaged content stream) is a corrupt PDF.
    if (e instanceof ImportError) throw e;
    throw new ImportError('corrupt', `the PDF cannot be read (${(e as Error).message})`, { reason: (e as Error).message });
  } finally {
    await doc.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<(typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['getDocument']>['promise']>;

async function readPages(doc: PdfDocument, maxPages: number): Promise<Line[]> {
  if (doc.numPages > maxPages) throw new ImportError('too-many-pages', `the PDF has ${doc.numPages} pages, more than ${maxPages}`, { pages: doc.numPages, max: maxPages });
  const out: Line[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    // Spaces are items of their own ("公开", " ", "01"): kept inside a cell, never starting one.
    const items = (content.items as TextItem[]).filter((i) => i.str !== undefined && i.str !== '');
    // Rows by baseline (within a third of the font size), top to bottom; cells left to right, an
    // item joined to the one before it when the gap is narrower than a character.
    const rows: { y: number; size: number; items: TextItem[] }[] = [];
    for (const it of items) {
      const y = it.transform[5] ?? 0;
      const size = Math.abs(it.transform[0] ?? 10) || 10;
      const row = rows.find((r) => Math.abs(r.y - y) < Math.max(r.size, size) / 3);
      if (row) row.items.push(it);
      else rows.push({ y, size, items: [it] });
    }
    rows.sort((a, b) => b.y - a.y);
    const top = page.view[3] ?? 842;
    // One scale per page (its median font size), so that y compares across lines of any size.
    const sizes = rows.map((r) => r.size).sort((a, b) => a - b);
    const scale = sizes[Math.floor(sizes.length / 2)] ?? 10;
    for (const r of rows) {
      r.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      const cells: { text: string; x0: number; x1: number; pieces: { text: string; x0: number; x1: number }[]; spaced: boolean }[] = [];
      for (const it of r.items) {
        const x0 = it.transform[4] ?? 0;
        const last = cells.at(-1);
        const blank = it.str.trim() === '';
        if (last && x0 - last.x1 < r.size * 0.9) {
          last.text += blank ? ' ' : it.str;
          if (blank) last.spaced = true;
          else {
            last.x1 = x0 + it.width;
            const piece = last.pieces.at(-1);
            if (last.spaced || !piece) last.pieces.push({ text: it.str, x0, x1: last.x1 });
            else {
              piece.text += it.str;
              piece.x1 = last.x1;
            }
            last.spaced = false;
          }
        } else if (!blank) cells.push({ text: it.str, x0, x1: x0 + it.width, pieces: [{ text: it.str, x0, x1: x0 + it.width }], spaced: false });
      }
      const tidy = cells.map(({ pieces, spaced: _, ...c }): Cell => ({
        ...c,
        text: c.text.replace(/\s+/g, ' ').trim(),
        ...(pieces.length > 1 ? { pieces: pieces.map((x) => ({ ...x, text: x.text.replace(/\s+/g, ' ').trim() })) } : {}),
      }));
      if (tidy.length > 0) out.push(line(p, tidy.flatMap((c) => splitMixed(c)), (top - r.y) / scale, 'pt'));
    }
  }
  if (out.length === 0) throw new ImportError('no-text', 'the PDF has no text layer (scanned pages?): it needs OCR first');
  return out;
}
