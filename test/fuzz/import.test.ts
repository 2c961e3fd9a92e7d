/**
 * Random edits of the real published texts (pdftotext's layout and the reference's tab text) and
 * of a real PDF's bytes must always end in the YAML form or a problem at file:1:1 (exit 2): never a
 * thrown error. A short run is part of `npm test`; `npm run fuzz` runs more.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/cli/source-file.js';
import { loadDisclosure } from '../../src/load/load.js';
import { messages } from '../../src/load/messages.js';

const RUNS = Math.max(20, Math.floor(Number(process.env.FUZZ_RUNS ?? 200) / 10));
const source = (name: string) => readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url));
const TEXTS = ['datong-hrss-2026-unit-budget.txt', 'putuo-zhengfuban-2025-unit-budget.txt', 'js-gaoyuan-2019-dept-budget.txt'].map((n) => [n, source(n).toString('utf8')] as const);
const PDF = new Uint8Array(source('putuo-zhengfuban-2025-unit-budget.pdf'));

type Edit = (lines: string[]) => string[];
const edits: fc.Arbitrary<Edit> = fc.oneof(
  // drop, duplicate or swap lines
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('drop', 'dup', 'swap')).map(([p, how]) => (lines: string[]) => {
    const out = [...lines];
    const i = Math.floor(p * out.length);
    if (how === 'drop') out.splice(i, 1);
    if (how === 'dup') out.splice(i, 0, out[i] ?? '');
    if (how === 'swap') [out[i], out[i + 1]] = [out[i + 1] ?? '', out[i] ?? ''];
    return out;
  }),
  // shift a line's text sideways, or cut it
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -8, max: 8 })).map(([p, n]) => (lines: string[]) => {
    const out = [...lines];
    const i = Math.floor(p * out.length);
    const l = out[i] ?? '';
    out[i] = n >= 0 ? ' '.repeat(n) + l : l.slice(0, Math.max(0, l.length + n * 4));
    return out;
  }),
  // tricky cells in a line
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('1,2,3', '合计', '  99.999.9', '\t\t', '一、', '单位：元', '公开 01 表', '\u0000', '注：本表无数据')).map(([p, s]) => (lines: string[]) => {
    const out = [...lines];
    const i = Math.floor(p * out.length);
    out[i] = `${out[i] ?? ''}  ${s}`;
    return out;
  }),
);

describe('budget import under random edits', () => {
  it.each(TEXTS)('%s: the YAML form, valid, or a problem — never a throw', async (name, text) => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 6 }), async (list) => {
        const edited = list.reduce((lines, e) => e(lines), text.split('\n')).join('\n');
        const read = await readSource(name, new TextEncoder().encode(edited), undefined);
        if (!read.ok) {
          // A text refused can only be one whose tables the edits destroyed: an exception inside the
          // importer would surface as another message (readSource turns any throw into one at 1:1).
          expect([read.problem.line, read.problem.col, read.problem.message.en]).toEqual([1, 1, messages.noTables().en]);
          return;
        }
        imported++;
        const loaded = loadDisclosure(read.yaml, name);
        // An import that lost the cover may miss a required document fact; it is then reported, never thrown.
        if (!loaded.ok) expect(loaded.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 20261129 },
    );
    // A few random edits leave a published text importable: most runs reach the YAML form.
    expect(imported).toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it('a PDF with random bytes overwritten: the YAML form or a problem at 1:1 — never a throw', async () => {
    const runs = Math.max(10, Math.floor(RUNS / 2));
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: PDF.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (hits) => {
        const bytes = new Uint8Array(PDF);
        for (const [at, b] of hits) bytes[at] = b;
        const read = await readSource('fuzz.pdf', bytes, undefined);
        if (!read.ok) expect([read.problem.line, read.problem.col]).toEqual([1, 1]);
        else imported++;
      }),
      { numRuns: runs, seed: 20261129 },
    );
    // pdf.js reads past most damage: an importer that threw on every PDF would refuse them all.
    expect(imported).toBeGreaterThan(runs / 2);
  }, 120_000);
});
