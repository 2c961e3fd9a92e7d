import { child, lineIndex, readTreeFast } from './fast-tree.js';
import { yamlLib } from './yaml-lib.js';
import type { Document, Node } from 'yaml';

export type Path = readonly (string | number)[];

/**
 * Where a value sits in the source: where it starts, where a scalar's text ends (collections have
 * no end: nothing reads one), and the key that names it (for map entries).
 */
export interface Span {
  readonly start: number;
  readonly end?: number;
  readonly keyStart?: number;
}

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface SyntaxProblem {
  readonly code: string;
  readonly detail: string;
  readonly offset: number;
}

/** Aliases are expanded while reading; this bounds the expansion (a "billion laughs" file). */
const MAX_ALIAS_NODES = 10_000;
/** A disclosure nests a few levels deep; far deeper input is refused before it can overflow a stack. */
const MAX_DEPTH = 64;

export interface Tree {
  /** Plain data: every number-looking scalar is kept as its source text, never as a JS number. */
  readonly data: unknown;
  readonly spans: ReadonlyMap<string, Span>;
  readonly syntax: readonly SyntaxProblem[];
  readonly position: (offset: number) => Position;
}

export const pathKey = (path: Path): string => path.join('\u001f');

/**
 * Reads YAML text. The common case goes through the fast reader (src/load/fast-tree.ts), which
 * yields the same tree; whatever it does not handle, every syntax error included, goes through
 * `yaml`.
 */
export function readTree(text: string): Tree {
  const fast = readTreeFast(text, MAX_DEPTH - 4);
  if (fast !== undefined) return { data: fast.data, spans: fast.spans, syntax: [], position: lineIndex(text) };
  return readTreeYaml(text);
}

/** Reads YAML text through `yaml`'s document model. Exported for the tests that compare the two readers. */
export function readTreeYaml(text: string): Tree {
  const { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } = yamlLib();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const syntax: SyntaxProblem[] = doc.errors.map((e) => ({ code: e.code, detail: e.message, offset: e.pos[0] }));
  const spans = new Map<string, Span>();
  let aliasBudget = MAX_ALIAS_NODES;
  let tooDeep = false;

  // Paths are kept as their joined keys (pathKey, see child), built once per node.
  const walk = (node: unknown, path: string, keyStart: number | undefined, depth = 0): unknown => {
    if (depth > MAX_DEPTH) {
      if (!tooDeep) syntax.push({ code: 'DEPTH_LIMIT', detail: `nested more than ${MAX_DEPTH} levels deep`, offset: (node as Node | null)?.range?.[0] ?? 0 });
      tooDeep = true;
      return null;
    }
    if (isAlias(node)) {
      const target = node.resolve(doc as Document);
      if (aliasBudget-- <= 0) {
        if (aliasBudget === -1) syntax.push({ code: 'ALIAS_LIMIT', detail: `more than ${MAX_ALIAS_NODES} alias expansions`, offset: node.range?.[0] ?? 0 });
        return null;
      }
      if (target === undefined) return null;
      return walk(target, path, keyStart ?? node.range?.[0], depth + 1);
    }
    const n = node as Node | null;
    if (n?.range) {
      const [start, end] = n.range;
      let span: Span;
      if (isScalar(n)) span = keyStart === undefined ? { start, end } : { start, end, keyStart };
      else span = keyStart === undefined ? { start } : { start, keyStart };
      spans.set(path, span);
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = isScalar(item.key) ? String(item.key.source ?? item.key.value) : String(item.key);
        const ks = (item.key as Node | null)?.range?.[0];
        if (item.value === null) {
          // "key:" with nothing after it: an empty value, located at its key.
          if (ks !== undefined) spans.set(child(path, k), { start: ks, end: ks, keyStart: ks });
          out[k] = null;
          continue;
        }
        out[k] = walk(item.value, child(path, k), ks, depth + 1);
      }
      return out;
    }
    if (isSeq(n)) return n.items.map((it, i) => walk(it, child(path, i), undefined, depth + 1));
    if (isScalar(n)) {
      if (typeof n.value === 'number' || typeof n.value === 'bigint') return n.source ?? String(n.value);
      return n.value;
    }
    return null;
  };

  const data = doc.contents === null ? null : walk(doc.contents, '', undefined);
  return { data, spans, syntax, position: lineIndex(text) };
}
