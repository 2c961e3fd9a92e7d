/**
 * A fast reader for the YAML that disclosures are written in: block mappings and sequences, plain,
 * quoted and literal (`|`, `|-`) scalars, one-line flow collections (`{name: 合计, 金额: 1179.18}`)
 * and comments. It yields exactly what `readTree` yields through `yaml` (the same data, the same
 * spans, the same positions: test/load/fast-tree.test.ts compares them on every fixture and on
 * random edits of them), at a fraction of the cost, because it builds no document model.
 *
 * Anything else, valid or not (anchors, tags, folded or indented-indicator block scalars, flow
 * collections over several lines, multi-line plain scalars, escapes, tabs, carriage returns,
 * duplicate keys, a syntax error of any kind), makes it give up and return undefined; `readTree`
 * then reads the text with `yaml`, which also words every syntax error. So this reader never has
 * to judge invalid input, only to recognise input it can read with certainty.
 */
import type { Span } from './tree.js';

/** Thrown at the first construct outside the subset; caught once, in readTreeFast. */
const OUTSIDE = new Error('outside the fast subset');

const NL = 10;
const SP = 32;
const HASH = 35;
const DQ = 34;
const SQ = 39;
const DASH = 45;
const COLON = 58;
const PIPE = 124;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;
const BACKSLASH = 92;
const DOT = 46;

/** yaml refuses implicit keys longer than this; the reader leaves such keys to it. */
const MAX_KEY = 1000;

/** Characters that may not start a plain scalar here (or that this reader leaves to `yaml`). */
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/**
 * Refused outright: tabs and carriage returns (indentation and line-break rules this reader does
 * not model), other control characters, a byte-order mark, and the line breaks of YAML 1.1.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const REFUSED = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

/**
 * A plain scalar that the core schema reads as a number, null or boolean (yaml's own tests). yaml
 * finds duplicate keys by value, so `1.1` and `1.10`, or `null` and `~`, are the same key to it;
 * the reader leaves a mapping with two such keys to yaml.
 */
const NOT_A_STRING =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** The core schema's null and booleans; every other plain scalar is kept as its source text. */
function plain(s: string): string | boolean | null {
  switch (s) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    default:
      return s;
  }
}

/** The joined key (pathKey) of a node's child, built without an array per node. */
export const child = (key: string, k: string | number): string => (key === '' ? String(k) : `${key}\u001f${k}`);

class Reader {
  /** Start of the next unread content line, or the text's length at the end. */
  line = 0;
  readonly len: number;

  constructor(
    readonly t: string,
    readonly spans: Map<string, Span>,
    readonly maxDepth: number,
  ) {
    this.len = t.length;
  }

  lineEnd(i: number): number {
    const e = this.t.indexOf('\n', i);
    return e === -1 ? this.len : e;
  }

  indent(i: number): number {
    const t = this.t;
    let j = i;
    while (t.charCodeAt(j) === SP) j++;
    return j - i;
  }

  /** The start of the first line from `i` on that is neither blank nor a comment. */
  nextContent(i: number): number {
    const t = this.t;
    let l = i;
    while (l < this.len) {
      let j = l;
      while (t.charCodeAt(j) === SP) j++;
      const c = t.charCodeAt(j);
      if (j < this.len && c !== NL && c !== HASH) return l;
      const e = this.lineEnd(j);
      l = e === this.len ? this.len : e + 1;
    }
    return this.len;
  }

  /** After a value: spaces, then the end of the line or a comment. */
  restOfLine(j: number, e: number): void {
    const t = this.t;
    let k = j;
    while (k < e && t.charCodeAt(k) === SP) k++;
    if (k < e && !(t.charCodeAt(k) === HASH && k > j)) throw OUTSIDE;
  }

  /** After a value that ends its line: the rest of the line, then on to the next content line. */
  lineRest(j: number, e: number): void {
    this.restOfLine(j, e);
    this.line = this.nextContent(e === this.len ? e : e + 1);
  }

  /**
   * Whether a "-" at `v` starts a plain scalar ("-1.5"), rather than being a sequence entry or,
   * in a flow collection, a lone dash before an indicator.
   */
  dashPlain(v: number, e: number, flow: boolean): boolean {
    if (v + 1 >= e) return false;
    const c = this.t.charCodeAt(v + 1);
    if (c === SP) return false;
    return !(flow && (c === COMMA || c === LBRACE || c === RBRACE || c === LBRACKET || c === RBRACKET));
  }

  set(path: string, start: number, end: number | undefined, keyStart: number | undefined): void {
    const span: Span = end === undefined ? (keyStart === undefined ? { start } : { start, keyStart }) : keyStart === undefined ? { start, end } : { start, end, keyStart };
    this.spans.set(path, span);
  }

  /** The block collection whose first line is `this.line`, indented more than `parent`. */
  block(path: string, keyStart: number | undefined, parent: number, depth: number): unknown {
    if (depth > this.maxDepth) throw OUTSIDE;
    const l = this.line;
    const n = this.indent(l);
    if (n <= parent) throw OUTSIDE;
    const p = l + n;
    if (this.t.charCodeAt(p) === DASH && this.isEntry(p)) return this.seq(path, keyStart, n, depth);
    return this.map(path, keyStart, n, depth);
  }

  /** A "- " (or a lone "-") at `p`. */
  isEntry(p: number): boolean {
    const c = this.t.charCodeAt(p + 1);
    return p + 1 >= this.len || c === SP || c === NL;
  }

  /**
   * A block mapping whose keys stand at column `n`. Its first key is at `this.line + n`, which for
   * a mapping that opens a sequence entry ("- name: …") is the column after the dash.
   */
  map(path: string, keyStart: number | undefined, n: number, depth: number): Record<string, unknown> {
    const t = this.t;
    const out: Record<string, unknown> = Object.create(null);
    let first = true;
    let valued = false;
    for (;;) {
      const l = this.line;
      const p = l + n;
      const e = this.lineEnd(p);
      const [k, j, plainKey] = this.blockKey(p, e);
      if (first) {
        this.set(path, p, undefined, keyStart);
        first = false;
      }
      if (k in out) throw OUTSIDE;
      if (plainKey && NOT_A_STRING.test(k)) {
        if (valued) throw OUTSIDE;
        valued = true;
      }
      const cp = child(path, k);
      let v = j + 1;
      while (v < e && t.charCodeAt(v) === SP) v++;
      if (v === e || t.charCodeAt(v) === HASH) {
        const next = this.nextContent(e === this.len ? e : e + 1);
        const ni = next < this.len ? this.indent(next) : -1;
        if (ni > n) {
          this.line = next;
          out[k] = this.block(cp, p, n, depth + 1);
        } else {
          // A sequence at the key's own column would belong to this key: left to yaml.
          if (ni === n && t.charCodeAt(next + n) === DASH && this.isEntry(next + n)) throw OUTSIDE;
          out[k] = null;
          this.set(cp, v, v, p);
          this.line = next;
        }
      } else {
        out[k] = this.inline(cp, p, v, e, n, depth + 1);
        if (this.line < this.len && this.indent(this.line) > n) throw OUTSIDE;
      }
      if (this.line >= this.len) return out;
      const ni = this.indent(this.line);
      if (ni < n) return out;
      if (ni > n) throw OUTSIDE;
    }
  }

  /** A block sequence whose dashes stand at column `n`. */
  seq(path: string, keyStart: number | undefined, n: number, depth: number): unknown[] {
    const t = this.t;
    const out: unknown[] = [];
    this.set(path, this.line + n, undefined, keyStart);
    for (;;) {
      const l = this.line;
      const d = l + n;
      if (t.charCodeAt(d) !== DASH || !this.isEntry(d)) throw OUTSIDE;
      const e = this.lineEnd(d);
      const cp = child(path, out.length);
      let v = d + 1;
      while (v < e && t.charCodeAt(v) === SP) v++;
      if (v === e || t.charCodeAt(v) === HASH) {
        const next = this.nextContent(e === this.len ? e : e + 1);
        if (next < this.len && this.indent(next) > n) {
          this.line = next;
          out.push(this.block(cp, undefined, n, depth + 1));
        } else {
          out.push(null);
          this.set(cp, v, v, undefined);
          this.line = next;
        }
      } else if (t.charCodeAt(v) === DASH && this.isEntry(v)) {
        // A sequence in a sequence entry ("- - x"): its dashes stand at this one's column.
        if (depth + 1 > this.maxDepth) throw OUTSIDE;
        out.push(this.seq(cp, undefined, v - l, depth + 1));
      } else if (this.opensMap(v, e)) {
        if (depth + 1 > this.maxDepth) throw OUTSIDE;
        out.push(this.map(cp, undefined, v - l, depth + 1));
      } else {
        out.push(this.inline(cp, undefined, v, e, n, depth + 1));
        if (this.line < this.len && this.indent(this.line) > n) throw OUTSIDE;
      }
      if (this.line >= this.len) return out;
      const ni = this.indent(this.line);
      if (ni < n) return out;
      if (ni > n) throw OUTSIDE;
    }
  }

  /**
   * A block mapping's key at `p`, plain or quoted, on a line ending at `e`: [the key, the offset of
   * its colon]. A plain key runs to the first ": " (or a ":" ending the line).
   */
  blockKey(p: number, e: number): [string, number, boolean] {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const [k, after] = this.quoted(p, e);
      const d = t.charCodeAt(after + 1);
      if (t.charCodeAt(after) !== COLON || !(after + 1 === e || d === SP) || after - p > MAX_KEY) throw OUTSIDE;
      return [k, after, false];
    }
    if (INDICATOR.has(c)) throw OUTSIDE;
    // "..." and a space at a line's start ends the document, to yaml.
    if (c === DOT && (p === 0 || t.charCodeAt(p - 1) === NL) && t.startsWith('...', p) && (p + 3 === e || t.charCodeAt(p + 3) === SP)) throw OUTSIDE;
    let j = p;
    for (; j < e; j++) {
      const x = t.charCodeAt(j);
      if (x === COLON) {
        if (j + 1 === e || t.charCodeAt(j + 1) === SP) break;
      } else if (x === HASH && t.charCodeAt(j - 1) === SP) throw OUTSIDE;
    }
    if (j === e || t.charCodeAt(j - 1) === SP || j - p > MAX_KEY) throw OUTSIDE;
    return [t.slice(p, j), j, true];
  }

  /** Whether the entry's text at `v` is a key and ": " (a mapping in a sequence entry). */
  opensMap(v: number, e: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(v);
    if (c === DQ || c === SQ) {
      // A quoted scalar, or a quoted key: which, its closing quote tells.
      const q = String.fromCharCode(c);
      let close = t.indexOf(q, v + 1);
      while (c === SQ && close !== -1 && close < e && t.charCodeAt(close + 1) === SQ) close = t.indexOf(q, close + 2);
      return close !== -1 && close < e && t.charCodeAt(close + 1) === COLON && (close + 2 === e || t.charCodeAt(close + 2) === SP);
    }
    if (INDICATOR.has(c)) return false;
    for (let j = v; j < e; j++) {
      const c = t.charCodeAt(j);
      if (c === COLON && (j + 1 === e || t.charCodeAt(j + 1) === SP)) return true;
      if (c === HASH && t.charCodeAt(j - 1) === SP) return false;
    }
    return false;
  }

  /** A value that starts on its key's or dash's line, at `v`; the line ends at `e`. */
  inline(path: string, keyStart: number | undefined, v: number, e: number, parent: number, depth: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(v);
    if (c === LBRACE || c === LBRACKET) {
      const [value, after] = this.flow(path, keyStart, v, e, depth);
      this.lineRest(after, e);
      return value;
    }
    if (c === DQ || c === SQ) {
      const [value, after] = this.quoted(v, e);
      this.set(path, v, after, keyStart);
      this.lineRest(after, e);
      return value;
    }
    if (c === PIPE) return this.literal(path, keyStart, v, e, parent);
    if (INDICATOR.has(c) && !(c === DASH && this.dashPlain(v, e, false))) throw OUTSIDE;
    // A plain scalar: to the end of the line or a comment, without trailing spaces.
    let end = e;
    for (let j = v; j < e; j++) {
      const x = t.charCodeAt(j);
      if (x === COLON && (j + 1 === e || t.charCodeAt(j + 1) === SP)) throw OUTSIDE;
      if (x === HASH && t.charCodeAt(j - 1) === SP) {
        end = j;
        break;
      }
    }
    while (t.charCodeAt(end - 1) === SP) end--;
    this.set(path, v, end, keyStart);
    this.line = this.nextContent(e === this.len ? e : e + 1);
    return plain(t.slice(v, end));
  }

  /** A quoted scalar closed on its own line: [value, the offset after the closing quote]. */
  quoted(v: number, e: number): [string, number] {
    const t = this.t;
    const q = t.charCodeAt(v);
    if (q === DQ) {
      const close = t.indexOf('"', v + 1);
      if (close === -1 || close >= e) throw OUTSIDE;
      const body = t.slice(v + 1, close);
      if (body.includes('\\')) throw OUTSIDE;
      return [body, close + 1];
    }
    let j = v + 1;
    let doubled = false;
    for (;;) {
      const close = t.indexOf("'", j);
      if (close === -1 || close >= e) throw OUTSIDE;
      if (t.charCodeAt(close + 1) === SQ) {
        doubled = true;
        j = close + 2;
        continue;
      }
      const body = t.slice(v + 1, close);
      return [doubled ? body.replaceAll("''", "'") : body, close + 1];
    }
  }

  /**
   * A literal block scalar (`|` keeps one final line break, `|-` none), its indentation taken from
   * its first line. Its span ends after the line break of its last line with text.
   */
  literal(path: string, keyStart: number | undefined, h: number, e: number, parent: number): string {
    const t = this.t;
    let j = h + 1;
    const strip = t.charCodeAt(j) === DASH;
    if (strip) j++;
    // Only spaces or a comment after |: restOfLine refuses anything else, "#" right after it too.
    this.restOfLine(j, e);
    let l = e === this.len ? this.len : e + 1;
    if (l >= this.len) throw OUTSIDE;
    const m = this.indent(l);
    const firstEnd = this.lineEnd(l);
    if (l + m === firstEnd || m <= parent) throw OUTSIDE;
    const parts: string[] = [];
    let blanks = 0;
    let end = h;
    while (l < this.len) {
      const le = this.lineEnd(l);
      const s = this.indent(l);
      if (l + s === le) {
        if (s > m) throw OUTSIDE;
        blanks++;
      } else if (s >= m) {
        for (; blanks > 0; blanks--) parts.push('');
        parts.push(t.slice(l + m, le));
        end = le === this.len ? le : le + 1;
      } else break;
      l = le === this.len ? this.len : le + 1;
    }
    this.set(path, h, end, keyStart);
    this.line = this.nextContent(end);
    const body = parts.join('\n');
    return strip ? body : `${body}\n`;
  }

  /** A flow collection closed on its own line: [value, the offset after its closing bracket]. */
  flow(path: string, keyStart: number | undefined, p: number, e: number, depth: number): [unknown, number] {
    if (depth > this.maxDepth) throw OUTSIDE;
    const t = this.t;
    this.set(path, p, undefined, keyStart);
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const skip = (j: number) => {
      while (j < e && t.charCodeAt(j) === SP) j++;
      return j;
    };
    const out: Record<string, unknown> | unknown[] = isMap ? Object.create(null) : [];
    let valued = false;
    let j = skip(p + 1);
    if (t.charCodeAt(j) === close) return [out, j + 1];
    for (;;) {
      if (isMap) {
        const ks = j;
        let key: string;
        let k: number;
        const q = t.charCodeAt(ks);
        if (q === DQ || q === SQ) {
          [key, k] = this.quoted(ks, e);
          if (t.charCodeAt(k) !== COLON || t.charCodeAt(k + 1) !== SP || k - ks > MAX_KEY) throw OUTSIDE;
        } else {
          if (INDICATOR.has(q)) throw OUTSIDE;
          for (k = ks; k < e; k++) {
            const c = t.charCodeAt(k);
            if (c === COLON) break;
            if (c === COMMA || c === LBRACE || c === RBRACE || c === LBRACKET || c === RBRACKET || c === HASH) throw OUTSIDE;
          }
          if (k === e || t.charCodeAt(k + 1) !== SP || t.charCodeAt(k - 1) === SP || k - ks > MAX_KEY) throw OUTSIDE;
          key = t.slice(ks, k);
        }
        const o = out as Record<string, unknown>;
        if (key in o) throw OUTSIDE;
        if (q !== DQ && q !== SQ && NOT_A_STRING.test(key)) {
          if (valued) throw OUTSIDE;
          valued = true;
        }
        const v = skip(k + 1);
        const [value, after] = this.flowNode(child(path, key), ks, v, e, depth + 1);
        o[key] = value;
        j = after;
      } else {
        const a = out as unknown[];
        const [value, after] = this.flowNode(child(path, a.length), undefined, j, e, depth + 1);
        a.push(value);
        j = after;
      }
      j = skip(j);
      const c = t.charCodeAt(j);
      if (c === close) return [out, j + 1];
      if (c !== COMMA) throw OUTSIDE;
      j = skip(j + 1);
      if (t.charCodeAt(j) === close) throw OUTSIDE;
    }
  }

  flowNode(path: string, keyStart: number | undefined, v: number, e: number, depth: number): [unknown, number] {
    const t = this.t;
    if (v >= e) throw OUTSIDE;
    const c = t.charCodeAt(v);
    if (c === LBRACE || c === LBRACKET) return this.flow(path, keyStart, v, e, depth);
    if (c === DQ || c === SQ) {
      const [value, after] = this.quoted(v, e);
      this.set(path, v, after, keyStart);
      return [value, after];
    }
    if (INDICATOR.has(c) && !(c === DASH && this.dashPlain(v, e, true))) throw OUTSIDE;
    let j = v;
    for (; j < e; j++) {
      const x = t.charCodeAt(j);
      if (x === COMMA || x === RBRACE || x === RBRACKET) break;
      if (x === COLON || x === LBRACE || x === LBRACKET || x === BACKSLASH || (x === HASH && t.charCodeAt(j - 1) === SP)) throw OUTSIDE;
    }
    let end = j;
    while (t.charCodeAt(end - 1) === SP) end--;
    this.set(path, v, end, keyStart);
    return [plain(t.slice(v, end)), j];
  }
}

/**
 * The data and spans of `text`, or undefined when the text holds anything outside the subset
 * (including any syntax error). `maxDepth` is the reader's own nesting limit: deeper text is left
 * to `yaml`'s path, which reports it.
 */
export function readTreeFast(text: string, maxDepth: number): { data: unknown; spans: Map<string, Span> } | undefined {
  if (REFUSED.test(text)) return undefined;
  const spans = new Map<string, Span>();
  const r = new Reader(text, spans, maxDepth);
  try {
    r.line = r.nextContent(0);
    if (r.line >= text.length) return { data: null, spans };
    const data = r.block('', undefined, -1, 0);
    if (r.line < text.length) return undefined;
    return { data, spans };
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

/** line:col of an offset, as yaml's LineCounter gives it; the line starts are found on first use. */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - (starts[low - 1] as number) + 1 };
  };
}
