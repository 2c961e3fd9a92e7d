/**
 * `budget check`: inputs → one report per file (in this thread or in workers) → written as soon
 * as it and every file before it are done → one summary and an exit code. Memory stays flat over
 * any number of files: a file's report is rendered and dropped.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Config, loadConfig } from '../load/config.js';
import { messages } from '../load/messages.js';
import { loadWaivers, type Waiver } from '../load/waivers.js';
import { type FailOn, invalidFile, Waiving } from '../report/build.js';
import { renderProblems } from '../report/load.js';
import type { FileReport } from '../report/schema.js';
import { type Format as StreamFormat, ReportStream, renderFile, renderReport } from '../report/stream.js';
import { RULES } from '../rules/index.js';
import { checkBytes, checkFile, type Done, type Holdings, type JobSettings, type ReadLimits, type Severities } from './check-file.js';
import { EXIT } from './exit.js';
import { expandInputs } from './inputs.js';
import { colorLevel, type Io, type Lang } from './io.js';
import { sinkFor } from './output.js';
import { readBytes, readText } from './read.js';

/** Report formats, and the .xlsx review checklist. */
export type Format = StreamFormat | 'checklist';

export interface CheckOptions {
  readonly lang: Lang;
  readonly color: boolean | undefined;
  readonly format: Format;
  readonly failOn: FailOn;
  readonly verbose: boolean;
  readonly version: string;
  /** A configuration file named with --config; otherwise budget.config.yaml when present. */
  readonly config?: string;
  /** A waivers file named with --waivers; otherwise budget-waivers.yaml when present. */
  readonly waivers?: string;
  readonly output?: string;
  readonly force: boolean;
  readonly jobs?: number;
  readonly docsUrl?: string;
  /** Today's date (YYYY-MM-DD), for waiver expiry. */
  readonly today: string;
  /** Input files larger than this are refused (--max-file-size). */
  readonly maxBytes?: number;
  /** PDFs with more pages are refused (--max-pages). */
  readonly maxPages?: number;
}

type Side<T> = { ok: true; value: T } | { ok: false; report: FileReport };

/**
 * Reads an optional YAML side file: named, it must exist; by default, it may be absent — but one
 * that is there and cannot be read is an input problem, never silently ignored.
 */
async function sideFile<T>(io: Io, named: string | undefined, fallback: string, parse: (text: string, file: string) => Side<T>, empty: T): Promise<Side<T>> {
  const file = named ?? fallback;
  if (named === undefined && !existsSync(resolve(io.cwd, file))) return { ok: true, value: empty };
  const read = await readText(io, file);
  if (!read.ok) return { ok: false, report: invalidFile(file, [read.problem]) };
  return parse(read.text, file);
}

const ids = RULES.map((r) => r.id);
const configOf = (text: string, file: string): Side<Config> => {
  const r = loadConfig(text, file, ids);
  return r.ok ? { ok: true, value: r.config } : { ok: false, report: invalidFile(file, r.problems) };
};
const waiversOf = (text: string, file: string): Side<Waiver[]> => {
  const r = loadWaivers(text, file, ids);
  return r.ok ? { ok: true, value: r.waivers } : { ok: false, report: invalidFile(file, r.problems) };
};

/** The worker script beside this module in the bundle; absent when running from source. */
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'worker.js');

/**
 * Checks the files in order, in this thread or spread over workers, handing each result to
 * `done` in input order whatever the timing.
 */
async function checkAll(io: Io, files: readonly string[], jobs: number, settings: JobSettings, done: (c: Done, index: number) => Promise<void>, limits: ReadLimits): Promise<void> {
  if (jobs <= 1 || files.length <= 4 || !existsSync(WORKER)) {
    for (const [i, file] of files.entries()) {
      const { bytes, error } = await readBytes(io, file);
      await done(await checkBytes(file, bytes, error, settings, i, limits), i);
    }
    return;
  }
  await new Promise<void>((finish, fail) => {
    const waiting = new Map<number, Done>();
    let next = 0;
    let emitted = 0;
    let chain = Promise.resolve();
    const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(WORKER));
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const index = next++;
      w.postMessage({ index, file: resolve(io.cwd, files[index] ?? ''), display: files[index], settings, limits });
    };
    for (const w of workers) {
      w.on('message', (m: { index: number; done: Done }) => {
        waiting.set(m.index, m.done);
        feed(w);
        // Emit every result that is next in input order.
        chain = chain.then(async () => {
          while (waiting.has(emitted)) {
            const c = waiting.get(emitted) as Done;
            waiting.delete(emitted);
            await done(c, emitted++);
          }
          if (emitted === files.length) {
            for (const x of workers) void x.terminate();
            finish();
          }
        }, fail);
      });
      w.on('error', fail);
      feed(w);
    }
  });
}

export async function check(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const color = opts.output !== undefined || opts.format !== 'pretty' ? 0 : colorLevel(io, opts.color);
  const streamOptions = {
    // The checklist goes its own way below; its side files' problems are reported as pretty.
    format: opts.format === 'checklist' ? ('pretty' as const) : opts.format,
    failOn: opts.failOn,
    version: opts.version,
    rules: RULES,
    lang: opts.lang,
    color,
    verbose: opts.verbose,
    ...(opts.docsUrl ? { docsUrl: opts.docsUrl } : {}),
  };
  const conf = await sideFile<Config>(io, opts.config, 'budget.config.yaml', configOf, { severities: {} });
  const waivers = await sideFile<Waiver[]>(io, opts.waivers, 'budget-waivers.yaml', waiversOf, []);
  for (const side of [conf, waivers]) {
    if (!side.ok) {
      const { out, err } = renderReport({ format: 'budget-report/1', tool: { name: 'budget', version: opts.version }, failOn: opts.failOn, files: [side.report], summary: { ...side.report.counts, files: 1, invalid: 1 } }, { ...streamOptions, format: 'pretty', color: colorLevel(io, opts.color) });
      io.stderr(err || out);
      return EXIT.badInput;
    }
  }
  const { files, missing } = await expandInputs(inputs, io.cwd);
  if (opts.format === 'checklist') {
    const severities = (conf.ok ? conf.value.severities : {}) as Severities;
    return writeChecklist(io, opts, files, missing, severities, waivers.ok ? waivers.value : []);
  }
  const sink = await sinkFor(io, opts.output, opts.force, files);
  if (typeof sink === 'string') {
    io.stderr(`budget: ${sink}\n`);
    return EXIT.badInput;
  }
  const stream = new ReportStream(streamOptions);
  const waiverList = waivers.ok ? waivers.value : [];
  const waiving = new Waiving(waiverList, opts.today, opts.waivers ?? 'budget-waivers.yaml');
  const { rules: _rules, ...render } = streamOptions;
  const settings: JobSettings = {
    severities: (conf.ok ? conf.value.severities : {}) as Severities,
    waivers: waiverList,
    today: opts.today,
    waiversFile: opts.waivers ?? 'budget-waivers.yaml',
    render,
  };
  const showProgress = io.stderrIsTTY && files.length > 5;
  const write = async (c: { out: string; err: string }) => {
    if (c.err !== '') io.stderr(c.err);
    await sink.write(c.out);
  };

  try {
    await sink.write(stream.head());
    await checkAll(io, files, Math.max(1, opts.jobs ?? availableParallelism()), settings, async (d, i) => {
    if (showProgress) io.stderr(`\r\u001b[2K${i + 1}/${files.length} ${opts.lang === 'zh' ? '个文件已检查' : 'files checked'}`);
    if (opts.verbose && opts.format === 'pretty' && d.holdings) await sink.write(holdingLine(d.file, d.holdings, opts.lang));
    waiving.markUsed(d.used);
    // Never silently: a file read in another encoding than UTF-8 is named on stderr.
    if (d.encoding) io.stderr(`budget: ${d.file}: ${messages.decodedFrom(d.encoding)[opts.lang]}\n`);
    if (d.unplaced) io.stderr(`budget: ${d.file}: ${messages.unplaced(d.unplaced)[opts.lang]}\n`);
    await write(stream.add(d.rendered));
  }, limitsOf(opts));
    if (showProgress) io.stderr('\r\u001b[2K');
    for (const [k, m] of missing.entries()) await write(stream.file(invalidFile(m, [{ file: m, line: 1, col: 1, place: '', message: messages.noMatch(m) }]), files.length + k));
    const left = waiving.leftovers();
    if (left) await write(stream.file(left, files.length + missing.length));
    await sink.write(stream.tail());
  } catch (e) {
    // Whatever went wrong, no half-written report is left behind.
    await sink.abort();
    throw e;
  }
  const problem = await sink.close();
  if (problem) {
    io.stderr(`budget: ${problem}\n`);
    return EXIT.badInput;
  }
  return stream.exitCode();
}

const limitsOf = (o: CheckOptions): ReadLimits => ({
  ...(o.maxBytes !== undefined ? { maxBytes: o.maxBytes } : {}),
  ...(o.maxPages !== undefined ? { maxPages: o.maxPages } : {}),
});

/**
 * `--format checklist`: the review checklist of one file as an .xlsx, written atomically to
 * --output (a spreadsheet is never written to a terminal). The file is checked as for any other
 * format; what would go to stderr there goes to stderr here.
 */
async function writeChecklist(io: Io, opts: CheckOptions, files: readonly string[], missing: readonly string[], severities: Severities, waivers: readonly Waiver[]): Promise<number> {
  const say = (zh: string, en: string) => io.stderr(`budget: ${opts.lang === 'zh' ? zh : en}\n`);
  if (opts.output === undefined) {
    say('检查表是电子表格：请用 --output 指定 .xlsx 文件', 'the checklist is a spreadsheet: name its .xlsx file with --output');
    return EXIT.badInput;
  }
  if (files.length !== 1 || missing.length > 0) {
    say('检查表一次针对一个文件', 'a checklist is made for one file at a time');
    return EXIT.badInput;
  }
  const file = files[0] as string;
  const { bytes, error } = await readBytes(io, file);
  const checked = await checkFile(file, bytes, error, severities, limitsOf(opts));
  if (checked.encoding) io.stderr(`budget: ${file}: ${messages.decodedFrom(checked.encoding)[opts.lang]}\n`);
  if (checked.unplaced) io.stderr(`budget: ${file}: ${messages.unplaced(checked.unplaced)[opts.lang]}\n`);
  if (!checked.loaded) {
    io.stderr(renderProblems(checked.report.problems, { lang: opts.lang, color: colorLevel(io, opts.color) }));
    return EXIT.badInput;
  }
  const waiving = new Waiving(waivers, opts.today, opts.waivers ?? 'budget-waivers.yaml');
  const report = waiving.mark(checked.report);
  const style = { format: 'pretty' as const, failOn: opts.failOn, version: opts.version, rules: RULES, lang: opts.lang, color: colorLevel(io, opts.color), verbose: false };
  // Waivers that matched nothing, or have expired, are said on stderr as for any check.
  const left = waiving.leftovers();
  if (left) io.stderr(renderFile(left, style).parts[0] ?? '');
  const { checklistXlsx } = await import('../report/xlsx.js');
  const sink = await sinkFor(io, opts.output, opts.force, files);
  if (typeof sink === 'string') {
    io.stderr(`budget: ${sink}\n`);
    return EXIT.badInput;
  }
  try {
    await sink.write(await checklistXlsx(checked.loaded, report, opts.lang));
  } catch (e) {
    await sink.abort();
    throw e;
  }
  const failed = await sink.close();
  if (failed) {
    io.stderr(`budget: ${failed}\n`);
    return EXIT.badInput;
  }
  return renderFile(report, style).failing || (left && renderFile(left, style).failing) ? EXIT.findings : EXIT.ok;
}

function holdingLine(file: string, h: Holdings, lang: Lang): string {
  return lang === 'zh'
    ? `✔ ${file} 已载入：${h.tables} 张表，${h.rows} 行，${h.figures} 个金额；绩效目标表 ${h.targets} 张；情况说明 ${h.sections} 节\n`
    : `✔ ${file} loaded: ${h.tables} tables, ${h.rows} rows, ${h.figures} figures; ${h.targets} performance target tables; ${h.sections} narrative sections\n`;
}
