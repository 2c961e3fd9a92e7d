import type { Rule } from '../engine/types.js';
import { reportVerdicts } from './lib/claims.js';

export const narrativeRepeat: Rule = {
  id: 'narrative-repeat',
  group: 'narrative',
  severity: 'error',
  description: {
    zh: '同一数字在情况说明中多次出现时，数值一致',
    en: 'The same quantity stated twice in the narrative has one value',
  },
  check(ctx) {
    reportVerdicts(ctx, 'repeat', ['contradicted'], (v) => ({
      zh: `此处写 ${v.stated}，${v.reason.zh}`,
      en: `Stated here as ${v.stated}; ${v.reason.en}`,
    }));
  },
};
