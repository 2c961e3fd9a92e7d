import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, linesOfLayoutText, linesOfPdf, linesOfTabText, splitMixed } from '../../src/import/source.js';
import { tinyPdf } from './pdf.js';

const source = (name: string) => readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url));

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportError) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error('expected an ImportError');
};

describe('linesOfPdf: a PDF through pdf.js, with its bundled CMaps', () => {
  it('reads the Chinese of the Jiangsu 2019 PDF page by page, cells in print order', async () => {
    const lines = await linesOfPdf(new Uint8Array(source('js-gaoyuan-2019-dept-budget.pdf')));
    const at = lines.findIndex((l) => l.text === '公开 01 表');
    expect(at).toBe(149);
    expect(lines[at]?.page).toBe(8);
    expect(lines[at + 1]?.text).toBe('收支预算总表');
    // A row of the 收支预算总表: name and figure cells left to right, one x-range each.
    const row = lines.find((l) => l.page === 8 && l.cells[0]?.text === '一、财政拨款');
    expect(row?.cells.map((c) => c.text)).toEqual(['一、财政拨款', '37,188.34', '一、一般公共服务支出', '一、基本支出', '21,968.00']);
    const xs = row?.cells.map((c) => c.x0) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Spaces printed inside a cell are kept: "（财库[2013]189 号）".
    expect(lines.some((l) => l.text.includes('（财库[2013]189 号）'))).toBe(true);
    expect(new Set(lines.map((l) => l.page)).size).toBe(26);
  });

  it('splits one text item of words and a figure into two cells', async () => {
    const lines = await linesOfPdf(tinyPdf(1, 'Total 1,234.50'));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['Total', '1,234.50']);
  });

  it('refuses a file that is not a PDF, naming why', async () => {
    const f = await failure(linesOfPdf(new TextEncoder().encode('summary:\n  rows: []\n')));
    expect(f.kind).toBe('corrupt');
    expect(f.message).toMatch(/^the PDF cannot be read \(/);
  });

  it('refuses a PDF that needs a password, and says what to do', async () => {
    expect(await failure(linesOfPdf(tinyPdf(1, 'x', 'secret')))).toEqual({
      kind: 'encrypted',
      message: 'the PDF is encrypted: save an unprotected copy',
    });
  });

  it('opens a PDF encrypted with an empty user password, as readers do', async () => {
    // It gets past the password (its page is blank): the encryption above is built right.
    expect((await failure(linesOfPdf(tinyPdf(1, '', '')))).kind).toBe('no-text');
  });

  it('refuses a PDF with no text layer: it needs OCR first', async () => {
    expect(await failure(linesOfPdf(tinyPdf(2)))).toEqual({
      kind: 'no-text',
      message: 'the PDF has no text layer (scanned pages?): it needs OCR first',
    });
  });

  it('refuses a PDF of more pages than the limit before reading any', async () => {
    expect(await failure(linesOfPdf(tinyPdf(3, 'x'), 2))).toEqual({
      kind: 'too-many-pages',
      message: 'the PDF has 3 pages, more than 2',
    });
  });
});

describe('linesOfLayoutText: pdftotext -layout output', () => {
  it('splits pages at form feeds and cells at runs of two spaces, one character to a column', () => {
    // pdftotext lays out a wide character in one column, as a narrow one: "合计" ends at 4, not 6.
    const lines = linesOfLayoutText('收入  1.00\n\f  合计   2.00\n');
    expect(lines).toEqual([
      { page: 1, y: 0, unit: 'char', text: '收入 1.00', cells: [{ text: '收入', x0: 0, x1: 2 }, { text: '1.00', x0: 4, x1: 8 }] },
      { page: 2, y: 10_000, unit: 'char', text: '合计 2.00', cells: [{ text: '合计', x0: 2, x1: 4 }, { text: '2.00', x0: 7, x1: 11 }] },
    ]);
  });

  it('splits a figure from the words after it, printed one space apart, each part placed by characters', () => {
    expect(linesOfLayoutText('一、财政拨款收入  91,016,775.35 一、一般公共服务支出')[0]?.cells).toEqual([
      { text: '一、财政拨款收入', x0: 0, x1: 8 },
      { text: '91,016,775.35', x0: 10, x1: 23 },
      { text: '一、一般公共服务支出', x0: 24, x1: 34 },
    ]);
  });

  it('keeps single spaces inside a cell', () => {
    expect(linesOfLayoutText('公开 01 表')[0]?.cells.map((c) => c.text)).toEqual(['公开 01 表']);
  });
});

describe('linesOfTabText: the tab-separated extraction of the reference', () => {
  it('places each cell by its tab index and drops blank cells', () => {
    expect(linesOfTabText('2080101\t行政运行\t\t12.50\n\n')).toEqual([
      {
        page: 1,
        y: 0,
        unit: 'tab',
        text: '2080101 行政运行 12.50',
        cells: [
          { text: '2080101', x0: 0, x1: 99 },
          { text: '行政运行', x0: 100, x1: 199 },
          { text: '12.50', x0: 300, x1: 399 },
        ],
      },
    ]);
  });
});

describe('splitMixed: one text item holding two cells', () => {
  it('splits a figure from the words beside it, each placed by its share of the width', () => {
    // 13 columns, a space, 20 columns: the item is 34 wide.
    expect(splitMixed({ text: '91,016,775.35 一、一般公共服务支出', x0: 100, x1: 134 })).toEqual([
      { text: '91,016,775.35', x0: 100, x1: 113 },
      { text: '一、一般公共服务支出', x0: 114, x1: 134 },
    ]);
  });

  it('leaves words with spaces, a section number, and a lone figure whole', () => {
    const words = { text: '公开 01 表', x0: 0, x1: 10 };
    expect(splitMixed(words)).toEqual([words]);
    const heading = { text: '1.1 收入情况', x0: 0, x1: 12 };
    expect(splitMixed(heading)).toEqual([heading]);
    const figure = { text: '1,234.00', x0: 0, x1: 8 };
    expect(splitMixed(figure)).toEqual([figure]);
  });
});
