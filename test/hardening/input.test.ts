/** Hostile and odd input: exactness at scale, dashes, full-width figures, depth, size, encodings of names. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { brief, runRule, yamlOf } from '../rules/harness.js';
import { rowTotal } from '../../src/rules/row-total.js';
import { narrativeAmount } from '../../src/rules/narrative-amount.js';

const table = (row: string, unit = '元') =>
  yamlOf(`tables:
  expenditure:
    title: 支出总表
    unit: ${unit}
    columns: [{key: name}, {key: 合计}, {key: 基本支出}, {key: 项目支出}]
    rows:
      - ${row}`);

describe('exactness', () => {
  it('keeps amounts up to 10^15 with two decimals exact, end to end', () => {
    expect(runRule(rowTotal, table('{name: 合计, 合计: "999,999,999,999,999.99", 基本支出: "500,000,000,000,000.00", 项目支出: "499,999,999,999,999.99"}')).findings).toEqual([]);
    const [f] = runRule(rowTotal, table('{name: 合计, 合计: "999,999,999,999,999.99", 基本支出: "500,000,000,000,000.00", 项目支出: "499,999,999,999,999.97"}')).findings;
    expect(f && brief(f)).toBe('14:24 error discrepancy 支出总表 › 合计 › 合计 | 999999999999999.97 999999999999999.99 0.02 0.015');
  });

  it('adds negative amounts as printed', () => {
    expect(runRule(rowTotal, table('{name: 合计, 合计: "-2.50", 基本支出: "-12.50", 项目支出: "10.00"}')).findings).toEqual([]);
  });

  it('reads a dash as a blank cell, and 0.00 as a printed zero', () => {
    expect(runRule(rowTotal, table('{name: 合计, 合计: 10.00, 基本支出: "—", 项目支出: 10.00}')).findings).toEqual([]);
    expect(runRule(rowTotal, table('{name: 合计, 合计: "-", 基本支出: "－", 项目支出: "0.00"}')).findings).toEqual([]);
  });

  it('reads full-width digits in a cell and in the narrative', () => {
    const yaml = `${table('{name: 合计, 合计: "１，１７９．１８", 基本支出: 985.92, 项目支出: 193.26}', '万元')}
narrative:
  - heading: 三、支出预算情况说明
    text: |
      支出预算１，１７９．１８万元，其中：基本支出９８５．９２万元。`;
    expect(runRule(rowTotal, yaml).findings).toEqual([]);
    expect(runRule(narrativeAmount, yaml).findings).toEqual([]);
  });
});

describe('limits', () => {
  const temp = () => mkdtempSync(join(tmpdir(), 'budget-hard-'));

  it('refuses nesting far deeper than a disclosure has, at its place, without overflowing', async () => {
    const file = join(temp(), 'deep.yaml');
    writeFileSync(file, `${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1:66  error  Nested too deeply (DEPTH_LIMIT: nested more than 64 levels deep)`);
  });

  it('refuses a file over the size limit, and reads it when the limit is raised', async () => {
    const file = join(temp(), 'big.yaml');
    writeFileSync(file, `${readFileSync('fixtures/putuo-zhengfuban-2025-dept.yaml', 'utf8')}\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
    const small = await runCli(['check', '--max-file-size', '1', file]);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/File too large \(\d+ bytes, limit 1048576\): raise it with --max-file-size/);
    expect((await runCli(['check', '--max-file-size', '3', file])).code).toBe(0);
  });

  it('reads CRLF files as LF files, with the same findings at the same places', async () => {
    const file = join(temp(), 'crlf.yaml');
    writeFileSync(file, readFileSync('fixtures/datong-hrss-2026.yaml', 'utf8').replace(/\n/g, '\r\n'));
    const lf = JSON.parse((await runCli(['check', '--format', 'json', 'fixtures/datong-hrss-2026.yaml'])).stdout).files[0].findings;
    const crlf = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout).files[0].findings;
    const key = (f: { rule: string; location: { line: number; col: number } }) => `${f.rule} ${f.location.line}:${f.location.col}`;
    expect(crlf.map(key)).toEqual(lf.map(key));
  });

  it('works with file names that have spaces and Chinese characters, in every format', async () => {
    const file = join(temp(), '大同 人社局 2026.yaml');
    writeFileSync(file, readFileSync('fixtures/datong-hrss-2026.yaml'));
    for (const format of ['pretty', 'json', 'sarif', 'junit', 'github']) {
      const r = await runCli(['check', '--format', format, file]);
      expect(r.code).toBe(1);
    }
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', file])).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toContain('%E5%A4%A7%E5%90%8C%20%E4%BA%BA%E7%A4%BE%E5%B1%80%202026.yaml');
  });
});

describe('output safety', () => {
  it('shows control characters from a document, never sends them to a terminal or a CI log', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'budget-hard-')), 'ansi.yaml');
    writeFileSync(file, table('{name: "合计\\u001b[2J\\u001b]0;owned\\u0007", 合计: 1.00, 基本支出: 2.00}'));
    for (const format of ['pretty', 'github']) {
      const r = await runCli(['check', '--format', format, file]);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain('\u0007');
      expect(r.stdout).toContain('\\x1b[2J');
    }
    const junit = (await runCli(['check', '--format', 'junit', file])).stdout;
    const controls = [...junit].filter((c) => {
      const cp = c.codePointAt(0) ?? 0;
      return cp < 0x20 && cp !== 0x9 && cp !== 0xa && cp !== 0xd;
    });
    expect(controls).toEqual([]);
    const json = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout);
    const own = json.files[0].findings.find((f: { rule: string }) => f.rule === 'row-total');
    expect(own.place).toContain('\u001b[2J'); // JSON escapes it; the data is kept
  });
});
