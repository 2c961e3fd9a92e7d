import type { Rule } from '../engine/types.js';
import { checkSum, ident } from './lib/sum.js';
import { targetRef } from './lib/targets.js';

export const targetFundsSum: Rule = {
  id: 'target-funds-sum',
  group: 'targets',
  severity: 'error',
  description: {
    zh: '绩效目标表：实施期及年度资金总额 = 各资金来源之和',
    en: 'Target tables: total funds (period and year) = the sum of their sources',
  },
  check(ctx) {
    const targets = ctx.disclosure.performance_targets;
    if (!targets) return ctx.skip({ zh: '无绩效目标表', en: 'no target tables' });
    targets.forEach((t, i) => {
      const { unit, total, sources } = t.funds;
      for (const side of ['period', 'annual'] as const) {
        const label = side === 'period' ? '实施期资金总额' : '年度资金总额';
        const fig = (a: typeof total.period) => (a ? { amount: a, unit } : undefined);
        const at = targetRef(i, t, ['funds', 'total', side], label, fig(total[side]));
        const parts = sources.map((s, j) => targetRef(i, t, ['funds', 'sources', j, side], s.name, fig(s[side])));
        checkSum(ctx, at, parts, ident(`${label} = ${sources.map((s) => s.name).join(' + ')}`));
      }
    });
  },
};
