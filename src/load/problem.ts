import type { Text } from './messages.js';
import type { Path } from './tree.js';

/** Something wrong with an input file, found before any check runs. */
export interface Problem {
  readonly path: Path;
  /** Point at the key of a map entry rather than its value (an unknown or misplaced key). */
  readonly at?: 'key' | 'value';
  /** A byte offset to use instead of the path (YAML syntax errors). */
  readonly offset?: number;
  readonly message: Text;
}

/** A problem with its place filled in. */
export interface LocatedProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Where in the document, readably: "tables › expenditure › 208 社会保障和就业支出 › 合计". */
  readonly place: string;
  readonly message: Text;
}
