import type { Rule } from '../engine/types.js';
import { reportVerdicts } from './lib/claims.js';

/** Nothing is dropped silently: a claim that cannot be checked is listed, as info. */
export const narrativeUnverified: Rule = {
  id: 'narrative-unverified',
  group: 'narrative',
  severity: 'info',
  description: {
    zh: '无法核对的说法（未能对应到表中数字、需上年数据）逐条列出，供人工查看',
    en: 'Claims that cannot be checked (not linked to a figure, or about last year) are listed for a person to look at',
  },
  check(ctx) {
    if (!ctx.disclosure.narrative) return ctx.skip({ zh: '无情况说明', en: 'no narrative' });
    for (const check of ['amount', 'share', 'change', 'count'] as const) {
      reportVerdicts(ctx, check, ['unverified'], (v) => ({
        zh: `未核对：${v.stated}（${v.reason.zh}）`,
        en: `Not verified: ${v.stated} (${v.reason.en})`,
      }));
    }
  },
};
