/** What `budget check` prints about a file that could not be loaded: every problem, located. */
import { visible } from '../load/messages.js';
import type { LocatedProblem } from '../load/problem.js';
import { paint, type Style, t } from './style.js';

export function renderProblems(problems: readonly LocatedProblem[], style: Style): string {
  const c = paint(style);
  const lines = problems.map((p) => {
    const where = c.underline(`${show(p.file)}:${p.line}:${p.col}`);
    const place = p.place === '' ? '' : c.dim(`  ${p.place}`);
    return `${where}  ${c.red(t(style, { zh: '错误', en: 'error' }))}  ${t(style, p.message)}${place}`;
  });
  const files = [...new Set(problems.map((p) => p.file))];
  const n = problems.length;
  const summary = t(style, {
    zh: `✖ ${files.join('、')}：${n} 个问题，文件未能载入`,
    en: `✖ ${files.join(', ')}: ${n} problem${n === 1 ? '' : 's'}; not loaded`,
  });
  return `${lines.join('\n')}\n\n${c.red(summary)}\n`;
}

/** Document text on a terminal: control characters shown, never obeyed. */
const show = (s: string) => visible(s, Number.POSITIVE_INFINITY);
