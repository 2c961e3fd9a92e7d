/**
 * `budget import`, and `check` / `compare` given a published document, through the CLI in
 * process: the YAML written (to stdout or atomically to -o), bad PDFs refused with exit 2 and a
 * message at file:1:1, findings on a PDF located on their printed page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDisclosure } from '../../src/load/load.js';
import { tinyPdf } from '../import/pdf.js';
import { readSource } from '../../src/cli/source-file.js';
import { runCli } from './run.js';

const temp = () => mkdtempSync(join(tmpdir(), 'budget-import-'));
const UNIT_PDF = 'fixtures/sources/putuo-zhengfuban-2025-unit-budget.pdf';

describe('budget import', () => {
  it('writes the YAML form of a PDF to standard output and names what it read on stderr', async () => {
    const r = await runCli(['import', UNIT_PDF]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`# Imported from ${UNIT_PDF} by budget import: check it against the printed document.`);
    const loaded = loadDisclosure(r.stdout, 'out.yaml');
    expect(loaded.ok && loaded.loaded.disclosure.document).toMatchObject({ unit: '上海市普陀区人民政府办公室', year: 2025, kind: '单位预算', amount_unit: '元' });
    expect(r.stderr).toBe(
      `budget: ${UNIT_PDF}: 9 tables read (summary, income, expenditure, appropriation_summary, general_expenditure, fund_expenditure, state_capital_expenditure, general_basic_economic, three_public_and_operating)\n`,
    );
  });

  it('lists what it could not place under unplaced:, with its page, and says so', async () => {
    const r = await runCli(['import', 'fixtures/sources/js-gaoyuan-2019-dept-budget.pdf']);
    expect(r.code).toBe(0);
    const loaded = loadDisclosure(r.stdout, 'out.yaml');
    expect(loaded.ok).toBe(true);
    const unplaced = r.stdout.slice(r.stdout.indexOf('\nunplaced:\n'));
    const entries = unplaced.split('\n').filter((l) => l.startsWith('  - {page: '));
    // Only the labels of the chart in the narrative (支出预算图), left out of its prose.
    expect(entries).toEqual([
      '  - {page: 19, text: "预留机动经费,"}',
      '  - {page: 19, text: 13.48%}',
      '  - {page: 19, text: "项目支出, 27.45%"}',
      '  - {page: 19, text: "基本支出, 59.07%"}',
      '  - {page: 19, text: 支出预算图}',
    ]);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      'budget: fixtures/sources/js-gaoyuan-2019-dept-budget.pdf: 5 printed pieces could not be placed; they are listed verbatim under unplaced: for a person to place',
    );
  });

  it('writes -o atomically, refuses to replace a file without --force, and never the input', async () => {
    const dir = temp();
    const out = join(dir, 'unit.yaml');
    expect((await runCli(['import', UNIT_PDF, '-o', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toBe((await runCli(['import', UNIT_PDF])).stdout);
    const again = await runCli(['import', UNIT_PDF, '-o', out]);
    expect([again.code, again.stderr]).toEqual([2, `budget: ${out} exists: use --force to replace it\n`]);
    expect((await runCli(['import', UNIT_PDF, '-o', out, '--force'])).code).toBe(0);
    const input = join(dir, 'in.pdf');
    writeFileSync(input, readFileSync(UNIT_PDF));
    const self = await runCli(['import', input, '-o', input, '--force']);
    expect([self.code, self.stderr]).toEqual([2, `budget: refusing to overwrite an input file: ${input}\n`]);
    expect(readFileSync(input).equals(readFileSync(UNIT_PDF))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.pdf', 'unit.yaml']);
  });

  describe('refuses a PDF it cannot read, at file:1:1 with exit 2, writing nothing', () => {
    const dir = temp();
    const cases: [string, Uint8Array | string, string[], string][] = [
      ['encrypted.pdf', tinyPdf(1, 'x', 'secret'), [], 'The PDF is encrypted: save an unprotected copy'],
      ['scanned.pdf', tinyPdf(2), [], 'The PDF has no text layer (scanned pages?): it needs OCR first'],
      ['long.pdf', tinyPdf(3, 'x'), ['--max-pages', '2'], 'The PDF has 3 pages, more than 2: raise the limit with --max-pages'],
      ['renamed.pdf', 'hello', [], 'The PDF cannot be read (no %PDF- signature: not a PDF file)'],
      ['cut.pdf', '%PDF-1.4\n1 0 obj\n<<', [], 'The PDF cannot be read ('],
      // A broken page tree fails only when the pages are read, after the document opened.
      ['kids.pdf', new Uint8Array(Buffer.from(Buffer.from(tinyPdf(2, 'x')).toString('latin1').replace('/Kids', '/Kidz'), 'latin1')), [], 'The PDF cannot be read ('],
      ['words.txt', 'nothing to see here\n', [], 'No budget table was found (tables are recognised by their titles): is this a budget disclosure?'],
    ];
    it.each(cases)('%s', async (name, bytes, flags, message) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const out = join(dir, `${name}.yaml`);
      const r = await runCli(['import', file, '-o', out, ...flags]);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(`${file}:1:1  error  ${message}`)).toBe(true);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  });

  it('refuses a file that is not there', async () => {
    const r = await runCli(['import', 'no/such.pdf']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'no/such.pdf:1:1  error  Cannot read the file: no such file']);
  });
});

describe('budget check on a published document', () => {
  it('imports in memory, checks, and locates each finding on its printed page too', async () => {
    const r = await runCli(['check', '--format', 'json', 'fixtures/sources/putuo-caizhengju-2025-dept-budget.pdf']);
    const report = JSON.parse(r.stdout);
    const file = report.files[0];
    expect(file.status).toBe('checked');
    expect(file.document).toEqual({ unit: '上海市普陀区财政局', year: 2025, kind: '部门预算' });
    const tableFindings = file.findings.filter((f: { place: string }) => !f.place.startsWith('情况说明'));
    // The one table finding: 国有资本经营's empty-table note names 政府性基金, on page 18.
    expect(tableFindings.map((f: { rule: string; location: { page: number; line: number; col: number } }) => `${f.rule} p${f.location.page} ${f.location.line}:${f.location.col}`)).toEqual(['empty-table-note p18 236:11']);
    // The YAML lines are those `budget import` writes for the same file.
    const yaml = (await runCli(['import', 'fixtures/sources/putuo-caizhengju-2025-dept-budget.pdf'])).stdout.split('\n');
    expect(yaml[235]).toBe('    note: 注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。');
    // Everything printed in this PDF found its place: no warning.
    expect(r.stderr).toBe('');
  });

  it('locates a narrative finding on the page its words are printed on, also past a page break', async () => {
    const r = await runCli(['check', '--format', 'json', 'fixtures/sources/js-gaoyuan-2019-dept-budget.pdf']);
    const findings: { place: string; location: { page: number; line: number; col: number } }[] = JSON.parse(r.stdout).files[0].findings;
    const at = (section: string) => findings.filter((f) => f.place.startsWith(`情况说明 ${section}`)).map((f) => `p${f.location.page} ${f.location.line}:${f.location.col} ${f.place.split(' › ')[1]}`);
    // 一's paragraph runs from page 17 on to 18 (pdftotext's text has "提租补贴等 3397.18" on 18);
    // 四's from 19 on to 20, where its last figure stands.
    expect(at('一、')).toEqual([
      'p17 506:62 “支预算总计各增加4016.19万元”',
      'p17 508:20 “1．财政拨款收入预算总计37188.34万元”',
      'p18 509:87 “提租补贴等3397.18万元”',
      'p18 509:109 “项目经费支出安排减少1134.33万元”',
      'p18 509:131 “单位预留机动经费增加1753.34万元”',
    ]);
    expect(at('四、')).toEqual([
      'p19 532:35 “支总预算37188.34万元”',
      'p19 532:66 “支总计各增加4016.19万元”',
      'p19 532:115 “提租补贴等3397.18万元”',
      'p19 532:137 “项目经费支出安排减少1134.33万元”',
      'p20 532:159 “单位预留机动经费增加1753.34万元”',
    ]);
    // Every finding of this PDF has its page; the chart labels left unplaced, theirs (page 19).
    expect(findings.filter((f) => f.location.page === undefined)).toEqual([]);
    expect(findings.filter((f) => f.place.startsWith('unplaced')).map((f) => `p${f.location.page} ${f.location.line}:${f.location.col}`)).toEqual(['p19 625:22', 'p19 626:22', 'p19 627:22', 'p19 628:22', 'p19 629:22']);
  });

  it('turns to the next page at the very character its paragraph does', async () => {
    const file = 'fixtures/sources/js-gaoyuan-2019-dept-budget.pdf';
    const r = await readSource(file, new Uint8Array(readFileSync(file)), undefined);
    if (!r.ok) throw new Error('not imported');
    // Line 509: "      一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19 万元，增长 …" (indent 6);
    // page 17 ends with "4016.19", page 18 begins with "万元" (col 46), as pdftotext's text has it.
    expect(r.yaml.split('\n')[508]?.slice(37, 47)).toBe('4016.19 万元');
    expect([44, 45, 46, 47].map((col) => r.pageOf(509, col))).toEqual([17, 17, 18, 18]);
    // The `text: |` line goes with its first paragraph, the heading with its own page.
    expect(r.yaml.split('\n')[502]).toBe('  - heading: 一、收支预算总体情况说明');
    expect([503, 504].map((line) => r.pageOf(line, 5))).toEqual([17, 17]);
  });

  it('gives a heading at a page\'s foot its page, and its text the next', async () => {
    // 江苏 2017: 十二、…政府采购预算情况说明 ends page 25, its text starts page 26 (as pdftotext's
    // text of the same PDF has it).
    const file = 'fixtures/sources/js-gaoyuan-2017-dept-budget.pdf';
    const r = await readSource(file, new Uint8Array(readFileSync(file)), undefined);
    if (!r.ok) throw new Error('not imported');
    expect(r.yaml.split('\n')[549]).toBe('  - heading: 十二、2017 年部门政府采购预算情况说明');
    expect([550, 551, 552].map((line) => r.pageOf(line, 7))).toEqual([25, 26, 26]);
  });

  it('gives a text YAML writes quoted its section\'s page, and the next section its own', async () => {
    // A control character (U+0085, as a broken font map may give) makes YAML quote the text, which
    // then has no line per paragraph.
    const dir = mkdtempSync(join(tmpdir(), 'budget-pages-'));
    const file = join(dir, 'js-2019.txt');
    writeFileSync(file, readFileSync('fixtures/sources/js-gaoyuan-2019-dept-budget.txt', 'utf8').replace('   反映部门年度总体收支预算情况', '   \u0085反映部门年度总体收支预算情况'));
    const r = await readSource(file, new Uint8Array(readFileSync(file)), undefined);
    if (!r.ok) throw new Error('not imported');
    const lines = r.yaml.split('\n');
    const text = lines.findIndex((l) => l.startsWith('    text: "\u0085反映部门')) + 1;
    const next = lines.indexOf('  - heading: 二、收入预算情况说明') + 1;
    expect([text, next - 1, next].map((line) => r.pageOf(line, 7))).toEqual([17, 17, 19]);
  });

  it('names the page in JUnit too, after a file:line:col an editor can follow', async () => {
    const pdf = 'fixtures/sources/putuo-caizhengju-2025-dept-budget.pdf';
    const passing = (await runCli(['check', '--format', 'junit', pdf])).stdout;
    expect(passing).toContain('<system-out>p18 236:11 warning 2025年部门国有资本经营预算支出功能分类预算表 › 注: ');
    const failing = (await runCli(['check', '--format', 'junit', '--fail-on', 'warning', pdf])).stdout;
    expect(failing).toContain(`type="warning">${pdf}:236:11 (p18) warning 2025年部门国有资本经营预算支出功能分类预算表 › 注: `);
  });

  it('shows the page before line:col in the terminal report', async () => {
    const r = await runCli(['check', 'fixtures/sources/putuo-caizhengju-2025-dept-budget.pdf']);
    // 普陀 财政局's 国有资本经营 table, page 18, whose empty-table note names the wrong fund.
    expect(r.stdout).toMatch(/│ p18 {6}│ warning │ 注 /);
  });

  it('refuses a PDF over --max-pages, and leaves no report half-written', async () => {
    const dir = temp();
    const long = join(dir, 'long.pdf');
    writeFileSync(long, tinyPdf(3, 'x'));
    const out = join(dir, 'report.json');
    const r = await runCli(['check', '--format', 'json', '--max-pages', '2', '-o', out, long]);
    expect(r.code).toBe(2);
    expect(JSON.parse(readFileSync(out, 'utf8')).files[0].problems[0].message.en).toBe('The PDF has 3 pages, more than 2: raise the limit with --max-pages');
    expect(readdirSync(dir).sort()).toEqual(['long.pdf', 'report.json']);
  });

  it('reports an encrypted PDF among the inputs and checks the rest (exit 2)', async () => {
    const dir = temp();
    const locked = join(dir, 'locked.pdf');
    writeFileSync(locked, tinyPdf(1, 'x', 'secret'));
    const r = await runCli(['check', '--format', 'json', locked, 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(['invalid', 'checked']);
    expect(report.files[0].problems[0].message.en).toBe('The PDF is encrypted: save an unprotected copy');
  });
});

describe('checking a published document finds what checking its hand-made fixture finds', () => {
  // Every error, warning and rounding tail, by rule, place and outcome, where the import reproduces
  // the document's tables (see the round-trip test).
  const pairs = [
    ['datong-hrss-2026-unit-budget.txt', 'datong-hrss-2026.yaml', 13],
    ['putuo-zhengfuban-2025-dept-budget.pdf', 'putuo-zhengfuban-2025-dept.yaml', 0],
    ['putuo-zhengfuban-2025-unit-budget.pdf', 'putuo-zhengfuban-2025-unit.yaml', 0],
    ['putuo-caizhengju-2025-dept-budget.pdf', 'putuo-caizhengju-2025-dept.yaml', 6],
    ['shanghai-caizhengju-2025-unit-budget.pdf', 'shanghai-caizhengju-2025-unit.yaml', 7],
    ['js-gaoyuan-2017-dept-budget.pdf', 'js-gaoyuan-2017.yaml', 2],
    ['js-gaoyuan-2018-dept-budget.pdf', 'js-gaoyuan-2018.yaml', 2],
    ['js-gaoyuan-2019-dept-budget.pdf', 'js-gaoyuan-2019.yaml', 1],
    // pdftotext's text of the same documents: 3 of its 72 tables differ, none where a finding is.
    ['putuo-zhengfuban-2025-dept-budget.txt', 'putuo-zhengfuban-2025-dept.yaml', 0],
    ['putuo-zhengfuban-2025-unit-budget.txt', 'putuo-zhengfuban-2025-unit.yaml', 0],
    ['putuo-caizhengju-2025-dept-budget.txt', 'putuo-caizhengju-2025-dept.yaml', 6],
    ['shanghai-caizhengju-2025-unit-budget.txt', 'shanghai-caizhengju-2025-unit.yaml', 7],
    ['js-gaoyuan-2017-dept-budget.txt', 'js-gaoyuan-2017.yaml', 2],
    ['js-gaoyuan-2018-dept-budget.txt', 'js-gaoyuan-2018.yaml', 2],
    ['js-gaoyuan-2019-dept-budget.txt', 'js-gaoyuan-2019.yaml', 1],
  ] as const;
  const found = async (file: string) => {
    const report = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout).files[0];
    type F = { rule: string; place: string; severity: string; outcome: string };
    return (report.findings as F[])
      .filter((f) => f.severity !== 'info' || f.outcome === 'tail')
      .map((f) => `${f.rule} ${f.severity} ${f.outcome} ${f.place}`)
      .sort();
  };
  it.each(pairs)('%s as %s', async (source, fixture, count) => {
    const fromFixture = await found(`fixtures/${fixture}`);
    expect(fromFixture).toHaveLength(count);
    expect(await found(`fixtures/sources/${source}`)).toEqual(fromFixture);
  });
});

describe('budget compare on published documents', () => {
  it('imports both years and compares them', async () => {
    const r = await runCli(['compare', '--format', 'json', 'fixtures/sources/js-gaoyuan-2018-dept-budget.pdf', 'fixtures/sources/js-gaoyuan-2019-dept-budget.pdf']);
    const report = JSON.parse(r.stdout);
    expect([report.old.year, report.new.year]).toEqual([2018, 2019]);
    // 支出预算总表 is imported exactly in both years (see the round-trip test).
    const expenditure = report.tables.find((t: { role: string }) => t.role === 'expenditure');
    expect(expenditure.rows).toEqual([{ label: '—', old: '33,172.15', new: '37,188.34', delta: '4016.19', percent: '12.11', status: 'rose' }]);
    // 2019's claim about 2018, checked against the imported 2018 PDF, both sides located in the PDFs.
    const claim = report.claims.find((c: { claim: string }) => c.claim === '与上年相比增加4016.19万元，增长12.11%');
    expect(claim).toMatchObject({ verdict: 'verified', prior: { file: 'fixtures/sources/js-gaoyuan-2018-dept-budget.pdf', value: '33,172.15' } });
  });

  it('names the printed page of each claim and of both years\' figures', async () => {
    const r = await runCli(['compare', '--format', 'json', 'fixtures/sources/js-gaoyuan-2018-dept-budget.pdf', 'fixtures/sources/js-gaoyuan-2019-dept-budget.pdf']);
    const claims: { claim: string; at: { page?: number }; current?: { page?: number; value?: string }; prior?: { page?: number; value?: string } }[] = JSON.parse(r.stdout).claims;
    const pages = claims.slice(0, 3).map((c) => `${c.claim} p${c.at.page}: ${c.current?.value} p${c.current?.page}, ${c.prior?.value} p${c.prior?.page}`);
    // 208's row of 2018's 一般公共预算支出预算表 is on the table's second page (13), as pdftotext's
    // text of the same PDF has it.
    expect(pages).toEqual([
      '与上年相比增加4016.19万元，增长12.11% p17: 37,188.34 p8, 33,172.15 p9',
      '与上年相比增加1287.35万元，增长4.91% p18: 27,488.23 p12, 26,200.88 p12',
      '与上年相比增加100.89万元，增长4.47% p18: 2,355.65 p12, 2,254.76 p13',
    ]);
    expect(claims.filter((c) => c.at.page === undefined)).toEqual([]);
    // The terminal, Markdown and HTML show them too: before line:col, as check does, and after a
    // file:line:col an editor can follow.
    const pdfs = ['fixtures/sources/js-gaoyuan-2018-dept-budget.pdf', 'fixtures/sources/js-gaoyuan-2019-dept-budget.pdf'];
    const pretty = (await runCli(['compare', ...pdfs])).stdout;
    expect(pretty).toMatch(/│ p17 {6}│ 与上年相比增加4016\.19万元，增长12\.11% {2}│ 33,172\.15 \(p9 1… │/);
    const markdown = (await runCli(['compare', '--format', 'markdown', ...pdfs])).stdout;
    expect(markdown).toContain('| p17 509:30 | 与上年相比增加4016.19万元，增长12.11% | 33,172.15 |');
    const html = (await runCli(['compare', '--format', 'html', ...pdfs])).stdout;
    expect(html).toContain(`<small>${pdfs[1]}:509:30 (p17)</small></td><td>37,188.34<br><small>收支预算总表 › 1.一般公共预算 › 金额 (${pdfs[1]}:110:32 (p8))</small></td><td>33,172.15<br><small>2018年度江苏省高级人民法院收支预算总表 › 1.一般公共预算 › 金额 (${pdfs[0]}:116:32 (p9))</small>`);
  });
});
