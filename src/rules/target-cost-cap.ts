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
      for (const side of ['period', 'annual'] as const) {
        // 实施期 indicators bound the 实施期 total, 年度 indicators the 年度 total.
        const total = t.funds.total[side];
        if (!total) continue;
        const label = side === 'period' ? '实施期资金总额' : '年度资金总额';
        (t.indicators[side] ?? []).forEach((ind, j) => {
          if (ind.level2?.replace(/\s+/g, '') !== '成本指标') return;
          const cap = parseCap(ind.value);
          if (!cap) return;
          // Reported at the cap as printed, against the funds it must hold for: cap flip(R) funds.
          const funds = targetRef(i, t, ['funds', 'total', side], label, { amount: total, unit: t.funds.unit });
          const at = { ...targetRef(i, t, ['indicators', side, j, 'value'], `${ind.level3 ?? '成本指标'} ${ind.value}`), text: ind.value ?? '', unit: cap.fig.unit, fig: cap.fig };
          const r = flip(cap.relation);
          checkRelation(ctx, at, r, funds, ident(`${ind.level3}（${ind.value}）${r} ${label}`, `${ind.level3} (${ind.value}) ${r} ${side === 'period' ? 'period' : 'annual'} funds`));
        });
      }
    });
  },
};
