/**
 * One file, checked and rendered: the same work in the main thread and in a worker, so that a
 * worker sends back the file's finished share of the report, not the report's objects.
 */
import { runRules } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { loadDisclosure } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import type { Waiver } from '../load/waivers.js';
import { checkedFile, invalidFile, Waiving } from '../report/build.js';
import type { FileReport } from '../report/schema.js';
import { type Rendered, renderFile, type StreamOptions } from '../report/stream.js';
import { RULES } from '../rules/index.js';

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

function finish(report: FileReport, s: JobSettings, holdings?: Holdings): Done {
  const waiving = new Waiving(s.waivers, s.today, s.waiversFile);
  const marked = waiving.mark(report);
  return { rendered: renderFile(marked, { ...s.render, rules: RULES }), file: report.file, used: waiving.usedIndices(), ...(holdings ? { holdings } : {}) };
}

export function checkText(text: string, file: string, s: JobSettings): Done {
  const result = loadDisclosure(text, file);
  if (!result.ok) return finish(invalidFile(file, result.problems), s);
  return finish(checkedFile(result.loaded, runRules(result.loaded, RULES, { severities: s.severities })), s, holdingsOf(result));
}

export const unreadable = (problem: LocatedProblem, s: JobSettings): Done => finish(invalidFile(problem.file, [problem]), s);
