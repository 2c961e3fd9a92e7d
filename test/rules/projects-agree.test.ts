import { describe, expect, it } from 'vitest';
import { projectsAgree } from '../../src/rules/projects-agree.js';
import { brief, related, runRule, yamlOf } from './harness.js';

const PROJECTS = `  projects:
    title: 项目支出预算表（本年预算）
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 一般公共预算}
      - {key: 单位资金}
    rows:
      - {name: 测试单位, 合计: 35.00, 一般公共预算: 30.00, 单位资金: 5.00}
      - {name: 网络运维费, 合计: 35.00, 一般公共预算: 30.00, 单位资金: 5.00}`;

/** Printed without a 一般公共预算 column: its 合计 is taken. */
const CARRYOVER = `  projects_carryover:
    title: 项目支出预算表（上年结转）
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 测试单位, 合计: 4.00}
      - {name: 网络运维费, 合计: 4.00}`;

/** The general expenditure 项目支出 total on line 16; the project tables' unit rows on lines 26 and 35. */
const doc = ({ title = '一般公共预算支出表', projects = '34.00', tables = `${PROJECTS}\n${CARRYOVER}` } = {}) =>
  yamlOf(`tables:
  general_expenditure:
    title: ${title}
    unit: 万元
    columns:
      - {key: name}
      - {key: 项目支出}
    rows:
      - {name: 合计, 项目支出: ${projects}}
${tables}`);

const EXCLUDED = '一般公共预算支出表（不含上年结转）';

describe('projects-agree', () => {
  it("passes 项目支出 = the projects' 一般公共预算 + the carried-over projects", () => {
    const r = runRule(projectsAgree, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('leaves the carried-over projects out of a table printed "不含上年结转"', () => {
    expect(runRule(projectsAgree, doc({ title: EXCLUDED, projects: '30.00' })).findings).toEqual([]);
  });

  it('reports a 项目支出 total without the carried-over projects it includes', () => {
    const [f, ...rest] = runRule(projectsAgree, doc({ projects: '30.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('16:26 error discrepancy 一般公共预算支出表 › 合计 › 项目支出 | 34 30 -4 0.015');
    expect(related(f)).toEqual([
      '项目支出预算表（本年预算） › 测试单位 › 一般公共预算 @26:41',
      '项目支出预算表（上年结转） › 测试单位 › 合计 @35:26',
    ]);
    expect(f?.message.en).toBe('Expected general expenditure 项目支出 = projects + carried-over projects = 34 万元, printed 30 万元 (difference -4; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 一般公共预算支出表 项目支出 = 本年项目 + 上年结转项目 = 34万元，印刷为 30万元（差额 -4，尾差允许 0.015）');
  });

  it('reports a 项目支出 total that differs from the project table alone', () => {
    const { findings } = runRule(projectsAgree, doc({ title: EXCLUDED, projects: '35.00' }));
    expect(findings.map(brief)).toEqual([`16:26 error discrepancy ${EXCLUDED} › 合计 › 项目支出 | 30 35 5 0.01`]);
    expect(findings[0]?.message.en).toBe('Expected general expenditure 项目支出 = project table = 30 万元, printed 35 万元 (difference 5; rounding allows 0.01)');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(projectsAgree, doc({ title: EXCLUDED, projects: '30.01' }));
    expect(findings.map(brief)).toEqual([`16:26 info tail ${EXCLUDED} › 合计 › 项目支出 | 30 30.01 0.01 0.01`]);
  });

  it('skips a document with no project table', () => {
    const r = runRule(projectsAgree, doc({ projects: '99.00', tables: CARRYOVER }));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no general expenditure or project table']);
  });

  it('reads the total of a project table that prints 合计 last, not its first project', () => {
    const bottom = `  projects:
    title: 项目支出预算表（本年预算）
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 网络运维费, 合计: 10.00}
      - {name: 宣传费, 合计: 20.00}
      - {name: 合计, 合计: 30.00}`;
    const r = runRule(projectsAgree, doc({ title: '一般公共预算支出表（不含上年结转）', projects: '30.00', tables: bottom }));
    expect([r.findings, r.skipped]).toEqual([[], []]);
    const [f] = runRule(projectsAgree, doc({ title: '一般公共预算支出表（不含上年结转）', projects: '31.00', tables: bottom })).findings;
    expect(f?.message.en).toMatch(/= 30 万元, printed 31 万元 \(difference 1;/);
  });
});
