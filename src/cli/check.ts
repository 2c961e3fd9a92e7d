import { runRules } from '../engine/run.js';
import { type Config, loadConfig } from '../load/config.js';
import { loadDisclosure } from '../load/load.js';
import { RULES } from '../rules/index.js';
import { buildReport, checkedFile, exitCodeOf, type FailOn, invalidFile } from '../report/build.js';
import { renderJson } from '../report/json.js';
import { renderHoldings } from '../report/load.js';
import { renderPretty } from '../report/pretty.js';
import type { FileReport } from '../report/schema.js';
import { colorLevel, type Io, type Lang } from './io.js';
import { readText } from './read.js';

export interface CheckOptions {
  readonly lang: Lang;
  readonly color: boolean | undefined;
  readonly format: 'pretty' | 'json';
  readonly failOn: FailOn;
  readonly verbose: boolean;
  readonly version: string;
  /** A configuration file named with --config; otherwise budget.config.yaml when present. */
  readonly config?: string;
}

const DEFAULT_CONFIG = 'budget.config.yaml';

async function readConfig(opts: CheckOptions, io: Io): Promise<{ ok: true; config: Config } | { ok: false; report: FileReport }> {
  const file = opts.config ?? DEFAULT_CONFIG;
  const read = await readText(io, file);
  if (!read.ok) {
    // Without --config, no file is no configuration.
    if (opts.config === undefined) return { ok: true, config: { severities: {} } };
    return { ok: false, report: invalidFile(file, [read.problem]) };
  }
  const r = loadConfig(read.text, file, RULES.map((x) => x.id));
  return r.ok ? r : { ok: false, report: invalidFile(file, r.problems) };
}

export async function check(files: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const style = { lang: opts.lang, color: colorLevel(io, opts.color) };
  const conf = await readConfig(opts, io);
  if (!conf.ok) {
    io.stderr(renderPretty(buildReport([conf.report], opts.failOn, opts.version), { ...style, verbose: false }));
    return 2;
  }
  const reports: FileReport[] = [];
  const holdings: string[] = [];
  for (const file of files) {
    const read = await readText(io, file);
    if (!read.ok) {
      reports.push(invalidFile(file, [read.problem]));
      continue;
    }
    const result = loadDisclosure(read.text, file);
    if (!result.ok) {
      reports.push(invalidFile(file, result.problems));
      continue;
    }
    if (opts.verbose) holdings.push(renderHoldings(result.loaded, style));
    reports.push(checkedFile(result.loaded, runRules(result.loaded, RULES, { severities: conf.config.severities })));
  }
  const report = buildReport(reports, opts.failOn, opts.version);
  if (opts.format === 'json') io.stdout(renderJson(report));
  else {
    if (holdings.length > 0) io.stdout(`${holdings.join('\n')}\n`);
    // Files that could not be loaded go to stderr, as before; the report of checked files to stdout.
    const bad = { ...report, files: report.files.filter((f) => f.status === 'invalid') };
    const good = { ...report, files: report.files.filter((f) => f.status === 'checked') };
    if (bad.files.length > 0) io.stderr(renderPretty(bad, { ...style, verbose: opts.verbose }));
    if (good.files.length > 0) io.stdout(renderPretty(good, { ...style, verbose: opts.verbose }));
  }
  return exitCodeOf(report);
}
