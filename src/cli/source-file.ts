/**
 * A published disclosure given where a YAML file is expected (`budget check report.pdf`,
 * `budget import report.pdf`): read, imported in memory, and written as the YAML form. Every way
 * this can fail is a problem at the file's 1:1 with a message in both languages, never a crash.
 */
import { type Imported, importLines, linesOf, sourceKindOf, toYaml } from '../import/import.js';
import type { PageFrom, SectionPages } from '../import/prose.js';
import type { PageOf } from './pages.js';
import { ImportError, MAX_PAGES } from '../import/source.js';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { messages, type Text } from '../load/messages.js';
import type { LocatedProblem } from '../load/problem.js';
import { DEFAULT_MAX_BYTES, decode } from './read.js';

export type SourceRead =
  | {
      readonly ok: true;
      readonly yaml: string;
      readonly imported: Imported;
      readonly pageOf: PageOf;
      readonly encoding?: string;
    }
  | { readonly ok: false; readonly problem: LocatedProblem };

const problem = (file: string, message: Text): SourceRead => ({ ok: false, problem: { file, line: 1, col: 1, place: '', message } });

function importProblem(e: ImportError): Text {
  switch (e.kind) {
    case 'encrypted':
      return messages.pdfEncrypted();
    case 'corrupt':
      return messages.pdfCorrupt(e.detail.reason ?? e.message);
    case 'no-text':
      return messages.pdfNoText();
    case 'too-many-pages':
      return messages.pdfTooManyPages(e.detail.pages ?? 0, e.detail.max ?? MAX_PAGES);
  }
}

export interface SourceOptions {
  readonly maxBytes?: number;
  readonly maxPages?: number;
}

/** Reads a PDF or its text (bytes, or the error reading them) into the YAML form. */
export async function readSource(file: string, bytes: Uint8Array | undefined, error: unknown, options: SourceOptions = {}): Promise<SourceRead> {
  if (bytes === undefined) {
    const read = decode(file, undefined, error);
    return read.ok ? problem(file, messages.unreadable('?')) : { ok: false, problem: read.problem };
  }
  const kind = sourceKindOf(bytes);
  if (kind !== 'pdf' && /\.pdf$/i.test(file)) return problem(file, messages.pdfCorrupt('no %PDF- signature: not a PDF file'));
  let source: Uint8Array | string = bytes;
  let encoding: string | undefined;
  if (kind !== 'pdf') {
    const read = decode(file, bytes, undefined, options.maxBytes);
    if (!read.ok) return { ok: false, problem: read.problem };
    source = read.text;
    encoding = read.encoding;
  } else if (bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) {
    return problem(file, messages.tooLarge(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES));
  }
  let imported: Imported;
  try {
    imported = importLines(await linesOf(source, kind, options.maxPages ?? MAX_PAGES));
  } catch (e) {
    // Whatever else a damaged document makes the reader throw is still bad input, at 1:1.
    return problem(file, e instanceof ImportError ? importProblem(e) : messages.pdfCorrupt(String((e as Error).message ?? e)));
  }
  if (Object.keys(imported.data.tables as object).length === 0) return problem(file, messages.noTables());
  const yaml = toYaml(imported.data, file);
  // Pages by line cost a second parse: only a check or a compare asks for them.
  let pages: PageOf | undefined;
  const pageOf = (line: number, col: number) => {
    pages ??= pagesByLine(yaml, imported);
    return pages(line, col);
  };
  return { ok: true, yaml, imported, pageOf, ...(encoding ? { encoding } : {}) };
}

/**
 * The printed page of each line of the written YAML: a table's lines are on its page, a row's on
 * the page its printed line was on, a prose heading's and paragraph's on theirs.
 */
function pagesByLine(yaml: string, imported: Imported): PageOf {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const spans: { from: number; to: number; page: number; pieces?: readonly PageFrom[] }[] = [];
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const tables = doc.get('tables');
  if (isMap(tables)) {
    for (const pair of tables.items) {
      const role = String((pair.key as { value?: unknown }).value);
      const page = imported.pages[role as keyof Imported['pages']];
      const range = (pair.value as { range?: [number, number, number] } | null)?.range;
      // A block value ends where the next key begins: its last line is the one before.
      if (page !== undefined && range) spans.push({ from: lineOf((pair.key as { range?: [number] }).range?.[0] ?? range[0]), to: lineOf(Math.max(range[0], range[1] - 1)), page });
      const rowPages = imported.rowPages[role as keyof Imported['rowPages']];
      if (!rowPages || !isMap(pair.value)) continue;
      for (const [block, pages] of Object.entries(rowPages)) {
        const rows = block === '' ? pair.value.get('rows') : (pair.value.get(block) as { get?: (k: string) => unknown } | undefined)?.get?.('rows');
        if (!isSeq(rows)) continue;
        rows.items.forEach((row, i) => {
          const r = (row as { range?: [number, number, number] }).range;
          const p = pages[i];
          if (r && p !== undefined) spans.push({ from: lineOf(r[0]), to: lineOf(r[0]), page: p });
        });
      }
    }
  }
  // Each piece left unplaced is on its own page.
  const unplaced = doc.get('unplaced');
  if (isSeq(unplaced)) {
    unplaced.items.forEach((item, i) => {
      const r = (item as { range?: [number, number, number] }).range;
      const page = imported.unplaced[i]?.page;
      if (r && page !== undefined) spans.push({ from: lineOf(r[0]), to: lineOf(r[0]), page });
    });
  }
  // A prose section's heading is on its page, and each line of its text (one paragraph a line) on
  // the pages its paragraph is printed on, told apart by column where it runs over a page break.
  const prose = (items: unknown, pages: readonly SectionPages[]) => {
    if (!isSeq(items)) return;
    items.items.forEach((item, i) => {
      const at = pages[i];
      if (!at || !isMap(item)) return;
      const heading = item.get('heading', true) as { range?: [number, number, number] } | undefined;
      if (heading?.range) spans.push({ from: lineOf(heading.range[0]), to: lineOf(heading.range[0]), page: at.heading });
      const text = item.get('text', true) as { range?: [number, number, number] } | undefined;
      // A literal block's range starts at its `|`, on the key's line, which goes with the first
      // paragraph; each paragraph is a line of its own below. A text YAML writes otherwise (quoted,
      // for a control character in it) has no line per paragraph: its section's page is all it gets.
      const start = text?.range?.[0];
      if (start !== undefined && yaml[start] === '|') {
        const first = lineOf(start) + 1;
        spans.push({ from: first - 1, to: first - 1, page: at.paragraphs[0]?.[0]?.page ?? at.heading });
        spans.push(...at.paragraphs.map((pieces, k) => ({ from: first + k, to: first + k, page: pieces[0]?.page ?? at.heading, pieces })));
      } else if (text?.range) spans.push({ from: lineOf(text.range[0]), to: lineOf(Math.max(text.range[0], text.range[1] - 1)), page: at.heading });
      prose(item.get('sections'), at.sections);
    });
  };
  for (const part of ['overview', 'narrative', 'glossary', 'project_descriptions'] as const) prose(doc.get(part), imported.prosePages[part]);
  // The narrowest span holding a line wins: a row's page over its table's.
  spans.sort((a, b) => a.to - a.from - (b.to - b.from));
  const lines = yaml.split('\n');
  return (line, col) => {
    const span = spans.find((s) => s.from <= line && line <= s.to);
    if (!span?.pieces) return span?.page;
    // A paragraph run over a page break: the piece its column falls in, past the line's indent.
    const text = lines[line - 1] ?? '';
    const offset = col - 1 - (text.length - text.trimStart().length);
    return span.pieces.filter((p) => p.from <= offset).at(-1)?.page ?? span.page;
  };
}
