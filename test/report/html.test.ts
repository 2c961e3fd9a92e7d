/**
 * The HTML report and the review checklist, without a browser: whole-output golden files for the
 * reference and a compare pair, the checklist model of the reference exactly, hostile text escaped,
 * and the .xlsx checklist read back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { loadDisclosure } from '../../src/load/load.js';
import { checkedFile } from '../../src/report/build.js';
import { buildChecklist } from '../../src/report/checklist.js';
import { esc } from '../../src/report/html.js';
import { runCli } from '../cli/run.js';
import { loadFixture } from '../fixtures/load-fixture.js';
import { expectGolden } from '../golden.js';

/** The version in the footer is the only volatile part. */
const normal = (html: string) => html.replace(/<p>budget [^<]*<\/p>/, '<p>budget VERSION</p>');

describe('budget check --format html', () => {
  it('renders the reference as the golden file', async () => {
    const r = await runCli(['check', '--format', 'html', '--lang', 'zh', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(1);
    expectGolden('datong.report.html', normal(r.stdout));
  });

  it('renders a compare pair as the golden file', async () => {
    const r = await runCli(['compare', '--format', 'html', '--lang', 'zh', 'fixtures/js-gaoyuan-2018.yaml', 'fixtures/js-gaoyuan-2019.yaml']);
    expect(r.code).toBe(0);
    expectGolden('compare-js-2018-2019.html', normal(r.stdout));
  });

  it('is self-contained: no script, no external resource', async () => {
    const html = (await runCli(['check', '--format', 'html', 'fixtures/datong-hrss-2026.yaml'])).stdout;
    expect(html).not.toMatch(/<script|<link |<img |@import|url\(|src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // …and is the report, not an empty page: its style inline, the file's article present.
    expect(html).toMatch(/<style>[^<]{1000,}<\/style>/);
    expect(html).toContain('<article id="f1">');
  });

  it('escapes markup and control characters from the document', () => {
    expect(esc('<script>alert("x")</script>&\u001b[31m')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;\\x1b[31m');
  });
});

describe('the review checklist', () => {
  it('lists every part of the reference, with 符合要求 and the problems found in it', () => {
    const loaded = loadFixture('datong-hrss-2026.yaml');
    const report = checkedFile(loaded, runRules(loaded));
    const parts = buildChecklist(loaded, report).map((p) => [p.name.zh, p.ok ? '是' : '否', p.problems.map((i) => `${report.findings[i]?.rule} ${report.findings[i]?.place}`)]);
    expect(parts).toEqual([
      ['封面', '是', []],
      ['目录', '是', []],
      ['职能', '是', []],
      ['机构设置', '是', []],
      ['名词解释', '是', []],
      ['编制说明（情况说明）', '是', []],
      ['预算公开表1 2026年预算收支总表', '是', []],
      ['预算公开表2 2026年预算收入总表', '是', []],
      ['2026年预算支出总表', '是', []],
      ['2026年财政拨款收支总表', '是', []],
      ['2026年一般公共预算支出预算表（不含上年结转）', '是', []],
      ['2026年一般公共预算安排基本支出分经济科目表（不含上年结转）', '是', []],
      ['2026年政府性基金预算收入表（不含上年结转）', '是', []],
      ['2026年政府性基金预算支出表（不含上年结转）', '是', []],
      ['部门公开表9 2026年国有资本经营预算收支预算表（不含上年结转）', '是', []],
      ['预算公开表10 2026年财政拨款安排“三公”经费支出预算表', '是', []],
      ['2026年财政拨款安排机关运行经费预算表', '是', []],
      ['2026年项目支出预算表（本年预算）', '是', []],
      ['2026年项目支出预算表（上年结转）', '是', []],
      ['其他相关说明', '否', ['kind-words 情况说明 十二、其他说明 › “政府购买服务指导性目录 我部门完全按照《山西省财政厅关”', 'asset-counts 国有资产占有使用情况 › 通用设备 100万元以上']],
      ['项目及绩效目标', '否', ['target-cost-cap 绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元', 'target-cost-cap 绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元']],
    ]);
  });

  it('marks a table with a problem 否, and lists no project part where the layout has none (江苏 2017)', () => {
    const loaded = loadFixture('js-gaoyuan-2017.yaml');
    const report = checkedFile(loaded, runRules(loaded));
    const failing = buildChecklist(loaded, report)
      .filter((p) => !p.ok)
      .map((p) => [p.name.zh, p.present, p.problems.map((i) => report.findings[i]?.rule)]);
    expect(failing).toEqual([
      ['编制说明（情况说明）', true, ['narrative-change']],
      ['七 2017年度江苏省高级人民法院部门政府性基金支出预算表', true, ['empty-table-note']],
    ]);
  });

  it('marks a required table that is missing 否, with the finding that says so, and no other table', () => {
    // The reference without its 财政拨款收支总表, whose name holds 收支总表's: the finding must
    // land on the missing table, not on the summary.
    const text = readFileSync('fixtures/datong-hrss-2026.yaml', 'utf8');
    const cut = text.slice(0, text.indexOf('\n  appropriation_summary:\n')) + text.slice(text.indexOf('\n  general_expenditure:\n'));
    const result = loadDisclosure(cut, 'cut.yaml');
    if (!result.ok) throw new Error('the cut reference should load');
    const report = checkedFile(result.loaded, runRules(result.loaded));
    const parts = buildChecklist(result.loaded, report).filter((p) => p.id === 'part-table-appropriation_summary' || p.id === 'part-table-summary');
    expect(parts.map((p) => ({ id: p.id, ok: p.ok, present: p.present, name: p.name.zh, rules: p.problems.map((i) => report.findings[i]?.rule) }))).toEqual([
      { id: 'part-table-summary', ok: true, present: true, name: '预算公开表1 2026年预算收支总表', rules: [] },
      { id: 'part-table-appropriation_summary', ok: false, present: false, name: '财政拨款收支总表', rules: ['required-tables'] },
    ]);
  });

  it("shows the waivers file's own findings in the HTML report, and gives each file its own anchors", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-waive-'));
    const waivers = join(dir, 'w.yaml');
    writeFileSync(waivers, 'waivers:\n  - rule: row-total\n    place: 没有这一格\n    reason: accepted in review\n');
    const r = await runCli(['check', '--format', 'html', '--waivers', waivers, 'fixtures/datong-hrss-2026.yaml', 'fixtures/js-gaoyuan-2019.yaml']);
    expect(r.stdout).not.toContain('Could not be loaded');
    expect(r.stdout).toMatch(/<article id="f3">\n<h1>[^<]*w\.yaml<\/h1>\n<ol class="findings">/);
    expect(r.stdout.match(/<article id="f\d+">/g)).toEqual(['<article id="f1">', '<article id="f2">', '<article id="f3">']);
    // The waiver that matches nothing, located in the waivers file, under that file's own anchor.
    expect(r.stdout).toContain(
      '<li value="1" id="f3-finding-1" class="warning" data-loc="2:5"><span class="tag warning">warning</span>row-total › 没有这一格: Waiver matches no finding: row-total 没有这一格 <code class="meta">unused-waiver</code></li>',
    );
  });

  it('writes the checklist as .xlsx: read back, one row per part', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'budget-xlsx-')), '检查表.xlsx');
    const r = await runCli(['check', '--format', 'checklist', '--lang', 'zh', '-o', out, 'fixtures/datong-hrss-2026.yaml']);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(out)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('检查表');
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows[2]).toEqual(['部分', '符合要求', '问题说明']);
    expect(rows.slice(3).map((x) => [x[0], x[1]])).toHaveLength(21);
    expect(rows[3]).toEqual(['封面', '是', '']);
    const targets = rows.find((x) => x[0] === '项目及绩效目标');
    expect(targets?.[1]).toBe('否');
    expect(targets?.[2]?.split('\n')).toHaveLength(2);
    expect(targets?.[2]).toMatch(/^错误 绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元: .*\(698:63, target-cost-cap\)$/m);
  });

  it('needs --output and one file, and writes the same bytes for the same input', async () => {
    expect(await runCli(['check', '--format', 'checklist', 'fixtures/datong-hrss-2026.yaml'])).toMatchObject({ code: 2, stdout: '' });
    const dir = mkdtempSync(join(tmpdir(), 'budget-xlsx-'));
    const two = await runCli(['check', '--format', 'checklist', '-o', join(dir, 'a.xlsx'), 'fixtures/datong-hrss-2026.yaml', 'fixtures/js-gaoyuan-2019.yaml']);
    expect([two.code, two.stderr]).toEqual([2, 'budget: a checklist is made for one file at a time\n']);
    await runCli(['check', '--format', 'checklist', '-o', join(dir, '1.xlsx'), 'fixtures/datong-hrss-2026.yaml']);
    await new Promise((r) => setTimeout(r, 1100));
    await runCli(['check', '--format', 'checklist', '-o', join(dir, '2.xlsx'), 'fixtures/datong-hrss-2026.yaml']);
    expect(readFileSync(join(dir, '1.xlsx')).equals(readFileSync(join(dir, '2.xlsx')))).toBe(true);
  });
});
