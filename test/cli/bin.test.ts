/** The shipped binary, as `npx budget` runs it after `npm ci` (built by `prepare`). */
import { execFileSync, spawnSync } from 'node:child_process';
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

  it('lists the rules', () => {
    const r = bin(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toContain('target-cost-cap');
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(execFileSync('cat', ['package.json'], { cwd: root, encoding: 'utf8' }));
    expect(bin(['--version']).stdout.trim()).toBe(version);
  });

  it('exits 2 with the place of a bad file', () => {
    const r = bin(['check', 'fixtures/sources/datong-hrss-2026-unit-budget.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^fixtures\/sources\/datong-hrss-2026-unit-budget\.txt:\d+:\d+ {2}error {2}/);
  });
});
