import type { Rule } from '../engine/types.js';
import { reportVerdicts } from './lib/claims.js';

export const narrativeShare: Rule = {
  id: 'narrative-share',
  group: 'narrative',
  severity: 'error',
  description: {
    zh: '情况说明中的每个占比等于按表重新计算的占比（在所述精度下，按舍入区间）',
    en: 'Every share stated in the narrative ("占83.61%") equals the share recomputed from the tables, at the stated precision',
  },
  check(ctx) {
    reportVerdicts(ctx, 'share', ['contradicted'], (v) => ({
      zh: `情况说明写 ${v.stated}，按表重新计算应为 ${v.recomputed}`,
      en: `The narrative states ${v.stated}; recomputed from the tables it is ${v.recomputed}`,
    }));
  },
};
