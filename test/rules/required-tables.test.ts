import { describe, expect, it } from 'vitest';
import { requiredTables } from '../../src/rules/required-tables.js';
import { brief, runRule, yamlOf } from './harness.js';

/** Each role as a published table with no rows: this rule only asks whether a table is there. */
const doc = (roles: readonly string[], document: Record<string, string> = {}) =>
  yamlOf(
    `tables:
${roles.map((role) => `  ${role}: {title: ${role}, unit: 万元, columns: [], rows: []}`).join('\n')}`,
    document,
  );

const NATIONAL = ['summary', 'income', 'expenditure', 'appropriation_summary', 'general_expenditure', 'general_basic_economic', 'fund_expenditure'];

describe('required-tables', () => {
  it('passes the national layout with the "three public" table', () => {
    expect(runRule(requiredTables, doc([...NATIONAL, 'three_public'])).findings).toEqual([]);
  });

  it('accepts the combined "three public" and operating costs table in its place', () => {
    expect(runRule(requiredTables, doc([...NATIONAL, 'three_public_and_operating'])).findings).toEqual([]);
  });

  it('reports a missing table at tables:, its place naming the table', () => {
    const [f, ...rest] = runRule(requiredTables, doc([...NATIONAL.filter((r) => r !== 'fund_expenditure'), 'three_public'])).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('9:3 error finding tables › fund_expenditure');
    expect(f?.related).toEqual([]);
    expect(f?.message.en).toBe('Missing the government fund expenditure table (required by the national (the tables the Ministry of Finance requires) layout)');
    expect(f?.message.zh).toBe('缺少政府性基金预算支出表（通用（财政部要求的基本表）格式要求）');
  });

  it('names both alternatives when neither "three public" table is published', () => {
    const [f, ...rest] = runRule(requiredTables, doc(NATIONAL)).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('9:3 error finding tables › three_public');
    expect(f?.message.en).toBe('Missing the "three public" expenditure or "three public" and operating costs table (required by the national (the tables the Ministry of Finance requires) layout)');
    expect(f?.message.zh).toBe('缺少“三公”经费支出表或“三公”经费和机关运行经费预算表（通用（财政部要求的基本表）格式要求）');
  });

  it("holds a Shanxi document to Shanxi's thirteen tables, in layout order", () => {
    const { findings } = runRule(requiredTables, doc([...NATIONAL, 'three_public'], { region: '山西省大同市' }));
    // The region line moves tables: to line 9.
    expect(findings.map(brief)).toEqual(['fund_income', 'state_capital', 'operating_costs', 'projects', 'projects_carryover'].map((r) => `10:3 error finding tables › ${r}`));
    expect(findings.map((f) => f.message.en)).toEqual([
      'Missing the government fund income table (required by the Shanxi (13 tables) layout)',
      'Missing the state capital operations income and expenditure table (required by the Shanxi (13 tables) layout)',
      'Missing the operating costs table (required by the Shanxi (13 tables) layout)',
      'Missing the project expenditure (this year) table (required by the Shanxi (13 tables) layout)',
      'Missing the project expenditure (carried over) table (required by the Shanxi (13 tables) layout)',
    ]);
    expect(findings[0]?.message.zh).toBe('缺少政府性基金预算收入表（山西省（13张表）格式要求）');
  });

  it("passes a Shanghai document with Shanghai's nine tables", () => {
    const shanghai = ['summary', 'income', 'expenditure', 'appropriation_summary', 'general_expenditure', 'fund_expenditure', 'state_capital_expenditure', 'general_basic_economic', 'three_public_and_operating'];
    expect(runRule(requiredTables, doc(shanghai, { region: '上海市普陀区' })).findings).toEqual([]);
    // The same tables fall short in Shanxi: no separate 三公 table among them.
    expect(runRule(requiredTables, doc(shanghai, { region: '山西省' })).findings.map((f) => f.message.en)).toContain(
      'Missing the "three public" expenditure table (required by the Shanxi (13 tables) layout)',
    );
  });
});
