/**
 * Box-drawn tables for the terminal, measured by display width (src/report/wrap.ts), so CJK text
 * stays aligned. The cells are wrapped by their callers; a line still too wide for its column is
 * cut with "…". This replaces cli-table3, whose width measurement (string-width and its emoji
 * regular expression) cost about 90 ms of every run's start-up. For what the reports print the
 * output is the same (the goldens are unchanged); it differs from cli-table3 where no report
 * goes: "…" is put inside a cut cell's colour, a colour is not reopened on each line of a cell
 * (callers colour line by line), and emoji and combining marks are measured by wrap.ts's table.
 */
import { textWidth } from './wrap.js';

export interface BoxOptions {
  readonly head: readonly string[];
  /** Column widths including one space of padding each side; by content when absent. */
  readonly colWidths?: readonly number[];
  /** No rule between body rows (the head is always ruled off). */
  readonly compact?: boolean;
}

const ESC = String.fromCharCode(27);
const ANSI_SPLIT = new RegExp(`(${ESC}\\[[0-9;]*m)`);

/** `line` cut to `width` columns, "…" included; its colour codes are all kept, so none bleeds. */
function cut(line: string, width: number): string {
  if (textWidth(line) <= width) return line;
  let out = '';
  let w = 0;
  let full = false;
  for (const part of line.split(ANSI_SPLIT)) {
    if (part.startsWith(ESC)) {
      out += part;
      continue;
    }
    for (const ch of part) {
      if (full) break;
      const cw = textWidth(ch);
      if (w + cw > width - 1) {
        out += '…';
        full = true;
        break;
      }
      out += ch;
      w += cw;
    }
  }
  return out;
}

export function boxTable(options: BoxOptions, rows: readonly (readonly string[])[]): string {
  const all = [options.head, ...rows];
  const n = options.head.length;
  const widths = Array.from(
    { length: n },
    (_, i) => options.colWidths?.[i] ?? Math.max(...all.map((r) => Math.max(...(r[i] ?? '').split('\n').map(textWidth)))) + 2,
  );
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w)).join(m)}${r}`;
  const out = [rule('┌', '┬', '┐')];
  all.forEach((row, k) => {
    if (k === 1 || (k > 1 && !options.compact)) out.push(rule('├', '┼', '┤'));
    const cells = widths.map((_, i) => (row[i] ?? '').split('\n'));
    const height = Math.max(...cells.map((c) => c.length));
    for (let j = 0; j < height; j++) {
      const parts = cells.map((c, i) => {
        const inner = (widths[i] ?? 2) - 2;
        const text = cut(c[j] ?? '', inner);
        return ` ${text}${' '.repeat(Math.max(0, inner - textWidth(text)))} `;
      });
      out.push(`│${parts.join('│')}│`);
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** The cli-table3 calling convention, for the report code that was written against it. */
export class Table {
  private readonly rows: string[][] = [];

  constructor(private readonly options: { head: string[]; colWidths?: number[]; style?: { compact?: boolean } }) {}

  push(...rows: string[][]): void {
    this.rows.push(...rows);
  }

  toString(): string {
    const { head, colWidths, style } = this.options;
    return boxTable({ head, ...(colWidths ? { colWidths } : {}), compact: style?.compact ?? false }, this.rows);
  }
}
