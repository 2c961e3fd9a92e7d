import type { Rule } from '../engine/types.js';
import { scan } from './lib/prose-scan.js';

export const kindWords: Rule = {
  id: 'kind-words',
  group: 'hygiene',
  severity: 'warning',
  description: {
    zh: '单位预算中不写“部门预算”“我部门”，部门预算中不写“单位预算”“我单位”（“部门（单位）”除外）',
    en: 'A 单位预算 does not say 部门预算 or 我部门, a 部门预算 not 单位预算 or 我单位 (the form 部门（单位） excepted)',
  },
  check(ctx) {
    const unit = ctx.disclosure.document.kind === '单位预算';
    const wrong = unit ? /部门预算(?!（单位）)|我部门|本部门/g : /单位预算|我单位/g;
    scan(ctx, wrong, ({ match, prose, index }) => {
      if (/（单位）/.test(prose.text.slice(index + match[0].length, index + match[0].length + 4)) || prose.text.slice(index - 1, index + 4).includes('部门（单位')) return undefined;
      return {
        zh: `${ctx.disclosure.document.kind}中出现“${match[0]}”`,
        en: `"${match[0]}" in a ${unit ? 'unit (单位预算)' : 'department (部门预算)'} budget`,
      };
    });
  },
};
