import type { Rule } from '../engine/types.js';
import { checkSum, ident } from './lib/sum.js';
import { projectCell, projectKey, projectRows, targetRef } from './lib/targets.js';

export const targetFundsAgree: Rule = {
  id: 'target-funds-agree',
  group: 'targets',
  severity: 'error',
  description: {
    zh: '绩效目标表的年度资金总额（元）落在项目支出表所印金额（万元）的舍入区间内',
    en: "A target's annual funds (元) lie within the rounding interval of the project's printed amount (万元)",
  },
  check(ctx) {
    const table = ctx.disclosure.tables.projects;
    const targets = ctx.disclosure.performance_targets;
    if (!table || !targets) return ctx.skip({ zh: '无项目支出表或绩效目标表', en: 'no project table or no target tables' });
    const rows = projectRows(table, ctx.disclosure.document.unit);
    targets.forEach((t, i) => {
      const row = rows.find((r) => projectKey(r.name) === projectKey(t.project));
      const annual = t.funds.total.annual;
      const project = row && projectCell(table, row);
      if (!project || !annual) return;
      const funds = targetRef(i, t, ['funds', 'total', 'annual'], '年度资金总额', { amount: annual, unit: t.funds.unit });
      checkSum(ctx, project, [funds], ident(`项目支出表 ${t.project} = 绩效目标表 年度资金总额`, `project table ${t.project} = target table annual funds`));
    });
  },
};
