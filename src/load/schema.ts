/**
 * The disclosure format, `budget-disclosure/1`: the single source of truth for the loader, the
 * types and `schemas/disclosure.schema.json`. Every description is Chinese, then English, so
 * editors show both on hover.
 *
 * The loader hands this schema plain data in which every number-looking scalar is still its source
 * text; amounts are read from that text (see model/amount.ts) and never pass through a JS number.
 */
import * as z from 'zod';
import { type Amount, parseAmount, parseCount } from '../model/amount.js';
import { AMOUNT_UNITS, DOCUMENT_KINDS } from '../model/vocabulary.js';

/** JSON Schema to emit in place of a zod schema whose runtime input differs from what editors see. */
export const jsonOverrides = new Map<z.ZodType, Record<string, unknown>>();
const asJson = <T extends z.ZodType>(schema: T, json: Record<string, unknown>): T => {
  jsonOverrides.set(schema, json);
  return schema;
};

const d = (zh: string, en: string) => `${zh} — ${en}`;

export const AMOUNT_PATTERN = '^-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$';

/** An amount as printed: a YAML number or a string such as "1,179.18". */
export const AmountSchema = asJson(
  z.string().transform((text, ctx): Amount => {
    const a = parseAmount(text);
    if (typeof a === 'string') {
      ctx.issues.push({ code: 'custom', message: `amount:${a}`, input: text, params: { kind: 'amount', reason: a, text } });
      return z.NEVER;
    }
    return a;
  }),
  {
    anyOf: [{ type: 'number' }, { type: 'string', pattern: AMOUNT_PATTERN }],
    description: d('金额：按印刷的写法（保留小数位），如 1179.18 或 "1,179.18"', 'Amount as printed (its decimals are kept), e.g. 1179.18 or "1,179.18"'),
  },
);

const countOf = (description: string) =>
  asJson(
    z.string().transform((text, ctx): number => {
      const n = parseCount(text);
      if (n === undefined) {
        ctx.issues.push({ code: 'custom', message: 'count', input: text, params: { kind: 'count', text } });
        return z.NEVER;
      }
      return n;
    }),
    { type: 'integer', minimum: 0, description },
  );

const Text = (zh: string, en: string) => z.string().describe(d(zh, en));
const OptText = (zh: string, en: string) => Text(zh, en).optional();

export const UnitSchema = z.enum(AMOUNT_UNITS).describe(d('金额单位', 'Amount unit'));

const Document = z
  .strictObject({
    title: Text('封面标题，按印刷', 'The cover title, as printed'),
    subtitle: OptText('封面副标题，按印刷（如 预算主管部门：…）', 'The cover subtitle, as printed'),
    unit: Text('单位或部门名称', 'Name of the unit or department'),
    year: asJson(
      z.string().regex(/^\d{4}$/, 'year').transform(Number),
      { type: 'integer', minimum: 1990, maximum: 2100, description: d('预算年度', 'Budget year') },
    ),
    kind: z.enum(DOCUMENT_KINDS).describe(d('部门预算或单位预算', 'Department or unit budget')),
    amount_unit: UnitSchema.describe(d('表格默认金额单位', 'Default amount unit of the tables')),
    region: OptText('地区', 'Region'),
    rounding_note: OptText('印刷的尾差说明原文；未印刷则省略', 'The printed rounding note, verbatim; absent when not printed'),
  })
  .describe(d('文件概况', 'Document facts'));

const Contents = z
  .array(
    z.strictObject({
      title: Text('目录条目', 'Contents entry'),
      page: countOf(d('页码', 'Page')).optional(),
    }),
  )
  .describe(d('目录', 'Table of contents'));

export interface SectionInput {
  heading: string;
  text?: string | undefined;
  sections?: SectionInput[] | undefined;
}
const Section: z.ZodType<SectionInput> = z
  .strictObject({
    heading: Text('标题，按印刷', 'Heading, as printed'),
    text: OptText('正文，逐字照录', 'Text, verbatim'),
    get sections() {
      return z.array(Section).optional().describe(d('下级小节', 'Subsections'));
    },
  })
  .describe(d('一节文字', 'A section of prose'));
const Sections = (zh: string, en: string) => z.array(Section).describe(d(zh, en));

const Column = z
  .strictObject({
    key: Text(
      '列的含义：code/name/gov_econ/group 为左侧栏目，其余为金额列键（见格式说明）或文字列',
      'What the column holds: code/name/gov_econ/group for the stub, otherwise an amount column key (see the format) or a text column',
    ),
    header: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe(d('印刷的表头，自上而下', 'The printed header, top line first')),
    number: OptText('印刷的列序号', 'The printed column number'),
    kind: z.enum(['amount', 'text']).optional().describe(d('列类型，默认 amount', 'Column type, amount by default')),
  })
  .describe(d('一列', 'A column'));

const Row = z
  .object({
    code: OptText('科目编码（字符串）', 'Classification code (a string)'),
    name: OptText('名称，按印刷', 'Name, as printed'),
    gov_econ: OptText('政府预算支出经济科目名称', 'Government economic classification name'),
    group: OptText('左侧合并的类别单元格', 'The merged category cell at the left'),
  })
  .catchall(
    asJson(z.string().nullable(), {
      anyOf: [{ type: 'number' }, { type: 'string' }, { type: 'null' }],
      description: d('单元格：列键 → 金额或文字；空白单元格省略', 'A cell: column key → amount or text; a blank cell is left out'),
    }),
  )
  .describe(d('一行，按印刷顺序', 'A row, in printed order'));

const Block = z
  .strictObject({
    heading: OptText('栏目标题（收入 / 支出）', 'Block heading (收入 / 支出)'),
    columns: z.array(Column).describe(d('全部印刷的列，从左到右', 'Every printed column, left to right')),
    rows: z.array(Row).describe(d('全部印刷的行', 'Every printed row')),
  })
  .describe(d('并排印刷的一栏', 'A block printed side by side'));

const Table = z
  .strictObject({
    number: OptText('印刷的表号（如 预算公开表1、公开 01 表）', 'The printed table number'),
    title: Text('表名，按印刷', 'Title, as printed'),
    issuer: OptText('表名下的单位行，按印刷', 'The issuer line under the title, as printed'),
    unit: UnitSchema,
    columns: Block.shape.columns.optional(),
    rows: Block.shape.rows.optional(),
    income: Block.optional().describe(d('收入栏', 'The income block')),
    expenditure: Block.optional().describe(d('支出栏', 'The expenditure block')),
    purpose: Block.optional().describe(d('支出用途栏（江苏）', 'The expenditure-by-purpose block (Jiangsu)')),
    note: OptText('表下注释，逐字照录（如 注：本表无数据）', 'The note under the table, verbatim'),
  })
  .describe(d('一张表', 'A table'));

const tableRoles = {
  summary: 'summary',
  income: 'income',
  expenditure: 'expenditure',
  appropriation_summary: 'appropriation_summary',
  appropriation_expenditure: 'appropriation_expenditure',
  appropriation_basic_economic: 'appropriation_basic_economic',
  general_expenditure: 'general_expenditure',
  general_basic_economic: 'general_basic_economic',
  fund_income: 'fund_income',
  fund_expenditure: 'fund_expenditure',
  state_capital: 'state_capital',
  state_capital_expenditure: 'state_capital_expenditure',
  three_public: 'three_public',
  three_public_and_operating: 'three_public_and_operating',
  operating_costs: 'operating_costs',
  projects: 'projects',
  projects_carryover: 'projects_carryover',
  procurement: 'procurement',
} as const;
const Tables = z
  .strictObject(Object.fromEntries(Object.keys(tableRoles).map((k) => [k, Table.optional()])) as Record<keyof typeof tableRoles, z.ZodOptional<typeof Table>>)
  .describe(d('按作用（而非表号）列出的表', 'Tables keyed by role, not by number'));

const FundPair = z.strictObject({
  period: AmountSchema.optional().describe(d('实施期', 'Implementation period')),
  annual: AmountSchema.optional().describe(d('年度', 'Year')),
});
const Indicator = z
  .strictObject({
    level1: OptText('一级指标', 'Level-1 indicator'),
    level2: OptText('二级指标', 'Level-2 indicator'),
    level3: OptText('三级指标', 'Level-3 indicator'),
    value: OptText('指标值，按印刷（如 ≤17.05万元）', 'Indicator value exactly as printed'),
  })
  .describe(d('一行绩效指标', 'An indicator line'));

const PerformanceTarget = z
  .strictObject({
    title: OptText('表名', 'Title'),
    subtitle: OptText('副标题（如 (2026年度)）', 'Subtitle'),
    project: Text('项目名称', 'Project name'),
    department: OptText('主管部门及代码', 'Supervising department and code'),
    implementer: OptText('实施单位', 'Implementing unit'),
    attribute: OptText('项目属性', 'Project attribute'),
    term: OptText('项目期', 'Project term'),
    funds: z
      .strictObject({
        unit: UnitSchema,
        total: FundPair.describe(d('实施期 / 年度资金总额', 'Total funds, period / year')),
        sources: z
          .array(FundPair.extend({ name: Text('资金来源', 'Source of funds') }))
          .describe(d('其中：各来源', 'Of which, by source')),
      })
      .describe(d('项目资金', 'Project funds')),
    overview: OptText('项目概况', 'Overview'),
    basis: OptText('立项依据', 'Legal basis'),
    necessity: OptText('项目设立必要性', 'Necessity'),
    safeguards: OptText('保证项目实施的制度、措施', 'Safeguards'),
    plan: OptText('项目实施计划', 'Plan'),
    goals: z
      .strictObject({ period: OptText('实施期目标', 'Period goal'), annual: OptText('年度目标', 'Annual goal') })
      .optional()
      .describe(d('总体目标', 'Overall goals')),
    indicators: z
      .strictObject({ period: z.array(Indicator).optional(), annual: z.array(Indicator).optional() })
      .describe(d('绩效指标：实施期 / 年度', 'Indicators: period / year')),
    signoff: z
      .strictObject({
        responsible: OptText('负责人', 'Responsible'),
        handler: OptText('经办人', 'Handler'),
        phone: OptText('联系电话', 'Phone'),
        filled_on: OptText('填报日期', 'Filled on'),
      })
      .optional(),
  })
  .describe(d('项目支出绩效目标表', 'Project performance target table'));

const Procurement = z
  .strictObject({
    unit: UnitSchema,
    total: AmountSchema.optional().describe(d('政府采购预算总额', 'Total')),
    goods: AmountSchema.optional().describe(d('货物', 'Goods')),
    works: AmountSchema.optional().describe(d('工程', 'Works')),
    services: AmountSchema.optional().describe(d('服务', 'Services')),
    sme_reserved: AmountSchema.optional().describe(d('面向中小企业预留', 'Reserved for SMEs')),
    small_micro_reserved: AmountSchema.optional().describe(d('其中预留给小型和微型企业', 'Of which for small and micro firms')),
  })
  .describe(d('政府采购', 'Government procurement'));

const Count = countOf(d('数量', 'Count'));
const Vehicles = z.strictObject({
  establishment: Count.optional().describe(d('编制数', 'Establishment')),
  actual: Count.optional().describe(d('实有数', 'Actual')),
  total: Count.optional().describe(d('合计（如预算安排购置）', 'Total (e.g. planned purchases)')),
  by_category: z
    .array(z.strictObject({ name: Text('车辆类别', 'Category'), count: Count }))
    .optional()
    .describe(d('按类别', 'By category')),
});
const Equipment = z.array(
  z.strictObject({
    kind: Text('设备种类', 'Kind'),
    threshold: Text('价值门槛，按印刷（如 100万元）', 'Value threshold as printed'),
    count: Count,
  }),
);
const Assets = z
  .strictObject({
    as_of: OptText('截至日期，按印刷', 'As of, as printed'),
    vehicles: Vehicles.optional(),
    office_area_m2: countOf(d('办公用房面积（平方米）', 'Office area (m²)')).optional(),
    equipment: Equipment.optional(),
    planned: z.strictObject({ vehicles: Vehicles.optional(), equipment: Equipment.optional() }).optional(),
  })
  .describe(d('国有资产占有使用情况', 'State assets'));

export const DisclosureSchema = z
  .strictObject({
    format: z.literal('budget-disclosure/1').describe(d('格式版本', 'Format version')),
    document: Document,
    contents: Contents.optional(),
    overview: Sections('概况（职责、机构设置）', 'Overview (duties, structure)').optional(),
    tables: Tables,
    narrative: Sections('情况说明', 'Narrative').optional(),
    performance_targets: z.array(PerformanceTarget).optional(),
    procurement: Procurement.optional(),
    assets: Assets.optional(),
    project_descriptions: z
      .array(
        z.strictObject({
          project: Text('项目名称', 'Project'),
          heading: OptText('标题', 'Heading'),
          text: OptText('正文', 'Text'),
          sections: z.array(Section).optional().describe(d('小节', 'Sections')),
        }),
      )
      .optional()
      .describe(d('项目经费情况说明', 'Project descriptions')),
    glossary: Sections('名词解释', 'Glossary').optional(),
    unplaced: z
      .array(
        z.strictObject({
          page: countOf(d('页码', 'Page')),
          text: Text('印刷的原文', 'The text as printed'),
        }),
      )
      .optional()
      .describe(d('导入时未能安放的印刷内容，逐字照录，待人工归位', 'Printed text the importer could not place, verbatim, for a person to place')),
  })
  .describe(d('一份预算公开文件', 'One budget disclosure'));

export type DisclosureParsed = z.output<typeof DisclosureSchema>;
