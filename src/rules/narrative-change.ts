import type { Rule } from '../engine/types.js';
import { reportVerdicts } from './lib/claims.js';

export const narrativeChange: Rule = {
  id: 'narrative-change',
  group: 'narrative',
  severity: 'error',
  description: {
    zh: '增减说明自洽：增减额与增减率相符（率 = 增减额 ÷ 上年数），增减用词方向一致',
    en: 'A stated change agrees with itself: Δ and % match (% = Δ ÷ last year) and its direction words agree',
  },
  check(ctx) {
    reportVerdicts(ctx, 'change', ['contradicted'], (v) => ({
      zh: `“${v.stated}”：${v.reason.zh}`,
      en: `"${v.stated}": ${v.reason.en}`,
    }));
  },
};
