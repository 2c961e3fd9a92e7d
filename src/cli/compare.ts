/** `budget compare OLD NEW`: two years side by side, and the newer year's claims about the older. */
import { checkPriorClaims, type Place } from '../compare/claims.js';
import { diffTables } from '../compare/diff.js';
import { buildCompare, parseThreshold, reaches, renderCompareCsv, renderCompareJson, renderCompareMarkdown, renderComparePretty, type Threshold } from '../compare/report.js';
import { loadDisclosure, type Loaded } from '../load/load.js';
import { invalidFile } from '../report/build.js';
import { ReportStream } from '../report/stream.js';
import { RULES } from '../rules/index.js';
import { Dec } from '../model/decimal.js';
import { renderCompareHtml } from '../compare/html.js';
import { EXIT } from './exit.js';
import { sinkFor } from './output.js';
import { colorLevel, type Io, type Lang } from './io.js';
import { isSourceFile, type Read, readBytes, readText } from './read.js';
import { messages } from '../load/messages.js';
import { type PageOf, withPage } from './pages.js';

export interface CompareOptions {
  readonly lang: Lang;
  readonly color: boolean | undefined;
  readonly format: 'pretty' | 'json' | 'markdown' | 'csv' | 'html';
  readonly output?: string;
  readonly force: boolean;
  readonly maxBytes?: number;
  readonly maxPages?: number;
  readonly minChange?: string;
  readonly failOnChange?: string;
  readonly tables?: readonly string[];
  readonly version: string;
}

/**
 * The YAML form of a file: read as it is, or imported first when it is a published document, with
 * the printed page of each of its places then.
 */
async function readForm(io: Io, file: string, lang: Lang, limits: { maxBytes?: number; maxPages?: number }): Promise<Read & { pageOf?: PageOf }> {
  if (!isSourceFile(file)) return readText(io, file, limits.maxBytes);
  const { bytes, error } = await readBytes(io, file);
  const { readSource } = await import('./source-file.js');
  const r = await readSource(file, bytes, error, limits);
  if (!r.ok) return { ok: false, problem: r.problem };
  if (r.imported.unplaced.length > 0) io.stderr(`budget: ${file}: ${messages.unplaced(r.imported.unplaced.length)[lang]}\n`);
  return { ok: true, text: r.yaml, pageOf: r.pageOf };
}

async function load(io: Io, file: string, opts: CompareOptions): Promise<{ loaded: Loaded; pageOf?: PageOf } | undefined> {
  const read = await readForm(io, file, opts.lang, {
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
  });
  const result = read.ok ? loadDisclosure(read.text, file) : undefined;
  if (result?.ok) return { loaded: result.loaded, ...(read.ok && read.pageOf ? { pageOf: read.pageOf } : {}) };
  const problems = read.ok ? (result && !result.ok ? result.problems : []) : [read.problem];
  const stream = new ReportStream({ format: 'pretty', failOn: 'error', version: opts.version, rules: RULES, lang: opts.lang, color: colorLevel(io, opts.color), verbose: false });
  io.stderr(stream.file(invalidFile(file, problems)).err);
  return undefined;
}

export async function compare(oldFile: string, newFile: string, opts: CompareOptions, io: Io): Promise<number> {
  const thresholds: (Threshold | undefined)[] = [];
  for (const [flag, value] of [['--min-change', opts.minChange], ['--fail-on-change', opts.failOnChange]] as const) {
    if (value === undefined) {
      thresholds.push(undefined);
      continue;
    }
    const th = parseThreshold(value);
    if (!th) {
      io.stderr(`budget compare: ${flag} expects an amount (10.5) or a percent (5%), got "${value}"\n`);
      return EXIT.badInput;
    }
    thresholds.push(th);
  }
  const [older, newer] = [await load(io, oldFile, opts), await load(io, newFile, opts)];
  if (!older || !newer) return EXIT.badInput;
  const [oldLoaded, newLoaded] = [older.loaded, newer.loaded];
  // A claim is in the newer file, its figure in either: each place of a PDF named by its page too.
  const paged = <P extends Place | undefined>(p: P, pageOf: PageOf | undefined): P => (p ? withPage(p, pageOf) : p);
  const claims = checkPriorClaims(oldLoaded, newLoaded).map((c) => ({ ...c, at: paged(c.at, newer.pageOf), current: paged(c.current, newer.pageOf), prior: paged(c.prior, older.pageOf) }));
  const o = oldLoaded.disclosure.document;
  const n = newLoaded.disclosure.document;
  const report = buildCompare(
    { file: oldFile, unit: o.unit, year: o.year },
    { file: newFile, unit: n.unit, year: n.year },
    diffTables(oldLoaded.disclosure, newLoaded.disclosure, opts.tables),
    claims,
    thresholds[0],
  );
  const style = { lang: opts.lang, color: opts.format === 'pretty' ? colorLevel(io, opts.color) : (0 as const) };
  const text =
    opts.format === 'json'
      ? renderCompareJson(report)
      : opts.format === 'markdown'
        ? renderCompareMarkdown(report, style)
        : opts.format === 'csv'
          ? renderCompareCsv(report)
          : opts.format === 'html'
            ? renderCompareHtml(report, { ...style, version: opts.version })
            : renderComparePretty(report, style);
  const sink = await sinkFor(io, opts.output, opts.force, [oldFile, newFile]);
  if (typeof sink === 'string') {
    io.stderr(`budget: ${sink}\n`);
    return EXIT.badInput;
  }
  await sink.write(text);
  const problem = await sink.close();
  if (problem) {
    io.stderr(`budget: ${problem}\n`);
    return EXIT.badInput;
  }
  const contradicted = report.claims.some((c) => c.verdict === 'contradicted');
  const failOn = thresholds[1];
  const moved = failOn !== undefined && report.tables.some((x) => x.rows.some((r) => reaches({ delta: new Dec(r.delta), status: r.status, ...(r.percent !== undefined ? { percent: r.percent } : {}) }, failOn)));
  return contradicted || moved ? EXIT.findings : EXIT.ok;
}
