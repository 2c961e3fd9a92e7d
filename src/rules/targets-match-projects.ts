import type { Rule } from '../engine/types.js';
import { projectCell, projectKey, projectRows, targetRef } from './lib/targets.js';

export const targetsMatchProjects: Rule = {
  id: 'targets-match-projects',
  group: 'targets',
  severity: 'error',
  description: {
    zh: '项目支出表中每个项目都有绩效目标表，每张绩效目标表都对应项目支出表中的项目',
    en: 'Each project of the project table has a target table, and each target table names a project of it',
  },
  check(ctx) {
    const table = ctx.disclosure.tables.projects;
    if (!table) return ctx.skip({ zh: '无项目支出表', en: 'no project table' });
    const rows = projectRows(table, ctx.disclosure.document.unit);
    const targets = ctx.disclosure.performance_targets;
    if (!targets) {
      // Some provinces publish the targets apart; the document says where, and a person should look.
      const first = rows[0];
      const at = first && projectCell(table, first);
      if (at) {
        ctx.report({
          at,
          related: [],
          severity: 'warning',
          message: { zh: `项目支出表列有 ${rows.length} 个项目，但本文件没有绩效目标表`, en: `The project table lists ${rows.length} projects, but the document has no performance target tables` },
        });
      }
      return;
    }
    const named = new Set(targets.map((t) => projectKey(t.project)));
    for (const row of rows) {
      const at = projectCell(table, row);
      if (at && !named.has(projectKey(row.name))) {
        ctx.report({ at, related: [], message: { zh: `项目“${row.name}”没有绩效目标表`, en: `Project "${row.name}" has no performance target table` } });
      }
    }
    const listed = new Set(rows.map((r) => projectKey(r.name)));
    targets.forEach((t, i) => {
      if (listed.has(projectKey(t.project))) return;
      ctx.report({
        at: targetRef(i, t, ['project'], '项目名称'),
        related: [],
        message: { zh: `绩效目标表的项目“${t.project}”不在项目支出表中`, en: `Target table project "${t.project}" is not in the project table` },
      });
    });
  },
};
