/**
 * Text → disclosure. Pure: no file system, no process. Every problem of the input is collected
 * and located; nothing is thrown at a user.
 */
import type { Disclosure } from '../model/disclosure.js';
import { messages, visible } from './messages.js';
import type { LocatedProblem, Problem } from './problem.js';
import { fromZod } from './issues.js';
import { DisclosureSchema } from './schema.js';
import { readTables } from './tables.js';
import { type Path, type Position, pathKey, readTree, type Span, type Tree } from './tree.js';
import { isObj } from './obj.js';

export interface Loaded {
  readonly file: string;
  readonly disclosure: Disclosure;
  /** file:line:col of any value in the document, by its path. */
  readonly locate: (path: Path, at?: 'key' | 'value') => Position;
  /** The text as loaded (without a byte-order mark), for reading prose at its exact place. */
  readonly source: string;
  /** Where a value's source text lies, by its path. */
  readonly spanOf: (path: Path) => Span | undefined;
  /** line:col of a source offset. */
  readonly position: (offset: number) => Position;
}

export type LoadResult = { ok: true; loaded: Loaded } | { ok: false; problems: LocatedProblem[] };

function locator(tree: Tree) {
  return (path: Path, at: 'key' | 'value' = 'value'): Position => {
    // The nearest located ancestor stands in for a value that is missing.
    for (let n = path.length; n >= 0; n--) {
      const span = tree.spans.get(pathKey(path.slice(0, n)));
      if (span === undefined) continue;
      const offset = (at === 'key' || n < path.length) && span.keyStart !== undefined ? span.keyStart : span.start;
      return tree.position(offset);
    }
    return { line: 1, col: 1 };
  };
}

/** A readable place: row indices become the row as printed ("208 社会保障和就业支出"). */
export function placeOf(data: unknown, path: Path): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    const next: unknown = Array.isArray(node) ? node[seg as number] : isObj(node) ? node[seg as string] : undefined;
    if (typeof seg === 'number') {
      const label = isObj(next) ? [next.code, next.name ?? next.project ?? next.heading ?? next.level3 ?? next.title].filter((s) => typeof s === 'string' && s !== '').join(' ') : '';
      parts.push(label === '' ? `#${seg + 1}` : `#${seg + 1} ${label}`);
    } else if (!(seg === 'rows' && typeof path[i + 1] === 'number')) parts.push(seg);
    node = next;
  }
  return parts.map((p) => visible(p)).join(' › ');
}

export function loadDisclosure(text: string, file: string): LoadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tree = readTree(source);
  const locate = locator(tree);
  const problems: Problem[] = tree.syntax.map((s) => ({ path: [], offset: s.offset, message: messages.syntax(s.code, s.detail) }));

  let tables: Disclosure['tables'] = {};
  let parsed: ReturnType<typeof DisclosureSchema.safeParse> | undefined;
  // After a syntax error the structure is a guess: its schema problems would only be noise.
  const broken = tree.syntax.some((s) => s.code !== 'DUPLICATE_KEY');
  if (broken) {
    // Only the syntax problems are reported.
  } else if (tree.data === null || tree.data === undefined) {
    problems.push({ path: [], message: messages.emptyDocument() });
  } else if (!isObj(tree.data)) {
    problems.push({ path: [], message: messages.notAMapping() });
  } else {
    parsed = DisclosureSchema.safeParse(tree.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...fromZod(parsed.error.issues, DisclosureSchema));
    }
    tables = readTables(tree.data.tables, problems);
  }

  if (problems.length > 0 || parsed === undefined || !parsed.success) {
    const located = problems.map((p): LocatedProblem => {
      const pos = p.offset !== undefined ? tree.position(p.offset) : locate(p.path, p.at);
      return { file, line: pos.line, col: pos.col, place: placeOf(tree.data, p.path), message: p.message };
    });
    located.sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, problems: located };
  }
  return {
    ok: true,
    loaded: { file, disclosure: { ...parsed.data, tables }, locate, source, spanOf: (p) => tree.spans.get(pathKey(p)), position: tree.position },
  };
}
