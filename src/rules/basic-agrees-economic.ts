import type { Rule } from '../engine/types.js';
import { totalCell } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

export const basicAgreesEconomic: Rule = {
  id: 'basic-agrees-economic',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '一般公共预算支出表的基本支出合计 = 基本支出经济分类表合计',
    en: "The general expenditure table's 基本支出 total = the economic classification table's 合计",
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const basic = totalCell(t.general_expenditure, '基本支出');
    const economic = totalCell(t.general_basic_economic, '合计');
    if (!basic || !economic) return ctx.skip({ zh: '无一般公共预算支出表或基本支出经济分类表', en: 'no general expenditure or economic classification table' });
    checkSum(ctx, economic, [basic], ident('经济分类表 合计 = 一般公共预算支出表 基本支出', 'economic table 合计 = general expenditure 基本支出'));
  },
};
