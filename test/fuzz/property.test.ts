/**
 * Random edits of the real fixtures — bytes, lines, amounts, codes, prose — must always end in a
 * report or in located problems (exit 2): never a thrown error, never a hang. A short run is part
 * of `npm test`; `npm run fuzz` runs 10,000 cases and prints the number of crashes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, type JobSettings } from '../../src/cli/check-file.js';
import { readFixture } from '../fixtures/load-fixture.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const FIXTURES = ['datong-hrss-2026.yaml', 'putuo-zhengfuban-2025-dept.yaml', 'js-gaoyuan-2019.yaml'].map((f) => readFixture(f));
const SETTINGS = (format: JobSettings['render']['format']): JobSettings => ({
  severities: {},
  waivers: [],
  today: '2026-11-29',
  waiversFile: 'budget-waivers.yaml',
  render: { format, failOn: 'error', version: 'fuzz', lang: 'zh', color: 0, verbose: true },
});

const TRICKY = ['1.179,18', '12a', '', '-', '—', '1e400', '9'.repeat(400), '０．５', 'NaN', '∞', '"', "'", ':', '- x', '{', '[', '&a', '*a', '!!binary x', '\u0000', '\u001b[2J', '\ud800', '%', '一、', '（', '占', '万元', '比上年增长', '其中：'];

type Edit = (text: string) => string;
const at = (text: string, p: number) => Math.floor(p * text.length);
const edits: fc.Arbitrary<Edit> = fc.oneof(
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

describe(`fuzz (${RUNS} runs)`, () => {
  it('always ends in a report or located problems', () => {
    let crashes = 0;
    fc.assert(
      fc.property(fc.nat(FIXTURES.length - 1), fc.array(edits, { minLength: 1, maxLength: 4 }), fc.constantFrom('json', 'pretty', 'sarif', 'junit', 'github'), (which, chain, format) => {
        const text = chain.reduce((t, e) => e(t), FIXTURES[which] ?? '');
        try {
          const done = checkText(text, 'fuzz.yaml', SETTINGS(format as JobSettings['render']['format']));
          // A file with no finding has no SARIF result and no GitHub line; every other format says something.
          if (format === 'json' || format === 'pretty' || format === 'junit') expect(done.rendered.parts.join('').length).toBeGreaterThan(0);
          if (done.rendered.invalid && format === 'json') {
            const problems = JSON.parse(done.rendered.parts[0] ?? '{}').problems as { line: number; col: number }[];
            expect(problems.length).toBeGreaterThan(0);
            for (const p of problems) expect(p.line >= 1 && p.col >= 1).toBe(true);
          }
        } catch (e) {
          crashes++;
          throw e;
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
    );
    if (RUNS > 1000) console.log(`fuzz: ${RUNS} cases, ${crashes} crashes`);
    expect(crashes).toBe(0);
  }, 3_600_000);
});
