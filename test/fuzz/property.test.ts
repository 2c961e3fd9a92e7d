/**
 * Random edits of the real fixtures — bytes, lines, amounts, codes, prose — must always end in a
 * report or in located problems (exit 2): never a thrown error, never a hang. A short run is part
 * of `npm test`; `npm run fuzz` runs 10,000 cases and prints the number of crashes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, type JobSettings } from '../../src/cli/check-file.js';
import { readFixture } from '../fixtures/load-fixture.js';
import { edits } from './edits.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const FIXTURES = ['datong-hrss-2026.yaml', 'putuo-zhengfuban-2025-dept.yaml', 'js-gaoyuan-2019.yaml'].map((f) => readFixture(f));
const SETTINGS = (format: JobSettings['render']['format']): JobSettings => ({
  severities: {},
  waivers: [],
  today: '2026-11-29',
  waiversFile: 'budget-waivers.yaml',
  render: { format, failOn: 'error', version: 'fuzz', lang: 'zh', color: 0, verbose: true },
});

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
