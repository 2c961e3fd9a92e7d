import type { Rule } from '../engine/types.js';
import { scan } from './lib/prose-scan.js';

export const kindWords: Rule = {
  id: 'kind-words',
  group: 'hygiene',
  severity: 'warning',
  description: {
    zh: '单位预算中不写“部门预算”“我部门”“本部门”，部门预算中不写“单位预算”“我单位”（“部门（单位）”除外）',
    en: 'A 单位预算 does not say 部门预算, 我部门 or 本部门; a 部门预算 not 单位预算 or 我单位 (the form 部门（单位） excepted)',
  },
  check(ctx) {
    const unit = ctx.disclosure.document.kind === '单位预算';
    const wrong = unit ? /部门预算(?!（单位）)|我部门|本部门/g : /单位预算|我单位/g;
    scan(ctx, wrong, ({ match, prose, index }) => {
      // "部门（单位）项目支出" names both kinds on purpose.
      if (prose.text.slice(index + match[0].length).startsWith('（单位）')) return undefined;
      return {
        zh: `${ctx.disclosure.document.kind}中出现“${match[0]}”`,
        en: `"${match[0]}" in a ${unit ? 'unit (单位预算)' : 'department (部门预算)'} budget`,
      };
    });
  },
};
