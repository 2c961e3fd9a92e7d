/** CI formats, waivers, inputs and --output, through the CLI in process. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { runCli } from './run.js';

const REF = 'fixtures/datong-hrss-2026.yaml';
const stamp = (s: string) => s.replace(/"version": "[^"]*"/g, '"version": "<version>"');
const temp = () => mkdtempSync(join(tmpdir(), 'budget-ci-'));

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with every rule declared and stable fingerprints (golden)', async () => {
    const r = await runCli(['check', '--format', 'sarif', '--docs-url', 'https://example.org/budget/rules/', REF]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    // Streamed file by file, yet byte for byte what JSON.stringify gives for the whole.
    expect(`${JSON.stringify(sarif, null, 2)}\n`).toBe(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((x: { helpUri: string }) => x.helpUri)).toContain('https://example.org/budget/rules/target-cost-cap.md');
    const cap = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'target-cost-cap');
    expect(cap.level).toBe('error');
    expect(cap.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/datong-hrss-2026.yaml' }, region: { startLine: 698, startColumn: 63 } });
    expect(cap.relatedLocations[0].physicalLocation.region).toEqual({ startLine: 678, startColumn: 23 });
    // info → note: the 9 tails and 14 notes; then the warnings and errors.
    expect(sarif.runs[0].results.map((x: { level: string }) => x.level)).toEqual([...Array(23).fill('note'), 'warning', 'error', 'error', 'warning']);
    expectGolden('datong.sarif', stamp(r.stdout));
  });

  it('keeps fingerprints when lines move: they are built from rule and place', async () => {
    const dir = temp();
    const moved = join(dir, 'moved.yaml');
    writeFileSync(moved, readFileSync(REF, 'utf8').replace('format: budget-disclosure/1', '# a comment that moves every line\n\nformat: budget-disclosure/1'));
    const a = JSON.parse((await runCli(['check', '--format', 'sarif', REF])).stdout).runs[0].results;
    const b = JSON.parse((await runCli(['check', '--format', 'sarif', moved])).stdout).runs[0].results;
    expect(b.map((x: { partialFingerprints: object }) => x.partialFingerprints)).toEqual(a.map((x: { partialFingerprints: object }) => x.partialFingerprints));
    expect(b[0].locations[0].physicalLocation.region.startLine).toBe(a[0].locations[0].physicalLocation.region.startLine + 2);
  });

  it('reports a file that cannot be loaded as a "load" result at its line and column (exit 2)', async () => {
    const bad = join(temp(), 'bad.yaml');
    writeFileSync(bad, 'format: budget-disclosure/1\ndocument: [\n');
    const r = await runCli(['check', '--format', 'sarif', bad]);
    expect(r.code).toBe(2);
    const run = JSON.parse(r.stdout).runs[0];
    const rules = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(rules.at(-1)).toBe('load');
    expect(run.results.map((x: { ruleId: string; ruleIndex: number; level: string }) => [x.ruleId, x.ruleIndex, x.level])).toEqual([['load', rules.length - 1, 'error']]);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 });
  });
});

describe('--format junit and github', () => {
  it('writes JUnit XML: a suite per file, a case per rule, failures only at --fail-on (golden)', async () => {
    const r = await runCli(['check', '--format', 'junit', REF, 'fixtures/putuo-zhengfuban-2025-dept.yaml']);
    expect(r.stdout).toMatch(/<testsuites name="budget" tests="74" failures="1" errors="0">/);
    expect(r.stdout).toContain('<testcase name="target-cost-cap" classname="fixtures/datong-hrss-2026.yaml">\n      <failure message="2 findings:');
    expect(r.stdout).not.toMatch(/<failure[^>]*>[^<]*尾差/);
    expectGolden('junit.xml', r.stdout);
    const warn = await runCli(['check', '--format', 'junit', '--fail-on', 'warning', REF]);
    expect(warn.stdout).toMatch(/<testsuite name="fixtures\/datong-hrss-2026.yaml" tests="37" failures="3"/);
  });

  it('writes GitHub workflow commands with escaped data and properties', async () => {
    const r = await runCli(['check', '--format', 'github', REF]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=fixtures/datong-hrss-2026.yaml,line=698,col=63,title=budget target-cost-cap::绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元: Expected 鉴定工作费用 (<30万元) > period funds: 30 万元 > 30 万元 does not hold (difference 0)',
    );
    expect(lines.filter((l) => l.startsWith('::warning')).length).toBe(2);
    expect(lines.at(-1)).toBe('budget: 1 file(s), 2 error(s), 2 warning(s), 9 tail(s), 0 could not be loaded');
    // A file name with the property separators: % , : are escaped in file=…
    const hostile = join(temp(), 'a,b:c%.yaml');
    writeFileSync(hostile, readFileSync(REF, 'utf8'));
    const h = (await runCli(['check', '--format', 'github', hostile])).stdout.split('\n');
    const escaped = hostile.replace('a,b:c%.yaml', 'a%2Cb%3Ac%25.yaml');
    expect(h).toContain(
      `::error file=${escaped},line=698,col=63,title=budget target-cost-cap::绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元: Expected 鉴定工作费用 (<30万元) > period funds: 30 万元 > 30 万元 does not hold (difference 0)`,
    );
  });
});

describe('waivers', () => {
  const waive = (body: string) => {
    const dir = temp();
    const file = join(dir, 'budget-waivers.yaml');
    writeFileSync(file, body);
    return file;
  };
  const CAP = '绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元';

  it('waives accepted findings: shown as waived, not counted, not failing', async () => {
    const file = waive(`waivers:\n  - rule: target-cost-cap\n    place: ${CAP}\n    reason: 主管部门确认上限应为“≤30万元”\n    expires: 2099-12-31\n`);
    const r = await runCli(['check', '--format', 'json', '--waivers', file, REF], { BUDGET_TODAY: '2026-11-29' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const caps = report.files[0].findings.filter((f: { rule: string }) => f.rule === 'target-cost-cap');
    expect(caps.map((f: { waived?: { reason: string } }) => f.waived?.reason)).toEqual(['主管部门确认上限应为“≤30万元”', '主管部门确认上限应为“≤30万元”']);
    expect(report.summary.errors).toBe(0);
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '--waivers', file, REF])).stdout);
    const suppressed = sarif.runs[0].results.filter((x: { suppressions?: unknown }) => x.suppressions);
    expect(suppressed).toHaveLength(2);
  });

  it('stops waiving after the expiry date, and says so', async () => {
    const file = waive(`waivers:\n  - rule: target-cost-cap\n    place: ${CAP}\n    reason: 临时接受\n    expires: 2026-01-31\n`);
    const r = await runCli(['check', '--format', 'json', '--waivers', file, REF], { BUDGET_TODAY: '2026-11-29' });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files[1].findings.map((f: { rule: string; location: { line: number } }) => `${f.rule} ${f.location.line}`)).toEqual(['expired-waiver 2']);
  });

  it('reports a waiver that matches nothing, at its place', async () => {
    const file = waive('waivers:\n  - rule: row-total\n    place: 没有这一格\n    reason: 试试\n');
    const r = await runCli(['check', '--format', 'json', '--waivers', file, REF]);
    const report = JSON.parse(r.stdout);
    expect(report.files[1].findings[0]).toMatchObject({ rule: 'unused-waiver', severity: 'warning', location: { file, line: 2, col: 5 } });
  });

  it('refuses a waivers file with an unknown rule, at its place, exit 2', async () => {
    const file = waive('waivers:\n  - rule: row-totals\n    place: x\n    reason: y\n');
    const r = await runCli(['check', '--waivers', file, REF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:2:11  error  Unknown key "row-totals"; did you mean "row-total"?`);
  });
});

describe('inputs and output', () => {
  it('takes directories and quoted globs, in input order, with one summary', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    for (const f of ['a/2.yaml', 'a/b/1.yaml', 'a/notes.txt']) writeFileSync(join(dir, f), readFileSync('fixtures/putuo-zhengfuban-2025-dept.yaml'));
    const byDir = JSON.parse((await runCli(['check', '--format', 'json', join(dir, 'a')])).stdout);
    expect(byDir.files.map((f: { file: string }) => f.file.slice(dir.length))).toEqual(['/a/2.yaml', '/a/b/1.yaml']);
    const byGlob = JSON.parse((await runCli(['check', '--format', 'json', `${dir}/a/**/1.yaml`])).stdout);
    expect(byGlob.files.map((f: { file: string }) => f.file.slice(dir.length))).toEqual(['/a/b/1.yaml']);
    expect(byGlob.summary.files).toBe(1);
  });

  it('reports a glob that matches nothing and still checks the rest (exit 2)', async () => {
    const r = await runCli(['check', '--format', 'json', 'nothing/**/*.yaml', REF]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ files: 2, invalid: 1 });
    expect(report.files[0].status).toBe('checked');
  });

  it('writes --output atomically, refuses to replace a file without --force, never an input', async () => {
    const dir = temp();
    const out = join(dir, 'report.json');
    expect((await runCli(['check', '--format', 'json', '--output', out, REF])).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('budget-report/1');
    const again = await runCli(['check', '--format', 'json', '--output', out, REF]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`budget: ${out} exists: use --force to replace it\n`);
    expect((await runCli(['check', '--format', 'json', '--output', out, '--force', REF])).code).toBe(1);
    const input = join(dir, 'in.yaml');
    writeFileSync(input, readFileSync(REF));
    const self = await runCli(['check', '--output', input, '--force', input]);
    expect(self.code).toBe(2);
    expect(self.stderr).toBe(`budget: refusing to overwrite an input file: ${input}\n`);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(REF, 'utf8'));
    expect(existsSync(join(dir, `.report.json.${process.pid}.tmp`))).toBe(false);
  });
});

describe('progress', () => {
  const dir = temp();
  const six = Array.from({ length: 6 }, (_, i) => {
    const f = join(dir, `${i}.yaml`);
    writeFileSync(f, readFileSync('fixtures/putuo-zhengfuban-2025-dept.yaml'));
    return f;
  });
  it('shows a progress line on a terminal for more than five files', async () => {
    const r = await runCli(['check', '--jobs', '1', '--format', 'json', ...six], {}, true);
    expect(r.stderr).toContain('\r\u001b[2K6/6 files checked');
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('stays silent when stderr is not a terminal, or for a handful of files', async () => {
    expect((await runCli(['check', '--jobs', '1', '--format', 'json', ...six])).stderr).toBe('');
    expect((await runCli(['check', '--format', 'json', REF], {}, true)).stderr).toBe('');
  });
});
