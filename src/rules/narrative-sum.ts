import type { Rule } from '../engine/types.js';
import { reportVerdicts } from './lib/claims.js';

export const narrativeSum: Rule = {
  id: 'narrative-sum',
  group: 'narrative',
  severity: 'error',
  description: {
    zh: '情况说明中“其中”所列各项之和等于总数（以“等”结尾的列举除外）',
    en: 'The amounts listed after 其中 add up to the total they are listed under (lists ending in 等 excepted)',
  },
  check(ctx) {
    reportVerdicts(ctx, 'sum', ['contradicted', 'tail'], (v) => ({
      zh: `情况说明写总数 ${v.stated}，${v.reason.zh}${v.status === 'tail' ? '：属尾差' : ''}`,
      en: `The narrative states a total of ${v.stated}; ${v.reason.en}${v.status === 'tail' ? ': a rounding tail' : ''}`,
    }));
  },
};
