/** Table roles: what a table is, whatever number it is printed under. */
export const TABLE_ROLES = {
  summary: { zh: '收支总表', en: 'income and expenditure summary' },
  income: { zh: '收入总表', en: 'income by function' },
  expenditure: { zh: '支出总表', en: 'expenditure by function' },
  appropriation_summary: { zh: '财政拨款收支总表', en: 'appropriation summary' },
  appropriation_expenditure: { zh: '财政拨款支出表', en: 'appropriation expenditure by function' },
  appropriation_basic_economic: { zh: '财政拨款基本支出表（经济科目）', en: 'appropriation basic expenditure by economic item' },
  general_expenditure: { zh: '一般公共预算支出表', en: 'general budget expenditure by function' },
  general_basic_economic: { zh: '一般公共预算基本支出经济科目表', en: 'general budget basic expenditure by economic item' },
  fund_income: { zh: '政府性基金预算收入表', en: 'government fund income' },
  fund_expenditure: { zh: '政府性基金预算支出表', en: 'government fund expenditure' },
  state_capital: { zh: '国有资本经营预算收支表', en: 'state capital operations income and expenditure' },
  state_capital_expenditure: { zh: '国有资本经营预算支出表', en: 'state capital operations expenditure' },
  three_public: { zh: '“三公”经费支出表', en: '"three public" expenditure' },
  three_public_and_operating: { zh: '“三公”经费和机关运行经费预算表', en: '"three public" and operating costs' },
  operating_costs: { zh: '机关运行经费预算表', en: 'operating costs' },
  projects: { zh: '项目支出预算表（本年预算）', en: 'project expenditure (this year)' },
  projects_carryover: { zh: '项目支出预算表（上年结转）', en: 'project expenditure (carried over)' },
  procurement: { zh: '政府采购支出预算表', en: 'government procurement' },
} as const;

export type TableRole = keyof typeof TABLE_ROLES;

/** Tables printed as blocks side by side: income | expenditure [| expenditure by purpose]. */
export const BLOCK_KEYS = ['income', 'expenditure', 'purpose'] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

/** The stub columns at the left of a table, which hold a row's code and names rather than figures. */
export const STUB_KEYS = ['code', 'name', 'gov_econ', 'group'] as const;
export type StubKey = (typeof STUB_KEYS)[number];

/**
 * What an amount column holds. Checks read columns by these keys; the printed header is kept
 * beside it, so a key is the meaning and the header the wording.
 */
export const AMOUNT_COLUMNS = [
  '金额',
  '合计',
  '小计',
  '当年预算安排',
  '上年结转安排',
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '财政专户管理资金',
  '单位资金',
  '上年结转',
  '财政拨款',
  '财政拨款收入',
  '事业收入',
  '事业单位经营收入',
  '其他收入',
  '其他资金',
  '基本支出',
  '项目支出',
  '单位预留机动经费',
  '结转下年资金',
  '人员经费',
  '公用经费',
  '因公出国（境）费',
  '公务接待费',
  '公务用车购置及运行费',
  '公务用车购置费',
  '公务用车运行维护费',
  '机关运行经费',
  '会议费',
  '培训费',
  '三公经费',
] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

export const AMOUNT_UNITS = ['万元', '元'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

export const DOCUMENT_KINDS = ['部门预算', '单位预算'] as const;
