/** `budget check`: inputs → reports (in this thread or in workers) → one report → a format → out. */
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Config, loadConfig } from '../load/config.js';
import { messages } from '../load/messages.js';
import { loadWaivers, type Waiver } from '../load/waivers.js';
import { applyWaivers, buildReport, exitCodeOf, type FailOn, invalidFile } from '../report/build.js';
import { renderGithub } from '../report/github.js';
import { renderJson } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderPretty } from '../report/pretty.js';
import { renderSarif } from '../report/sarif.js';
import type { CheckReport, FileReport } from '../report/schema.js';
import { RULES } from '../rules/index.js';
import { type Checked, checkText, type Severities, unreadable } from './check-file.js';
import { EXIT } from './exit.js';
import { expandInputs } from './inputs.js';
import { colorLevel, type Io, type Lang } from './io.js';
import { readText } from './read.js';

export type Format = 'pretty' | 'json' | 'sarif' | 'junit' | 'github';

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
}

/** Reads an optional YAML side file: named, it must exist; by default, it may be absent. */
async function sideFile<T>(io: Io, named: string | undefined, fallback: string, parse: (text: string, file: string) => { ok: true; value: T } | { ok: false; report: FileReport }, empty: T) {
  const file = named ?? fallback;
  const read = await readText(io, file);
  if (!read.ok) return named === undefined ? { ok: true as const, value: empty } : { ok: false as const, report: invalidFile(file, [read.problem]) };
  return parse(read.text, file);
}

const ids = RULES.map((r) => r.id);
const configOf = (text: string, file: string) => {
  const r = loadConfig(text, file, ids);
  return r.ok ? { ok: true as const, value: r.config } : { ok: false as const, report: invalidFile(file, r.problems) };
};
const waiversOf = (text: string, file: string) => {
  const r = loadWaivers(text, file, ids);
  return r.ok ? { ok: true as const, value: r.waivers } : { ok: false as const, report: invalidFile(file, r.problems) };
};

/** The worker script beside this module in the bundle; absent when running from source. */
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'worker.js');

async function checkInThread(io: Io, file: string, severities: Severities): Promise<Checked> {
  const read = await readText(io, file);
  return read.ok ? checkText(read.text, file, severities) : unreadable(read.problem);
}

/** Spreads files over worker threads; results come back in input order whatever the timing. */
function checkInWorkers(files: readonly string[], jobs: number, severities: Severities, cwd: string, progress: (done: number) => void): Promise<Checked[]> {
  return new Promise((done, fail) => {
    const results: Checked[] = new Array(files.length);
    let next = 0;
    let finished = 0;
    const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(WORKER));
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const index = next++;
      w.postMessage({ index, file: resolve(cwd, files[index] ?? ''), severities, display: files[index] });
    };
    for (const w of workers) {
      w.on('message', (m: { index: number; checked: Checked }) => {
        results[m.index] = relabel(m.checked, files[m.index] ?? '');
        finished++;
        progress(finished);
        if (finished === files.length) {
          for (const x of workers) void x.terminate();
          done(results);
        } else feed(w);
      });
      w.on('error', fail);
      feed(w);
    }
  });
}

/** A worker reads by absolute path; reports name the file as the user gave it. */
function relabel(c: Checked, file: string): Checked {
  const json = JSON.stringify(c.report);
  const abs = JSON.stringify(c.report.file).slice(1, -1);
  return { ...c, report: JSON.parse(json.split(`"${abs}"`).join(JSON.stringify(file))) as FileReport };
}

function render(report: CheckReport, opts: CheckOptions, color: 0 | 1 | 2 | 3, holdings: string): { out: string; err: string } {
  const style = { lang: opts.lang, color, verbose: opts.verbose };
  switch (opts.format) {
    case 'json':
      return { out: renderJson(report), err: '' };
    case 'sarif':
      return { out: renderSarif(report, { rules: RULES, lang: opts.lang, ...(opts.docsUrl ? { docsUrl: opts.docsUrl } : {}) }), err: '' };
    case 'junit':
      return { out: renderJunit(report, RULES, opts.lang), err: '' };
    case 'github':
      return { out: renderGithub(report, opts.lang), err: '' };
    default: {
      // Files that could not be loaded go to stderr; the report of the checked files to stdout.
      const bad = report.files.filter((f) => f.status === 'invalid');
      const good = report.files.filter((f) => f.status === 'checked');
      return {
        out: holdings + (good.length > 0 ? renderPretty({ ...report, files: good }, style) : ''),
        err: bad.length > 0 ? renderPretty({ ...report, files: bad }, style) : '',
      };
    }
  }
}

/** Writes the report atomically (a temporary file, then rename), never over an input. */
async function writeOutput(io: Io, path: string, text: string, inputs: readonly string[], force: boolean): Promise<string | undefined> {
  const target = resolve(io.cwd, path);
  if (inputs.some((i) => resolve(io.cwd, i) === target)) return `refusing to overwrite an input file: ${path}`;
  if (!force && existsSync(target)) return `${path} exists: use --force to replace it`;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    return `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`;
  }
  return undefined;
}

export async function check(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const color = opts.output !== undefined || opts.format !== 'pretty' ? 0 : colorLevel(io, opts.color);
  const style = { lang: opts.lang, color, verbose: false };
  const conf = await sideFile<Config>(io, opts.config, 'budget.config.yaml', configOf, { severities: {} });
  const waivers = await sideFile<Waiver[]>(io, opts.waivers, 'budget-waivers.yaml', waiversOf, []);
  for (const side of [conf, waivers]) {
    if (!side.ok) {
      io.stderr(renderPretty(buildReport([side.report], opts.failOn, opts.version), style));
      return EXIT.badInput;
    }
  }
  const severities = (conf.ok ? conf.value.severities : {}) as Severities;
  const { files, missing } = await expandInputs(inputs, io.cwd);
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const showProgress = io.stderrIsTTY && files.length > 5;
  const progress = (done: number) => {
    if (showProgress) io.stderr(`\r${done}/${files.length} ${opts.lang === 'zh' ? '个文件已检查' : 'files checked'}`);
  };
  let checked: Checked[];
  if (jobs > 1 && files.length > 4 && existsSync(WORKER)) checked = await checkInWorkers(files, jobs, severities, io.cwd, progress);
  else {
    checked = [];
    for (const file of files) {
      checked.push(await checkInThread(io, file, severities));
      progress(checked.length);
    }
  }
  if (showProgress) io.stderr('\r\u001b[2K');
  const missingReports = missing.map((m) => invalidFile(m, [{ file: m, line: 1, col: 1, place: '', message: messages.noMatch(m) }]));
  let reports = [...checked.map((c) => c.report), ...missingReports];
  if (waivers.ok && waivers.value.length > 0) reports = applyWaivers(reports, waivers.value, opts.today, opts.waivers ?? 'budget-waivers.yaml');
  const report = buildReport(reports, opts.failOn, opts.version);
  const holdings = opts.verbose && opts.format === 'pretty' ? checked.flatMap((c) => (c.holdings ? [holdingLine(c, opts.lang)] : [])).join('') : '';
  const { out, err } = render(report, opts, color, holdings);
  if (err !== '') io.stderr(err);
  if (opts.output !== undefined) {
    const problem = await writeOutput(io, opts.output, out, files, opts.force);
    if (problem) {
      io.stderr(`budget: ${problem}\n`);
      return EXIT.badInput;
    }
  } else io.stdout(out);
  return exitCodeOf(report);
}

function holdingLine(c: Checked, lang: Lang): string {
  const h = c.holdings;
  if (!h) return '';
  return lang === 'zh'
    ? `✔ ${c.report.file} 已载入：${h.tables} 张表，${h.rows} 行，${h.figures} 个金额；绩效目标表 ${h.targets} 张；情况说明 ${h.sections} 节\n`
    : `✔ ${c.report.file} loaded: ${h.tables} tables, ${h.rows} rows, ${h.figures} figures; ${h.targets} performance target tables; ${h.sections} narrative sections\n`;
}
