/**
 * A prior year built from the reference, as the 2026 narrative describes it: totals 56.85 lower
 * (1,122.33), 机关运行经费 2.24 lower (99.13), 三公 the same. Only the lines that 2026's claims
 * name are changed; the rest is the 2026 document, which is all a claim check reads.
 */
import { readFileSync } from 'node:fs';

const REF = new URL('../../fixtures/datong-hrss-2026.yaml', import.meta.url);

export function priorYear(edit: (text: string) => string = (t) => t): string {
  let text = readFileSync(REF, 'utf8').replace('  year: 2026', '  year: 2025');
  const lines = text.split('\n');
  const set = (line: number, from: string, to: string) => {
    const i = line - 1;
    if (!(lines[i] ?? '').includes(from)) throw new Error(`line ${line} has no ${from}`);
    lines[i] = (lines[i] ?? '').split(from).join(to);
  };
  for (const n of [77, 82, 84, 123, 125, 142, 170, 197, 200, 205, 245, 247, 259]) set(n, '1179.18', '1122.33');
  for (const n of [389, 390]) set(n, '101.37', '99.13');
  text = lines.join('\n');
  return edit(text);
}
