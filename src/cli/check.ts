import { loadDisclosure } from '../load/load.js';
import type { LocatedProblem } from '../load/problem.js';
import { renderHoldings, renderProblems } from '../report/load.js';
import { colorLevel, type Io, type Lang } from './io.js';
import { EXIT } from './exit.js';
import { readText } from './read.js';

export interface CheckOptions {
  readonly lang: Lang;
  readonly color: boolean | undefined;
}

export async function check(files: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const style = { lang: opts.lang, color: colorLevel(io, opts.color) };
  let bad = 0;
  for (const file of files) {
    const read = await readText(io, file);
    let problems: LocatedProblem[];
    if (!read.ok) problems = [read.problem];
    else {
      const result = loadDisclosure(read.text, file);
      if (result.ok) {
        io.stdout(renderHoldings(result.loaded, style));
        continue;
      }
      problems = result.problems;
    }
    bad++;
    io.stderr(renderProblems(problems, style));
  }
  return bad > 0 ? EXIT.badInput : EXIT.ok;
}
