/**
 * The JSON report, `budget-report/1`: the zod schema is the source of truth for its types and for
 * `schemas/report.schema.json`. Amounts are exact decimal strings, never JSON numbers.
 */
import * as z from 'zod';

const d = (zh: string, en: string) => `${zh} — ${en}`;
const Text = z.strictObject({ zh: z.string(), en: z.string() }).describe(d('中英文说明', 'Message in Chinese and English'));
const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe(d('精确的十进制数字符串', 'An exact decimal string'));
const Location = z
  .strictObject({
    file: z.string(),
    line: z.number().int().min(1),
    col: z.number().int().min(1),
    page: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(d('印刷页码：检查 PDF 时给出；行列号指 budget import 写出的 YAML', 'The printed page, when a PDF was checked; line and col are those of the YAML budget import writes')),
  })
  .describe(d('文件位置', 'file:line:col'));

export const FindingSchema = z
  .strictObject({
    rule: z.string().describe(d('规则编号', 'Rule id')),
    severity: z.enum(['error', 'warning', 'info']).describe(d('严重性（尾差总是 info）', 'Severity (a tail is always info)')),
    outcome: z.enum(['discrepancy', 'tail', 'finding']).describe(d('不符 / 尾差 / 其他发现', 'Discrepancy, rounding tail, or another finding')),
    message: Text,
    place: z.string().describe(d('印刷位置：表名 › 行 › 列', 'Printed place: table › row › column')),
    table: z.string().describe(d('所属表名', 'The table it belongs to')),
    location: Location,
    value: z.string().optional().describe(d('该处印刷的金额', 'The figure printed there')),
    unit: z.enum(['万元', '元']).optional(),
    related: z
      .array(z.strictObject({ place: z.string(), location: Location, value: z.string().optional() }))
      .describe(d('比较所用的其他金额', 'The figures it was compared with')),
    expected: Decimal.optional(),
    actual: Decimal.optional(),
    difference: Decimal.optional(),
    allowance: Decimal.optional().describe(d('舍入可解释的最大差额', 'The largest difference rounding can explain')),
    waived: z
      .strictObject({ reason: z.string(), expires: z.string().optional(), location: Location })
      .optional()
      .describe(d('已豁免：不计数、不影响退出码', 'Waived: never counted, never fails a check')),
  })
  .describe(d('一条发现', 'A finding'));

const Counts = z.strictObject({
  errors: z.number().int(),
  warnings: z.number().int(),
  info: z.number().int(),
  tails: z.number().int().describe(d('尾差（包含在 info 中）', 'Rounding tails (counted in info too)')),
});

const Problem = z.strictObject({ file: z.string(), line: z.number().int(), col: z.number().int(), place: z.string(), message: Text });

const ShareGroup = z.strictObject({
  id: z.enum(['income-by-source', 'expenditure-by-class', 'basic-vs-project', 'personnel-vs-public', 'three-public']),
  title: Text,
  whole: z.strictObject({ label: z.string(), value: z.string(), unit: z.string() }),
  shares: z.array(z.strictObject({ label: z.string(), value: z.string(), percent: Decimal })),
});

const ClaimSchema = z
  .strictObject({
    check: z.enum(['amount', 'share', 'change', 'sum', 'count', 'repeat']).describe(d('核对类别', 'What was checked')),
    verdict: z.enum(['verified', 'contradicted', 'tail', 'unverified']).describe(d('核实 / 不符 / 尾差 / 未核对', 'Verified, contradicted, rounding tail, or not verified')),
    excerpt: z.string().describe(d('原文摘录', 'Excerpt of the sentence')),
    stated: z.string().describe(d('所述', 'What the prose states')),
    recomputed: z.string().optional().describe(d('重新计算 / 表中数字', 'Recomputed, or the table figure')),
    figure: z.string().optional().describe(d('所指的表中位置', 'The table place it names')),
    reason: Text,
    location: Location,
  })
  .describe(d('情况说明中的一个说法', 'A claim of the narrative'));

export const FileReportSchema = z
  .strictObject({
    file: z.string(),
    status: z.enum(['checked', 'invalid']).describe(d('已检查 / 无法载入', 'Checked, or could not be loaded')),
    document: z.strictObject({ unit: z.string(), year: z.number().int(), kind: z.string() }).optional(),
    problems: z.array(Problem).describe(d('载入问题（退出码 2）', 'Input problems (exit code 2)')),
    findings: z.array(FindingSchema),
    skipped: z.array(z.strictObject({ rule: z.string(), reason: Text })).describe(d('未适用的规则及原因', 'Rules that did not apply, and why')),
    shares: z.array(ShareGroup).describe(d('重新计算的占比', 'Recomputed shares')),
    claims: z.array(ClaimSchema).describe(d('情况说明中的说法及核对结果', 'The claims of the narrative, and their verdicts')),
    counts: Counts,
  })
  .describe(d('一个文件的结果', 'The result for one file'));

export const ReportSchema = z
  .strictObject({
    format: z.literal('budget-report/1'),
    tool: z.strictObject({ name: z.literal('budget'), version: z.string() }),
    failOn: z.enum(['error', 'warning', 'info', 'never']),
    files: z.array(FileReportSchema),
    summary: Counts.extend({ files: z.number().int(), invalid: z.number().int() }),
  })
  .describe(d('budget check 的报告', 'The report of budget check'));

export type CheckReport = z.infer<typeof ReportSchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
