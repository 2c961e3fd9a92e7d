/** Meta-tests over the rule registry: every rule has a stable id, a doc page, an index entry and tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const root = new URL('../../', import.meta.url).pathname;
const ruleFiles = readdirSync(`${root}src/rules`).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

describe('the rule registry', () => {
  it('lists every rule file once, with ids in kebab-case equal to the file names', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its doc page, states its identity there, and has tests', (id, rule) => {
    const doc = readFileSync(`${root}docs/rules/${id}.md`, 'utf8');
    expect(doc.split('\n')[0]).toBe(`# ${id}`);
    expect(doc).toContain(rule.description.en);
    expect(doc).toContain(rule.description.zh);
    expect(doc).toContain(`Severity: ${rule.severity}`);
    expect(existsSync(`${root}test/rules/${id}.test.ts`)).toBe(true);
  });

  it('indexes every rule in docs/rules/README.md, in registry order', () => {
    const index = readFileSync(`${root}docs/rules/README.md`, 'utf8');
    const listed = [...index.matchAll(/\[([a-z-]+)\]\((?:\.\/)?([a-z-]+)\.md\)/g)].map((m) => m[1]);
    expect(listed).toEqual(RULES.map((r) => r.id));
  });
});
