/** One file, checked: the same work in the main thread and in a worker. No file system here. */
import { runRules } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { loadDisclosure } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import { checkedFile, invalidFile } from '../report/build.js';
import type { FileReport } from '../report/schema.js';
import { RULES } from '../rules/index.js';

export type Severities = Readonly<Record<string, Severity | 'off'>>;

export interface Checked {
  readonly report: FileReport;
  /** What the file holds, for --verbose (rendered by the caller). */
  readonly holdings?: { tables: number; rows: number; figures: number; targets: number; sections: number };
}

export function checkText(text: string, file: string, severities: Severities): Checked {
  const result = loadDisclosure(text, file);
  if (!result.ok) return { report: invalidFile(file, result.problems) };
  const { disclosure: d } = result.loaded;
  const grids = Object.values(d.tables).flatMap((t) => [...(t.grid ? [t.grid] : []), ...Object.values(t.blocks)]);
  return {
    report: checkedFile(result.loaded, runRules(result.loaded, RULES, { severities })),
    holdings: {
      tables: Object.keys(d.tables).length,
      rows: grids.reduce((n, g) => n + g.rows.length, 0),
      figures: grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.amounts.size, 0), 0),
      targets: d.performance_targets?.length ?? 0,
      sections: d.narrative?.length ?? 0,
    },
  };
}

export const unreadable = (problem: LocatedProblem): Checked => ({ report: invalidFile(problem.file, [problem]) });
