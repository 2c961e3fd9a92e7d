import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { expectGolden } from '../golden.js';
import { runCli } from './run.js';

describe('budget check (in process)', () => {
  it('reports the reference: its errors, warning and tails, and the recomputed shares (exit 1)', async () => {
    const r = await runCli(['check', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expectGolden('datong.pretty.en.txt', r.stdout);
  });

  it('speaks Chinese in a Chinese locale, and when asked', async () => {
    const byLocale = await runCli(['check', 'fixtures/datong-hrss-2026.yaml'], { LANG: 'zh_CN.UTF-8' });
    const byFlag = await runCli(['check', '--lang', 'zh', 'fixtures/datong-hrss-2026.yaml']);
    expect(byLocale.stdout).toBe(byFlag.stdout);
    expectGolden('datong.pretty.zh.txt', byFlag.stdout);
  });

  it('passes the Putuo department budget with nothing to report (exit 0)', async () => {
    const r = await runCli(['check', 'fixtures/putuo-zhengfuban-2025-dept.yaml']);
    expect(r.code).toBe(0);
    expectGolden('putuo.pretty.en.txt', r.stdout);
  });

  it('writes a JSON report that its schema describes', async () => {
    const r = await runCli(['check', '--format', 'json', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(1);
    expect(ReportSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
    // Streamed file by file, yet byte for byte what JSON.stringify gives for the whole.
    expect(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`).toBe(r.stdout);
    const two = await runCli(['check', '--format', 'json', 'fixtures/datong-hrss-2026.yaml', 'fixtures/putuo-zhengfuban-2025-dept.yaml']);
    expect(`${JSON.stringify(JSON.parse(two.stdout), null, 2)}\n`).toBe(two.stdout);
    const none = await runCli(['check', '--format', 'json', 'no-such/*.yaml']);
    expect(`${JSON.stringify(JSON.parse(none.stdout), null, 2)}\n`).toBe(none.stdout);
    expectGolden('datong.json', r.stdout.replace(/"version": "[^"]*"/, '"version": "<version>"'));
  });

  it.each([
    ['never', 0],
    ['error', 1],
    ['warning', 1],
  ])('--fail-on %s exits %i on the reference', async (failOn, code) => {
    expect((await runCli(['check', '--fail-on', failOn, 'fixtures/datong-hrss-2026.yaml'])).code).toBe(code);
  });

  it('never fails on tails alone, even with --fail-on info', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const file = join(dir, 'tail.yaml');
    writeFileSync(
      file,
      'format: budget-disclosure/1\ndocument: {title: t, unit: u, year: 2026, kind: 单位预算, amount_unit: 万元, region: 测试}\ntables:\n  expenditure:\n    title: 支出总表\n    unit: 万元\n    columns: [{key: name}, {key: 合计}, {key: 基本支出}, {key: 项目支出}]\n    rows:\n      - {name: 合计, 合计: 1179.18, 基本支出: 985.92, 项目支出: 193.27}\n',
    );
    // The tables this sample leaves out would be errors: switched off, only the tail is left.
    const config = join(dir, 'budget.config.yaml');
    writeFileSync(config, 'rules:\n  required-tables: off\n');
    const r = await runCli(['check', '--fail-on', 'info', '--config', config, '--format', 'json', file]);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].findings.map((f: { rule: string; outcome: string; severity: string }) => `${f.rule} ${f.severity} ${f.outcome}`)).toEqual([
      'row-total info tail',
    ]);
    expect(r.code).toBe(0);
  });

  it('lists the rules that did not apply with --verbose', async () => {
    const r = await runCli(['check', '--verbose', 'fixtures/putuo-zhengfuban-2025-dept.yaml']);
    expect(r.stdout).toContain('✔ fixtures/putuo-zhengfuban-2025-dept.yaml loaded: 9 tables, 118 rows, 221 figures; 0 performance target tables; 2 narrative sections');
    expect(r.stdout).toContain('Rules that did not apply');
    expect(r.stdout).toContain('  target-cost-cap: no target tables');
  });

  it('lists every problem of a bad file with file:line:col and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'format: budget-disclosure/1\ndocument:\n  title: t\n  unit: u\n  year: 2026\n  kind: 单位预算\n  amount_unit: 千元\n  colour: red\ntables: {}\n',
    );
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `${file}:7:16  error  Expected one of "万元", "元", got "千元"; did you mean "万元"?  document › amount_unit`,
        `${file}:8:3  error  Unknown key "colour"  document › colour`,
        '',
        `✖ ${file}: 2 problems; not loaded`,
        '',
      ].join('\n'),
    );
  });

  it('names a file that cannot be read, and exits 2', async () => {
    const r = await runCli(['check', 'fixtures/no-such-file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/no-such-file.yaml:1:1  error  Cannot read the file: no such file');
  });

  it('refuses bytes in no known encoding, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const file = join(dir, 'binary.yaml');
    writeFileSync(file, Buffer.from([0x80, 0x81, 0xff, 0xfe, 0x0a, 0xc0]));
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1:1  error  Unknown encoding: save the file as UTF-8 (GB18030/GBK and UTF-16 with a BOM are read too)`);
  });

  it('reads a disclosure saved as GB18030 or UTF-16, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const text = readFileSync('fixtures/putuo-zhengfuban-2025-dept.yaml', 'utf8');
    const utf16 = join(dir, 'utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const a = await runCli(['check', '--format', 'json', utf16]);
    expect(a.stderr).toBe(`budget: ${utf16}: read as UTF-16LE\n`);
    expect(JSON.parse(a.stdout).files[0].status).toBe('checked');
    const gbk = join(dir, 'gbk.yaml');
    writeFileSync(gbk, Buffer.from(new Uint8Array([...Buffer.from('format: budget-disclosure/1\ndocument: {title: ')].concat([0xb5, 0xa5, 0xce, 0xbb], [...Buffer.from(', unit: u, year: 2026, kind: ')], [0xb5, 0xa5, 0xce, 0xbb, 0xd4, 0xa4, 0xcb, 0xe3], [...Buffer.from(', amount_unit: ')], [0xcd, 0xf2, 0xd4, 0xaa], [...Buffer.from('}\ntables: {}\n')]))));
    const b = await runCli(['check', '--format', 'json', gbk]);
    expect(b.stderr).toBe(`budget: ${gbk}: read as GB18030\n`);
    expect(JSON.parse(b.stdout).files[0]).toMatchObject({ status: 'checked', document: { kind: '单位预算' } });
  });

  it('checks every file given, and exits 2 when any was bad', async () => {
    const r = await runCli(['check', 'fixtures/no-such-file.yaml', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/no-such-file.yaml:1:1  error  Cannot read the file: no such file');
    expect(r.stdout).toContain('✖ 2 errors, 2 warnings, 9 rounding tails, 14 info (tails never fail a check)');
  });

  it('exits 2 on a usage error, with a suggestion', async () => {
    const r = await runCli(['chek', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown command 'chek'");
    expect(r.stderr).toContain('(Did you mean check?)');
  });

  it('exits 2 on an unknown --lang', async () => {
    const r = await runCli(['check', '--lang', 'fr', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en.");
  });

  it('prints help with examples, and the version, exiting 0', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ budget check fixtures/datong-hrss-2026.yaml');
    expect(help.stdout).toContain('Exit codes:');
    const main = await runCli(['--help']);
    expect(main.stdout).toContain('check [options] <files...>');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', async () => {
    const forced = await runCli(['check', 'fixtures/datong-hrss-2026.yaml'], { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[');
    const no = await runCli(['check', 'fixtures/datong-hrss-2026.yaml'], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(no.stdout).not.toContain('\u001b[');
    const flag = await runCli(['check', '--no-color', 'fixtures/datong-hrss-2026.yaml'], { FORCE_COLOR: '1' });
    expect(flag.stdout).not.toContain('\u001b[');
  });
});

describe('budget rules', () => {
  it('lists every rule with its identity, wrapped by display width, never cut', async () => {
    const r = await runCli(['rules', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expectGolden('rules.zh.txt', r.stdout);
    // Every identity is there whole: the table's cells, joined back, contain each description.
    const text = r.stdout.split('\n').map((l) => l.split('│')[4]?.trim() ?? '').join('');
    for (const rule of (await import('../../src/rules/index.js')).RULES) expect(text).toContain(rule.description.zh);
  });
});

describe('budget check --config', () => {
  const write = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const file = join(dir, 'budget.config.yaml');
    writeFileSync(file, text);
    return file;
  };
  const rulesOf = async (config: string) => {
    const r = await runCli(['check', '--format', 'json', '--config', config, 'fixtures/datong-hrss-2026.yaml']);
    return JSON.parse(r.stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`);
  };

  it('switches a rule off, or reports it at another severity', async () => {
    const defaults: string[] = await rulesOf(write('rules: {}\n'));
    expect(defaults).toContain('kind-words warning');
    // Off: exactly kind-words' findings are gone, every other one stays.
    expect(await rulesOf(write('rules:\n  kind-words: off\n'))).toEqual(defaults.filter((r) => !r.startsWith('kind-words')));
    expect(await rulesOf(write('rules:\n  kind-words: info\n'))).toEqual(defaults.map((r) => (r.startsWith('kind-words') ? 'kind-words info' : r)));
  });

  it('names an unknown rule at its place, with a suggestion, and exits 2', async () => {
    const file = write('rules:\n  kind-word: off\n  punctuation: loud\n');
    const r = await runCli(['check', '--config', file, 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:2:3  error  Unknown key "kind-word"; did you mean "kind-words"?  rules › kind-word`);
    expect(r.stderr).toContain(`${file}:3:16  error  Expected one of "off", "error", "warning", "info", got "loud"  rules › punctuation`);
  });

  it('exits 2 when a named configuration file is missing', async () => {
    const r = await runCli(['check', '--config', 'no-such.yaml', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such.yaml:1:1  error  Cannot read the file: no such file');
  });
});
