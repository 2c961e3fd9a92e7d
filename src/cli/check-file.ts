/**
 * One file, checked and rendered: the same work in the main thread and in a worker, so that a
 * worker sends back the file's finished share of the report, not the report's objects.
 */
import { runRules } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { type Loaded, loadDisclosure } from '../load/load.js';
import type { Waiver } from '../load/waivers.js';
import { checkedFile, invalidFile, Waiving } from '../report/build.js';
import type { FileReport } from '../report/schema.js';
import { type Rendered, renderFile, type StreamOptions } from '../report/stream.js';
import { RULES } from '../rules/index.js';
import { decode, isSourceFile } from './read.js';
import { type PageOf, withPage } from './pages.js';

export type Severities = Readonly<Record<string, Severity | 'off'>>;

export interface Holdings {
  readonly tables: number;
  readonly rows: number;
  readonly figures: number;
  readonly targets: number;
  readonly sections: number;
}

/** What a job needs besides the file: plain data, so that it can be sent to a worker. */
export interface JobSettings {
  readonly severities: Severities;
  readonly waivers: readonly Waiver[];
  readonly today: string;
  readonly waiversFile: string;
  /** The stream options without the rules (functions cannot cross to a worker). */
  readonly render: Omit<StreamOptions, 'rules'>;
}

export interface Done {
  readonly rendered: Rendered;
  readonly file: string;
  readonly holdings?: Holdings;
  /** Waivers (by index) that matched a finding of this file. */
  readonly used: readonly number[];
  /** The encoding the file was decoded from, when it was not UTF-8. */
  readonly encoding?: string;
  /** Printed pieces the importer could not place, when the file was a published document. */
  readonly unplaced?: number;
}

function holdingsOf(d: ReturnType<typeof loadDisclosure> & { ok: true }): Holdings {
  const { disclosure } = d.loaded;
  const grids = Object.values(disclosure.tables).flatMap((t) => [...(t.grid ? [t.grid] : []), ...Object.values(t.blocks)]);
  return {
    tables: Object.keys(disclosure.tables).length,
    rows: grids.reduce((n, g) => n + g.rows.length, 0),
    figures: grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.amounts.size, 0), 0),
    targets: disclosure.performance_targets?.length ?? 0,
    sections: disclosure.narrative?.length ?? 0,
  };
}

/** A file checked, before waivers and rendering: what every output format is made from. */
export interface Checked {
  readonly report: FileReport;
  /** The disclosure, when it loaded. */
  readonly loaded?: Loaded;
  readonly holdings?: Holdings;
  /** The encoding the file was decoded from, when it was not UTF-8. */
  readonly encoding?: string;
  /** Printed pieces the importer could not place, when the file was a published document. */
  readonly unplaced?: number;
}

export interface ReadLimits {
  readonly maxBytes?: number;
  readonly maxPages?: number;
}

/**
 * Checks the YAML form. `pageOf` is given when it was imported from a PDF: every place then names
 * its printed page as well.
 */
function checkForm(text: string, file: string, severities: Severities, pageOf?: PageOf): Checked {
  const result = loadDisclosure(text, file);
  if (!result.ok) return { report: invalidFile(file, result.problems) };
  const report = checkedFile(result.loaded, runRules(result.loaded, RULES, { severities }));
  return { report: pageOf ? withPages(report, pageOf) : report, loaded: result.loaded, holdings: holdingsOf(result) };
}

/** Every location of a report given its printed page. */
function withPages(report: FileReport, pageOf: PageOf): FileReport {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, location: withPage(f.location, pageOf), related: f.related.map((r) => ({ ...r, location: withPage(r.location, pageOf) })) })),
    claims: report.claims.map((c) => ({ ...c, location: withPage(c.location, pageOf) })),
  };
}

/** Checks a file's bytes (or the error reading them): the YAML form, or a published document imported first. */
export async function checkFile(file: string, bytes: Uint8Array | undefined, error: unknown, severities: Severities, limits: ReadLimits = {}): Promise<Checked> {
  if (isSourceFile(file)) {
    const { readSource } = await import('./source-file.js');
    const read = await readSource(file, bytes, error, limits);
    if (!read.ok) return { report: invalidFile(file, [read.problem]) };
    const checked = checkForm(read.yaml, file, severities, read.pageOf);
    return { ...checked, ...(read.encoding ? { encoding: read.encoding } : {}), ...(read.imported.unplaced.length > 0 ? { unplaced: read.imported.unplaced.length } : {}) };
  }
  const read = decode(file, bytes, error, limits.maxBytes);
  if (!read.ok) return { report: invalidFile(file, [read.problem]) };
  return { ...checkForm(read.text, file, severities), ...(read.encoding ? { encoding: read.encoding } : {}) };
}

/** The YAML form checked, waived and rendered, at once (the fuzz tests' entry). */
export function checkText(text: string, file: string, s: JobSettings): Done {
  return finish(checkForm(text, file, s.severities), file, s, 0);
}

function finish(c: Checked, file: string, s: JobSettings, index: number): Done {
  const waiving = new Waiving(s.waivers, s.today, s.waiversFile);
  const marked = waiving.mark(c.report);
  return {
    rendered: renderFile(marked, { ...s.render, rules: RULES }, c.loaded, index),
    file,
    used: waiving.usedIndices(),
    ...(c.holdings ? { holdings: c.holdings } : {}),
    ...(c.encoding ? { encoding: c.encoding } : {}),
    ...(c.unplaced ? { unplaced: c.unplaced } : {}),
  };
}

/** A file checked, waived and rendered: what a worker sends back. `index` keeps HTML anchors unique. */
export async function checkBytes(file: string, bytes: Uint8Array | undefined, error: unknown, s: JobSettings, index: number, limits: ReadLimits = {}): Promise<Done> {
  return finish(await checkFile(file, bytes, error, s.severities, limits), file, s, index);
}
