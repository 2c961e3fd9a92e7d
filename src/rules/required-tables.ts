import type { Rule } from '../engine/types.js';
import { TABLE_ROLES, type TableRole } from '../model/vocabulary.js';

/** The tables each province's layout prints; a document is held to the layout of its region. */
export const LAYOUTS: Record<string, { readonly zh: string; readonly en: string; readonly tables: readonly (TableRole | readonly TableRole[])[] }> = {
  山西: {
    zh: '山西省（13张表）',
    en: 'Shanxi (13 tables)',
    tables: ['summary', 'income', 'expenditure', 'appropriation_summary', 'general_expenditure', 'general_basic_economic', 'fund_income', 'fund_expenditure', 'state_capital', 'three_public', 'operating_costs', 'projects', 'projects_carryover'],
  },
  上海: {
    zh: '上海市（9张表）',
    en: 'Shanghai (9 tables)',
    tables: ['summary', 'income', 'expenditure', 'appropriation_summary', 'general_expenditure', 'fund_expenditure', 'state_capital_expenditure', 'general_basic_economic', 'three_public_and_operating'],
  },
  江苏: {
    zh: '江苏省（12张表）',
    en: 'Jiangsu (12 tables)',
    tables: ['summary', 'income', 'expenditure', 'appropriation_summary', 'appropriation_expenditure', 'appropriation_basic_economic', 'general_expenditure', 'general_basic_economic', 'three_public', 'fund_expenditure', 'operating_costs', 'procurement'],
  },
  '': {
    zh: '通用（财政部要求的基本表）',
    en: 'national (the tables the Ministry of Finance requires)',
    tables: ['summary', 'income', 'expenditure', 'appropriation_summary', 'general_expenditure', 'general_basic_economic', 'fund_expenditure', ['three_public', 'three_public_and_operating']],
  },
};

export const layoutOf = (region: string | undefined) => {
  const key = Object.keys(LAYOUTS).find((k) => k !== '' && (region ?? '').startsWith(k)) ?? '';
  return LAYOUTS[key] ?? { zh: '', en: '', tables: [] };
};

export const requiredTables: Rule = {
  id: 'required-tables',
  group: 'completeness',
  severity: 'error',
  description: {
    zh: '按所在地区的公开格式，每张必需的表都已公开（无数据时注明“本表无数据”）',
    en: "Every table the region's layout requires is published (noted empty when it has no data)",
  },
  check(ctx) {
    const layout = layoutOf(ctx.disclosure.document.region);
    for (const need of layout.tables) {
      const options = typeof need === 'string' ? [need] : need;
      if (options.some((r) => ctx.disclosure.tables[r] !== undefined)) continue;
      const names = options.map((r) => TABLE_ROLES[r]);
      ctx.report({
        // The place names the (first) missing role, so that a report can tell which table is meant.
        at: { path: ['tables'], place: ['tables', options[0] as TableRole] },
        related: [],
        message: {
          zh: `缺少${names.map((n) => n.zh).join('或')}（${layout.zh}格式要求）`,
          en: `Missing the ${names.map((n) => n.en).join(' or ')} table (required by the ${layout.en} layout)`,
        },
      });
    }
  },
};
