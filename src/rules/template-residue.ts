import type { Rule } from '../engine/types.js';
import { scan } from './lib/prose-scan.js';

/** Placeholders left from the template the narrative was written in. */
export const RESIDUE = /X{2,}|×{2,}|x{2,}(?![a-z])|待填写|请填写|待补充|【\s*】|\[\s*\]|\{[^{}\n]{0,20}\}|＿{2,}|_{3,}|\*{3,}/g;

export const templateResidue: Rule = {
  id: 'template-residue',
  group: 'hygiene',
  severity: 'warning',
  description: {
    zh: '情况说明中没有模板残留（XX、××、待填写、请填写、【】、{单位} 等占位符）',
    en: 'The narrative has no template residue (placeholders such as XX, ××, 待填写, 请填写, 【】, {单位})',
  },
  check(ctx) {
    scan(ctx, RESIDUE, ({ match }) => ({ zh: `模板占位符“${match[0]}”未替换`, en: `Template placeholder "${match[0]}" left in the text` }));
  },
};
