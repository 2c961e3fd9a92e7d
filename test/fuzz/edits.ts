/** Random edits of a disclosure's YAML text: bytes, lines, amounts, codes, prose. Shared by the fuzz tests. */
import fc from 'fast-check';

const TRICKY = ['1.179,18', '12a', '', '-', '—', '1e400', '9'.repeat(400), '０．５', 'NaN', '∞', '"', "'", ':', '- x', '{', '[', '&a', '*a', '!!binary x', '\u0000', '\u001b[2J', '\ud800', '%', '一、', '（', '占', '万元', '比上年增长', '其中：'];

export type Edit = (text: string) => string;
const at = (text: string, p: number) => Math.floor(p * text.length);
export const edits: fc.Arbitrary<Edit> = fc.oneof(
  // bytes
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 4 })).map(([p, s]) => (t: string) => t.slice(0, at(t, p)) + s + t.slice(at(t, p))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([p, n]) => (t: string) => t.slice(0, at(t, p)) + t.slice(at(t, p) + n)),
  // lines: drop, duplicate, indent, dedent
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('drop', 'dup', 'in', 'out')).map(([p, how]) => (t: string) => {
    const lines = t.split('\n');
    const i = Math.floor(p * lines.length);
    const l = lines[i] ?? '';
    if (how === 'drop') lines.splice(i, 1);
    if (how === 'dup') lines.splice(i, 0, l);
    if (how === 'in') lines[i] = `  ${l}`;
    if (how === 'out') lines[i] = l.replace(/^ {2}/, '');
    return lines.join('\n');
  }),
  // amounts and codes
  fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)).map(([n, s]) => (t: string) => {
    let k = 0;
    return t.replace(/\d[\d,.]*/g, (m) => (k++ === n % 300 ? s : m));
  }),
  // prose
  fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)).map(([n, s]) => (t: string) => {
    const lines = t.split('\n');
    const prose = lines.flatMap((l, i) => (/^ {6}\S/.test(l) ? [i] : []));
    const i = prose[n % Math.max(1, prose.length)] ?? 0;
    lines[i] = `${lines[i] ?? ''}${s}`;
    return lines.join('\n');
  }),
);
