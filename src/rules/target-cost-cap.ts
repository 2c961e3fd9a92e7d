import type { Rule } from '../engine/types.js';
import { flip } from '../reconcile/rounding.js';
import { checkRelation, ident } from './lib/sum.js';
import { parseCap, targetRef } from './lib/targets.js';

export const targetCostCap: Rule = {
  id: 'target-cost-cap',
  group: 'targets',
  severity: 'error',
  description: {
    zh: '成本指标的金额上限被项目资金遵守：“≤X”即不超过，“<X”即小于（等于即违反），不带符号的 X 即相等',
    en: 'Each 成本指标 cap is kept by the project funds: "≤X" at most, "<X" below (equal breaks it), a bare "X" equal',
  },
  check(ctx) {
    const targets = ctx.disclosure.performance_targets;
    if (!targets) return ctx.skip({ zh: '无绩效目标表', en: 'no target tables' });
    targets.forEach((t, i) => {
      const annual = t.funds.total.annual;
      if (!annual) return;
      for (const side of ['period', 'annual'] as const) {
        (t.indicators[side] ?? []).forEach((ind, j) => {
          if (ind.level2?.replace(/\s+/g, '') !== '成本指标') return;
          const cap = parseCap(ind.value);
          if (!cap) return;
          // Reported at the cap as printed, against the funds it must hold for: cap flip(R) funds.
          const funds = targetRef(i, t, ['funds', 'total', 'annual'], '年度资金总额', { amount: annual, unit: t.funds.unit });
          const at = { ...targetRef(i, t, ['indicators', side, j, 'value'], `${ind.level3 ?? '成本指标'} ${ind.value}`), text: ind.value ?? '', unit: cap.fig.unit, fig: cap.fig };
          const r = flip(cap.relation);
          checkRelation(ctx, at, r, funds, ident(`${ind.level3}（${ind.value}）${r} 年度资金总额`, `${ind.level3} (${ind.value}) ${r} annual funds`));
        });
      }
    });
  },
};
