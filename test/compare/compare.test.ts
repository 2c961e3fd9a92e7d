import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { expectGolden } from '../golden.js';
import { priorYear } from './prior.js';
import { diffTables } from '../../src/compare/diff.js';
import { loadDisclosure } from '../../src/load/load.js';
import { yamlOf } from '../rules/harness.js';

const REF = 'fixtures/datong-hrss-2026.yaml';
const write = (text: string, name = 'prior-2025.yaml') => {
  const file = join(mkdtempSync(join(tmpdir(), 'budget-cmp-')), name);
  writeFileSync(file, text);
  return file;
};
const claimsOf = async (old: string) => {
  const r = await runCli(['compare', '--format', 'json', old, REF]);
  return { code: r.code, claims: JSON.parse(r.stdout).claims as { claim: string; verdict: string; at: { line: number; col: number }; prior?: { line: number; col: number; value?: string }; expected?: string }[] };
};

describe('budget compare: the 2026 reference against a 2025 built from its own claims', () => {
  it('confirms every claim about last year (exit 0)', async () => {
    const { code, claims } = await claimsOf(write(priorYear()));
    expect(code).toBe(0);
    expect(claims.map((c) => `${c.at.line}:${c.at.col} ${c.verdict} ${c.claim}`)).toEqual([
      '426:69 verified 比上年增长56.85万元，增长5.07%',
      '426:153 verified 比上年增长56.85万元，增长5.07%',
      '440:47 verified 比上年增加56.85万元,增长5.07%',
      '451:46 verified 与2025年预算数相同',
      '451:73 verified 与上年预算数相同',
      '451:91 verified 与上年预算数相同',
      '451:117 verified 与上年预算数相同',
      '451:142 verified 与上年预算数相同',
      '451:162 verified 与上年预算数相同',
      '455:31 verified 比2025年预算增加2.24万元，增长2.26%',
    ]);
  });

  it('reports the claim that depends on a changed prior figure, with both places, and confirms the rest (exit 1)', async () => {
    // Last year's 机关运行经费 was 98.13, not 99.13: "增加2.24万元，增长2.26%" is then wrong.
    const old = write(priorYear((t) => t.replace('- {name: 部门合计, 合计: 99.13', '- {name: 部门合计, 合计: 98.13')));
    const { code, claims } = await claimsOf(old);
    expect(code).toBe(1);
    const bad = claims.filter((c) => c.verdict === 'contradicted');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ claim: '比2025年预算增加2.24万元，增长2.26%', at: { line: 455, col: 31 }, prior: { line: 389, col: 26, value: '98.13' }, expected: '3.24万元，3.30%' });
    expect(claims.filter((c) => c.verdict === 'verified')).toHaveLength(9);
    const pretty = await runCli(['compare', '--lang', 'en', old, REF]);
    expect(pretty.stdout).toContain(`✖ fixtures/datong-hrss-2026.yaml:455:31 “比2025年预算增加2.24万元，增长2.26%”: the two years give a change of 3.24 万元; the two years give 3.30% (${old}:389:26`);
  });

  it('reports "与上年相同" when last year differs', async () => {
    const { claims } = await claimsOf(write(priorYear((t) => t.replace('- {name: ②公务用车运行维护费, 合计: 3.50', '- {name: ②公务用车运行维护费, 合计: 3.00'))));
    expect(claims.filter((c) => c.verdict === 'contradicted').map((c) => `${c.at.line}:${c.at.col} ${c.claim}`)).toEqual(['451:142 与上年预算数相同']);
  });

  it('warns when the older document is not the previous year, and cannot check "比2025年" against it', async () => {
    const r = await runCli(['compare', '--format', 'json', write(priorYear((t) => t.replace('  year: 2025', '  year: 2024'))), REF]);
    const report = JSON.parse(r.stdout);
    expect(report.warnings[0].en).toBe('The older document is 2024 and the newer 2026: "last year" should be 2025');
    expect(report.claims.find((c: { claim: string }) => c.claim.startsWith('比2025年')).verdict).toBe('unverifiable');
  });

  it('shows old, new, Δ and Δ% per table, sorted by |Δ|; --min-change and --table filter (golden)', async () => {
    const old = write(priorYear());
    const json = JSON.parse((await runCli(['compare', '--format', 'json', old, REF])).stdout);
    const ops = json.tables.find((x: { role: string }) => x.role === 'operating_costs');
    expect(ops.rows.map((r: { label: string; old: string; new: string; delta: string; percent: string; status: string }) => `${r.label} ${r.old}→${r.new} Δ${r.delta} ${r.percent}% ${r.status}`)).toEqual([
      '大同市人力资源和社会保障局 99.13→101.37 Δ2.24 2.26% rose',
      '部门合计 99.13→101.37 Δ2.24 2.26% rose',
    ]);
    const only = JSON.parse((await runCli(['compare', '--format', 'json', '--table', 'operating_costs', '--min-change', '2.5%', old, REF])).stdout);
    expect(only.tables.map((x: { role: string; rows: unknown[] }) => `${x.role} ${x.rows.length}`)).toEqual(['operating_costs 0']);
    expectGolden('compare.markdown.md', (await runCli(['compare', '--format', 'markdown', '--lang', 'en', old, REF])).stdout.split(old).join('<old>'));
    expectGolden('compare.csv', (await runCli(['compare', '--format', 'csv', old, REF])).stdout);
  });

  it('exits 1 on a move past --fail-on-change, and 2 on a bad threshold or a bad file', async () => {
    const old = write(priorYear());
    expect((await runCli(['compare', '--fail-on-change', '50', old, REF])).code).toBe(1);
    expect((await runCli(['compare', '--fail-on-change', '60', old, REF])).code).toBe(0);
    const bad = await runCli(['compare', '--min-change', 'lots', old, REF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('budget compare: --min-change expects an amount (10.5) or a percent (5%), got "lots"\n');
    const missing = await runCli(['compare', 'no-such.yaml', REF]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such.yaml:1:1  error  Cannot read the file: no such file');
  });
});

describe('matching rows across years', () => {
  it('matches projects by name without the J/Z prefix, and marks renamed and reclassified candidates', async () => {
    const old = write(
      priorYear((t) =>
        t
          .replace('- {name: Z网络运维费,', '- {name: J网络运维费,')
          .replace('- {name: J驻村帮扶工作人员经费, 合计: 10.50, 一般公共预算: 10.50}', '- {name: J驻村帮扶人员经费, 合计: 10.00, 一般公共预算: 10.00}')
          .replace('- {code: "2101103", name: 公务员医疗补助, 合计: 12.15', '- {code: "2101199", name: 其他行政事业单位医疗支出, 合计: 12.15'),
      ),
    );
    const json = JSON.parse((await runCli(['compare', '--format', 'json', old, REF])).stdout);
    const projects = json.tables.find((x: { role: string }) => x.role === 'projects').rows;
    expect(projects.find((r: { label: string }) => r.label === 'Z网络运维费').status).toBe('same');
    expect(projects.filter((r: { candidate?: unknown }) => r.candidate).map((r: { label: string; status: string; candidate: { kind: string; other: string } }) => `${r.label} ${r.status} ${r.candidate.kind} ${r.candidate.other}`)).toEqual([
      // Sorted by |Δ|: the new row moves 10.50 (from nothing), the gone one −10.00.
      'J驻村帮扶工作人员经费 new renamed J驻村帮扶人员经费',
      'J驻村帮扶人员经费 gone renamed J驻村帮扶工作人员经费',
    ]);
    const expenditure = json.tables.find((x: { role: string }) => x.role === 'income').rows; // the first 2101103 is 表2's
    expect(expenditure.filter((r: { candidate?: { kind: string } }) => r.candidate?.kind === 'reclassified').map((r: { label: string }) => r.label).sort()).toEqual(['2101103 公务员医疗补助', '2101199 其他行政事业单位医疗支出']);
  });
});

describe('reclassification across units', () => {
  it('takes 12.15 万元 and 121,549 元 for the same amount by the rounding rule', () => {
    const doc = (unit: string, row: string) =>
      yamlOf(`tables:\n  expenditure:\n    title: 支出总表\n    unit: ${unit}\n    columns: [{key: code}, {key: name}, {key: 合计}]\n    rows:\n      - ${row}`);
    const load = (text: string) => {
      const r = loadDisclosure(text, 't.yaml');
      if (!r.ok) throw new Error('does not load');
      return r.loaded.disclosure;
    };
    const old = load(doc('万元', '{code: "2101103", name: 公务员医疗补助, 合计: 12.15}'));
    const neu = load(doc('元', '{code: "2101199", name: 其他行政事业单位医疗支出, 合计: "121,549"}'));
    const rows = diffTables(old, neu)[0]?.rows ?? [];
    expect(rows.map((r) => `${r.label} ${r.status} ${r.candidate?.kind} ${r.candidate?.other}`).sort()).toEqual([
      '2101103 公务员医疗补助 gone reclassified 2101199 其他行政事业单位医疗支出',
      '2101199 其他行政事业单位医疗支出 new reclassified 2101103 公务员医疗补助',
    ]);
  });
});
