import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('budget check (in process)', () => {
  it('loads the reference and says what it holds', async () => {
    const r = await runCli(['check', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('fixtures/datong-hrss-2026.yaml: 大同市人力资源和社会保障局 2026 单位预算');
    expect(r.stdout).toContain('│ 预算公开表1  │ 2026年预算收支总表');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ Loaded: 13 tables, 178 rows, 211 figures; 6 performance target tables; 12 narrative sections',
    );
  });

  it('speaks Chinese in a Chinese locale, and when asked', async () => {
    const byLocale = await runCli(['check', 'fixtures/putuo-zhengfuban-2025-dept.yaml'], { LANG: 'zh_CN.UTF-8' });
    const byFlag = await runCli(['check', '--lang', 'zh', 'fixtures/putuo-zhengfuban-2025-dept.yaml']);
    expect(byLocale.stdout).toBe(byFlag.stdout);
    expect(byFlag.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 已载入：9 张表，118 行，221 个金额；绩效目标表 0 张；情况说明 2 节');
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

  it('refuses a file that is not UTF-8, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const file = join(dir, 'gbk.yaml');
    writeFileSync(file, Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0x0a])); // 单位 in GBK
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1:1  error  The file is not UTF-8`);
  });

  it('checks every file given, and exits 2 when any was bad', async () => {
    const r = await runCli(['check', 'fixtures/no-such-file.yaml', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('✔ Loaded: 13 tables');
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
