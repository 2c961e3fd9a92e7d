import { describe, expect, it } from 'vitest';
import { targetsMatchProjects } from '../../src/rules/targets-match-projects.js';
import { brief, runRule, yamlOf } from './harness.js';

const target = (project: string) => `  - project: ${project}
    funds: {unit: 元, total: {annual: "170,500"}, sources: []}
    indicators: {}`;

/** The project table (its projects on lines 17–18), then two target tables naming projects on lines 20 and 23. */
const doc = ({ project = 'J驻村帮扶工作人员经费', targeted = 'J驻村帮扶工作人员经费', targets = `performance_targets:\n${target('Z网络运维费')}\n${target(targeted)}` } = {}) =>
  yamlOf(`tables:
  projects:
    title: 项目支出预算表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 测试单位, 合计: 27.55}
      - {name: Z网络运维费, 合计: 17.05}
      - {name: ${project}, 合计: 10.50}
${targets}`);

describe('targets-match-projects', () => {
  it('passes projects and target tables that match one to one (the unit row, named for the unit, is no project)', () => {
    const r = runRule(targetsMatchProjects, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('matches names whatever their spaces and brackets', () => {
    expect(runRule(targetsMatchProjects, doc({ project: 'J驻村帮扶（一期）', targeted: '"J驻村帮扶 (一期)"' })).findings).toEqual([]);
  });

  it('reports a project without a target table, and a target table without a project', () => {
    const { findings } = runRule(targetsMatchProjects, doc({ targeted: 'J驻村帮扶经费' }));
    expect(findings.map(brief)).toEqual(['18:33 error finding 项目支出预算表 › J驻村帮扶工作人员经费 › 合计', '23:14 error finding 绩效目标表 J驻村帮扶经费 › 项目名称']);
    expect(findings.map((f) => f.message.en)).toEqual([
      'Project "J驻村帮扶工作人员经费" has no performance target table',
      'Target table project "J驻村帮扶经费" is not in the project table',
    ]);
    expect(findings.map((f) => f.message.zh)).toEqual(['项目“J驻村帮扶工作人员经费”没有绩效目标表', '绩效目标表的项目“J驻村帮扶经费”不在项目支出表中']);
    expect(findings.flatMap((f) => f.related)).toEqual([]);
  });

  it('warns, at the first project, about a document with no target tables', () => {
    const r = runRule(targetsMatchProjects, doc({ targets: '' }));
    expect(r.skipped).toEqual([]);
    expect(r.findings.map(brief)).toEqual(['17:28 warning finding 项目支出预算表 › Z网络运维费 › 合计']);
    expect(r.findings[0]?.message.en).toBe('The project table lists 2 projects, but the document has no performance target tables');
    expect(r.findings[0]?.message.zh).toBe('项目支出表列有 2 个项目，但本文件没有绩效目标表');
  });

  it('skips a document without a project table', () => {
    const r = runRule(
      targetsMatchProjects,
      yamlOf(`tables: {}
performance_targets:
${target('Z网络运维费')}`),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no project table']);
  });
});
