import { describe, expect, it } from 'vitest';
import { listTotal } from '../../src/rules/list-total.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** A project or operating-costs list; rows from line 17. */
const list = (rows: readonly string[], role = 'projects', title = '项目支出预算表') =>
  yamlOf(`tables:
  ${role}:
    title: ${title}
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 一般公共预算}
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}`);

const projects = ({ total = '30.00', general = '30.00' } = {}) => [
  `{name: 测试单位, 合计: ${total}, 一般公共预算: ${general}}`,
  '{name: 网络运维费, 合计: 10.00, 一般公共预算: 10.00}',
  '{name: 劳动能力鉴定费, 合计: 20.00, 一般公共预算: 20.00}',
];

describe('list-total', () => {
  it('passes a unit row that is the sum of its projects', () => {
    expect(runRule(listTotal, list(projects())).findings).toEqual([]);
  });

  it('reports a unit row that is not the sum of its projects, in each amount column', () => {
    const [f, ...rest] = runRule(listTotal, list(projects({ general: '31.00' }))).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('17:41 error discrepancy 项目支出预算表 › 测试单位 › 一般公共预算 | 30 31 1 0.015');
    expect(related(f)).toEqual([
      '项目支出预算表 › 网络运维费 › 一般公共预算 @18:42',
      '项目支出预算表 › 劳动能力鉴定费 › 一般公共预算 @19:44',
    ]);
    expect(f?.message.en).toBe('Expected 测试单位 = 网络运维费 + 劳动能力鉴定费 = 30 万元, printed 31 万元 (difference 1; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 测试单位 = 网络运维费 + 劳动能力鉴定费 = 30万元，印刷为 31万元（差额 1，尾差允许 0.015）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(listTotal, list(projects({ total: '30.01' })));
    expect(findings.map(brief)).toEqual(['17:26 info tail 项目支出预算表 › 测试单位 › 合计 | 30 30.01 0.01 0.015']);
  });

  it('checks the carried-over projects too', () => {
    const { findings } = runRule(listTotal, list(projects({ total: '29.00' }), 'projects_carryover', '项目支出预算表（上年结转）'));
    expect(findings.map(brief)).toEqual(['17:26 error discrepancy 项目支出预算表（上年结转） › 测试单位 › 合计 | 30 29 -1 0.015']);
  });

  it('reports an operating-costs 部门合计 that is not the sum of its units', () => {
    const rows = (unit: string) => ['{name: 部门合计, 合计: 101.37, 一般公共预算: 101.37}', `{name: 测试单位, 合计: ${unit}, 一般公共预算: ${unit}}`];
    expect(runRule(listTotal, list(rows('101.37'), 'operating_costs', '机关运行经费预算表')).findings).toEqual([]);
    const { findings } = runRule(listTotal, list(rows('100.37'), 'operating_costs', '机关运行经费预算表'));
    expect(findings.map(brief)).toEqual([
      '17:26 error discrepancy 机关运行经费预算表 › 部门合计 › 合计 | 100.37 101.37 1 0.01',
      '17:42 error discrepancy 机关运行经费预算表 › 部门合计 › 一般公共预算 | 100.37 101.37 1 0.01',
    ]);
  });

  it('has nothing to check in a list of one row', () => {
    expect(runRule(listTotal, list(['{name: 测试单位, 合计: 30.00, 一般公共预算: 29.00}'])).findings).toEqual([]);
  });

  it("reads a 合计 row over the unit row (the document's unit) as 合计 = unit, and the unit row over its projects", () => {
    const rows = (appraisal: string) => [
      '{name: 合计, 合计: 30.00, 一般公共预算: 30.00}',
      '{name: 测试单位, 合计: 30.00, 一般公共预算: 30.00}',
      '{name: 网络运维费, 合计: 10.00, 一般公共预算: 10.00}',
      `{name: 劳动能力鉴定费, 合计: ${appraisal}, 一般公共预算: 20.00}`,
    ];
    expect(runRule(listTotal, list(rows('20.00'))).findings).toEqual([]);
    const { findings } = runRule(listTotal, list(rows('21.00')));
    expect(findings.map(brief)).toEqual(['18:26 error discrepancy 项目支出预算表 › 测试单位 › 合计 | 31 30 -1 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 测试单位 = 网络运维费 + 劳动能力鉴定费 = 31 万元, printed 30 万元 (difference -1; rounding allows 0.015)');
  });

  it('reads a 合计 printed at the bottom as the total of the rows above it', () => {
    const bottom = ['{name: 网络运维费, 合计: 10.00, 一般公共预算: 10.00}', '{name: 劳动能力鉴定费, 合计: 20.00, 一般公共预算: 20.00}', '{name: 合计, 合计: 31.00, 一般公共预算: 30.00}'];
    const findings = runRule(listTotal, list(bottom)).findings;
    expect(findings.map(brief)).toEqual(['19:24 error discrepancy 项目支出预算表 › 合计 › 合计 | 30 31 1 0.015']);
  });
});
