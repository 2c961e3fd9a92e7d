import type { Rule } from '../engine/types.js';
import { show } from '../reconcile/rounding.js';
import { reportVerdicts } from './lib/claims.js';

export const narrativeAmount: Rule = {
  id: 'narrative-amount',
  group: 'narrative',
  severity: 'error',
  description: {
    zh: '情况说明中的每个金额等于它所指的表中数字（万元与元按各自的舍入区间比较）',
    en: 'Every amount stated in the narrative equals the table figure it names (万元 against 元 by their own intervals)',
  },
  check(ctx) {
    reportVerdicts(ctx, 'amount', ['contradicted', 'tail'], (v) => {
      const c = v.comparison;
      const place = v.link?.place.filter((p) => p !== '').join(' › ') ?? '';
      const diff = c ? show(c.difference) : '';
      return {
        zh: `情况说明写 ${v.stated}，${place} 为 ${v.link?.text ?? '空白'}${v.link?.unit ?? ''}（差额 ${diff}${c?.outcome === 'tail' ? '，属尾差' : ''}）`,
        en: `The narrative states ${v.stated}; ${place} prints ${v.link?.text ?? 'a blank'} ${v.link?.unit ?? ''} (difference ${diff}${c?.outcome === 'tail' ? ': a rounding tail' : ''})`,
      };
    });
  },
};
