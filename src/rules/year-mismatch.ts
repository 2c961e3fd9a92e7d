import type { Rule } from '../engine/types.js';
import { scan } from './lib/prose-scan.js';

/**
 * Years that contradict the document: a comparison with a year other than the previous one, a
 * budget of another year, a 截至 date after the budget year or long before it. Years inside
 * document numbers (晋财综【2024】37号, 〔2021〕) are not statements and are left alone.
 */
const YEAR = /(比|较|与|截至|截止|截止到)?(\d{4})年(度)?(预算|部门预算|单位预算|12月31日)?/g;

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  group: 'hygiene',
  severity: 'warning',
  description: {
    zh: '情况说明中的年份与文件一致：比较对象为上一年，预算为本年，截至日期不晚于本年',
    en: 'Years in the narrative agree with the document: comparisons with the previous year, budgets of this year, dates up to this year',
  },
  check(ctx) {
    const year = ctx.disclosure.document.year;
    scan(ctx, YEAR, ({ prose, index, match }) => {
      const before = prose.text[index - 1] ?? '';
      if (/[【〔[（(]/.test(before) && !match[1]) return undefined;
      const y = Number(match[2]);
      const word = match[1] ?? '';
      if (/比|较|与/.test(word) && y !== year - 1) {
        return { zh: `与 ${y} 年比较，但本文件是 ${year} 年预算，上年应为 ${year - 1} 年`, en: `Compared with ${y}, but this is the ${year} budget: the previous year is ${year - 1}` };
      }
      if (/截至|截止/.test(word) && (y > year || y < year - 2)) {
        return { zh: `截至 ${y} 年，与 ${year} 年预算不符`, en: `"As of ${y}" does not fit a ${year} budget` };
      }
      if (!word && match[4] && /预算/.test(match[4]) && y !== year && y !== year - 1) {
        return { zh: `写作 ${y} 年${match[3] ?? ''}${match[4]}，本文件是 ${year} 年预算`, en: `Says the ${y} budget, but this is the ${year} budget` };
      }
      return undefined;
    });
  },
};
