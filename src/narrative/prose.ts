/**
 * Narrative text as a claim reader needs it, mapped back to the file. PDF extraction breaks lines
 * mid-number and mid-word ("9,101.68万\n元") and spaces claims out ("增长        0.06 %"); both are
 * undone here, and every character of the joined text keeps the file offset it came from.
 */
import type { Loaded } from '../load/load.js';
import type { Path } from '../load/tree.js';

export interface Prose {
  readonly path: Path;
  /** The joined text the claims are read from. */
  readonly text: string;
  /** For each character of `text`, its offset in the file. */
  readonly offsets: readonly number[];
}

/**
 * The value of a scalar with the file offset of each character. Block scalars (`|`, `>`) and plain
 * or quoted one-line scalars are mapped character by character; anything else (escapes, folded
 * quoted lines) is mapped to the scalar's start, which still names the right line.
 */
function mapScalar(source: string, start: number, end: number, value: string): number[] {
  const raw = source.slice(start, end);
  if (/^[|>]/.test(raw)) {
    const lines = raw.split('\n');
    const header = (lines[0]?.length ?? 0) + 1;
    const body = lines.slice(1);
    const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
    // (trimStart leaves a trailing \r alone: indentation is what precedes the text.)
    const offsets: number[] = [];
    let at = start + header;
    for (const line of body) {
      // A CRLF file: the \r is not part of the value, but it is part of the file.
      const content = line.endsWith('\r') ? line.slice(0, -1) : line;
      for (let i = indent; i < content.length; i++) offsets.push(at + i);
      offsets.push(at + content.length); // the line break
      at += line.length + 1;
    }
    if (raw.startsWith('|')) return value.split('').map((_, i) => offsets[i] ?? start);
    // Folded (>): a line break became a space; walk the value and the lines side by side.
    const folded = lines.slice(1).map((l) => l.replace(/\r$/, '').slice(indent)).join('\n');
    const mapped: number[] = [];
    let p = 0;
    for (const c of value) {
      while (p < folded.length && folded[p] !== c && !(c === ' ' && folded[p] === '\n')) p++;
      for (let k = 0; k < c.length; k++) mapped.push(offsets[p + k] ?? start);
      p += c.length;
    }
    return mapped;
  }
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const inner = quoted ? raw.slice(1, -1) : raw;
  if (inner === value) return value.split('').map((_, i) => start + (quoted ? 1 : 0) + i);
  return value.split('').map(() => start);
}

const SENTENCE_END = /[。；;！？!?：:]$/;
const ITEM_START = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|[①-⑩])/;

/** Joins a scalar's lines the way the printed paragraph reads, keeping each character's offset. */
export function proseOf(loaded: Loaded, path: Path, value: string): Prose {
  const span = loaded.spanOf(path);
  const raw = span?.end !== undefined ? mapScalar(loaded.source, span.start, span.end, value) : value.split('').map(() => 0);
  // The joined text is built as a list of characters: the checks at each line break look only
  // at the current line and the next, so a long narrative costs time in proportion to its length.
  const out: string[] = [];
  const offsets: number[] = [];
  const chars = [...value];
  let i = 0;
  let unit = 0; // UTF-16 index into value, for raw offsets
  let lastBreak = -1; // index in `out` of the last line break kept
  const push = (c: string, at: number) => {
    if (c === '\n') lastBreak = out.length;
    out.push(c);
    for (let k = 0; k < c.length; k++) offsets.push(raw[at + k] ?? raw[at] ?? 0);
  };
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';
  while (i < chars.length) {
    const c = chars[i] ?? '';
    if (c === '\n') {
      // A line break inside a paragraph (the previous line does not end a sentence, the next does
      // not start an item) is an extraction artefact: drop it. Otherwise keep one break.
      let end = out.length;
      while (end > 0 && isSpace(out[end - 1])) end--;
      let from = i + 1;
      while (from < chars.length && /\s/.test(chars[from] ?? '')) from++;
      // The next line's start, up to its own break: all an item number can span.
      let to = from;
      while (to < chars.length && chars[to] !== '\n') to++;
      const next = chars.slice(from, to).join('');
      // A heading ("（一）…情况", "2、项目绩效目标") ends its line even without punctuation.
      const line = out.slice(lastBreak + 1, end).join('');
      const heading = ITEM_START.test(line) && !/[，,。；;]/.test(line);
      if (end > 0 && !heading && !SENTENCE_END.test(out[end - 1] ?? '') && from < chars.length && !ITEM_START.test(next)) {
        i++;
        unit++;
        continue;
      }
      push('\n', unit);
      i++;
      unit++;
      continue;
    }
    // Spaces next to a digit, a decimal point or a percent sign are layout, not words.
    if (isSpace(c)) {
      const prev = out.at(-1)?.at(-1) ?? '';
      let j = i;
      while (j < chars.length && isSpace(chars[j])) j++;
      const next = chars[j] ?? '';
      const numeric = /[\d.,%％]/;
      if (numeric.test(prev) || numeric.test(next) || /[\u4e00-\u9fff]/.test(prev) && /[\u4e00-\u9fff]/.test(next)) {
        unit += j - i;
        i = j;
        continue;
      }
    }
    // Full-width digits, ％ and a full-width point between digits are read as the figures they are.
    const code = c.codePointAt(0) ?? 0;
    const ascii =
      code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c === '％' ? '%' : c === '．' && /\d/.test(out.at(-1)?.at(-1) ?? '') && /[\d０-９]/.test(chars[i + 1] ?? '') ? '.' : c;
    push(ascii, unit);
    unit += c.length;
    i++;
  }
  const text = out.join('');
  return { path, text, offsets };
}

/** The heading of the section a path lies in (the innermost), and all of them outermost first. */
export function headingsOf(root: unknown, path: Path): string[] {
  const names: string[] = [];
  let node: unknown = root;
  for (const seg of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[seg];
    const h = (node as { heading?: unknown } | undefined)?.heading;
    if (typeof h === 'string') names.push(h);
  }
  return names;
}

/** Every prose section of the narrative, with its path: text of each section and subsection. */
export function narrativeProse(loaded: Loaded): Prose[] {
  const out: Prose[] = [];
  type Section = { heading: string; text?: string | undefined; sections?: Section[] | undefined };
  const walk = (sections: readonly Section[] | undefined, base: Path) => {
    (sections ?? []).forEach((s, i) => {
      if (s.text !== undefined) out.push(proseOf(loaded, [...base, i, 'text'], s.text));
      walk(s.sections, [...base, i, 'sections']);
    });
  };
  walk(loaded.disclosure.narrative as Section[] | undefined, ['narrative']);
  return out;
}
