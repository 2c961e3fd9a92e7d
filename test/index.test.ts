import { describe, expect, it } from 'vitest';
import { loadDisclosure, RULES, runRules } from '../src/index.js';
import { readFixture } from './fixtures/load-fixture.js';

describe('the library API', () => {
  it('checks a disclosure in memory: text in, findings out', () => {
    const r = loadDisclosure(readFixture('datong-hrss-2026.yaml'), 'datong.yaml');
    if (!r.ok) throw new Error('load failed');
    const { findings, rules } = runRules(r.loaded);
    expect(rules).toBe(RULES.length);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['target-cost-cap', 'target-cost-cap']);
  });
});
