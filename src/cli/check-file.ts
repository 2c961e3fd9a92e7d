/**
 * One file, checked and rendered: the same work in the main thread and in a worker, so that a
 * worker sends back the file's finished share of the report, not the report's objects.
 */
import { runRules } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { type Loaded, loadDisclosure } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import type { Waiver } from '../load/waivers.js';
import { checkedFile, invalidFile, Waiving } from '../report/build.js';
import type { FileReport } from '../report/schema.js';
import { type Rendered, renderFile, type StreamOptions } from '../report/stream.js';
import { RULES } from '../rules/index.js';
import { decode } from './read.js';
import { isSourceFile, readSource } from './source-file.js';

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

function finish(report: FileReport, s: JobSettings, holdings?: Holdings, loaded?: Loaded): Done {
  const waiving = new Waiving(s.waivers, s.today, s.waiversFile);
  const marked = waiving.mark(report);
  return { rendered: renderFile(marked, { ...s.render, rules: RULES }, loaded), file: report.file, used: waiving.usedIndices(), ...(holdings ? { holdings } : {}) };
}

/**
 * Checks the YAML form. `pageOf` is given when it was imported from a PDF: every place then names
 * its printed page as well.
 */
export function checkText(text: string, file: string, s: JobSettings, pageOf?: (line: number) => number | undefined): Done {
  const result = loadDisclosure(text, file);
  if (!result.ok) return finish(invalidFile(file, result.problems), s);
  const report = checkedFile(result.loaded, runRules(result.loaded, RULES, { severities: s.severities }));
  return finish(pageOf ? withPages(report, pageOf) : report, s, holdingsOf(result), result.loaded);
}

/** Every location of a report given its printed page. */
function withPages(report: FileReport, pageOf: (line: number) => number | undefined): FileReport {
  const at = <L extends { line: number }>(l: L): L => {
    const page = pageOf(l.line);
    return page === undefined ? l : { ...l, page };
  };
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, location: at(f.location), related: f.related.map((r) => ({ ...r, location: at(r.location) })) })),
    claims: report.claims.map((c) => ({ ...c, location: at(c.location) })),
  };
}

/** Reads a file as the YAML form, or imports it first when it is a published document. */
export async function checkBytes(file: string, bytes: Uint8Array | undefined, error: unknown, s: JobSettings, maxBytes?: number): Promise<Done> {
  if (isSourceFile(file)) {
    const read = await readSource(file, bytes, error, maxBytes !== undefined ? { maxBytes } : {});
    if (!read.ok) return unreadable(read.problem, s);
    return { ...checkText(read.yaml, file, s, read.pageOf), ...(read.encoding ? { encoding: read.encoding } : {}), ...(read.imported.unplaced.length > 0 ? { unplaced: read.imported.unplaced.length } : {}) };
  }
  const read = decode(file, bytes, error, maxBytes);
  return read.ok ? { ...checkText(read.text, file, s), ...(read.encoding ? { encoding: read.encoding } : {}) } : unreadable(read.problem, s);
}

export const unreadable = (problem: LocatedProblem, s: JobSettings): Done => finish(invalidFile(problem.file, [problem]), s);
