/** The shipped binary, as `npx budget` runs it after `npm ci` (built by `prepare`). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = (args: string[]) => spawnSync(process.execPath, ['bin/budget.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1' } });

describe('bin/budget.js', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  });

  it('checks the reference fixture: its errors exit 1', () => {
    const r = bin(['check', 'fixtures/datong-hrss-2026.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors, 2 warnings, 9 rounding tails, 14 info (tails never fail a check)');
  });

  it('reports a default budget.config.yaml that is there but cannot be read, instead of ignoring it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-side-'));
    mkdirSync(join(dir, 'budget.config.yaml'));
    const r = spawnSync(process.execPath, [join(root, 'bin/budget.js'), 'check', join(root, 'fixtures/datong-hrss-2026.yaml')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', NO_COLOR: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^budget\.config\.yaml:1:1 {2}error {2}Cannot read the file/m);
  });

  it('lists the rules', () => {
    const r = bin(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toContain('target-cost-cap');
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(execFileSync('cat', ['package.json'], { cwd: root, encoding: 'utf8' }));
    expect(bin(['--version']).stdout.trim()).toBe(version);
  });

  it('imports a PDF: the bundle finds pdf.js, its worker, CMaps and fonts in node_modules', () => {
    const r = bin(['import', 'fixtures/sources/shanghai-caizhengju-2025-unit-budget.pdf']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n  unit: 上海市财政局\n');
  });

  it('exits 2 with the place of a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-bad-'));
    // The reference's text saved under a YAML name: a YAML file that is no disclosure.
    const file = join(dir, 'not-a-disclosure.yaml');
    writeFileSync(file, readFileSync(join(root, 'fixtures/sources/datong-hrss-2026-unit-budget.txt')));
    const r = bin(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(`${file}:3:1  error  YAML syntax error`)).toBe(true);
  });
});

describe('bin/budget.js on a batch', () => {
  // Six distinct files (a path given twice is checked once), alternating large and small.
  const dir = mkdtempSync(join(tmpdir(), 'budget-bin-'));
  const files = Array.from({ length: 6 }, (_, i) => {
    const f = join(dir, `${i}.yaml`);
    writeFileSync(f, readFileSync(`${root}fixtures/${i % 2 ? 'putuo-zhengfuban-2025-dept' : 'datong-hrss-2026'}.yaml`));
    return f;
  });

  it('gives byte-identical output for --jobs 1 and --jobs 2, in input order', () => {
    const one = bin(['check', '--format', 'json', '--jobs', '1', ...files]);
    const two = bin(['check', '--format', 'json', '--jobs', '2', ...files]);
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).files.map((f: { file: string }) => f.file)).toEqual(files);
    const pretty = (jobs: string) => bin(['check', '--jobs', jobs, ...files]).stdout;
    expect(pretty('2')).toBe(pretty('1'));
  });

  it('reports one unreadable file among many and checks the rest (exit 2), in workers too', () => {
    const some = [files[0], join(dir, 'missing.yaml'), ...files.slice(1, 4)] as string[];
    const r = bin(['check', '--format', 'json', '--jobs', '2', ...some]);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(['checked', 'invalid', 'checked', 'checked', 'checked']);
    expect(report.summary).toMatchObject({ files: 5, invalid: 1 });
  });
});
