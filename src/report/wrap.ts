/**
 * Terminal width of text, and wrapping to a width, for tables that stay aligned with CJK text:
 * wide characters (CJK, full-width forms) take two columns. ANSI colour codes take none.
 */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

export const charWidth = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
};

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
export const textWidth = (s: string): number => [...s.replace(ANSI, '')].reduce((n, c) => n + charWidth(c), 0);

/** Breaks each line of `text` so that no line is wider than `width` columns. */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let cur = '';
      let w = 0;
      for (const ch of line) {
        const cw = charWidth(ch);
        if (w + cw > width && cur !== '') {
          out.push(cur);
          cur = '';
          w = 0;
        }
        cur += ch;
        w += cw;
      }
      out.push(cur);
      return out;
    })
    .join('\n');
}
