/** The compare report: data, then pretty, JSON, Markdown and CSV renderings of it. */
import { Table } from '../report/box.js';
import type { Text } from '../load/messages.js';
import { visible } from '../load/messages.js';
import { Dec } from '../model/decimal.js';
import { show } from '../reconcile/rounding.js';
import { at, fileAt, paint, type Style, t } from '../report/style.js';
import { wrap } from '../report/wrap.js';
import type { PriorClaim } from './claims.js';
import type { RowChange, TableChange } from './diff.js';

export interface CompareReport {
  readonly format: 'budget-compare/1';
  readonly old: { readonly file: string; readonly unit: string; readonly year: number };
  readonly new: { readonly file: string; readonly unit: string; readonly year: number };
  readonly warnings: readonly Text[];
  readonly headline: {
    readonly totals: readonly { readonly label: string; readonly old?: string; readonly new?: string; readonly delta: string; readonly percent?: string; readonly unit: string }[];
    readonly rose: number;
    readonly fell: number;
    readonly appeared: number;
    readonly disappeared: number;
    /** The rows that moved most, across tables (totals and subtotals left out). */
    readonly movers: readonly { readonly table: string; readonly label: string; readonly delta: string; readonly percent?: string; readonly unit: string }[];
  };
  readonly tables: readonly {
    readonly role: string;
    readonly title: string;
    readonly unit: string;
    readonly column: string;
    readonly rows: readonly {
      readonly label: string;
      readonly oldLabel?: string;
      readonly old?: string;
      readonly new?: string;
      readonly delta: string;
      readonly percent?: string;
      readonly status: RowChange['status'];
      readonly candidate?: RowChange['candidate'];
    }[];
  }[];
  readonly claims: readonly PriorClaim[];
}

/** A threshold for --min-change and --fail-on-change: an amount in the table's unit, or "5%". */
export type Threshold = { readonly amount: Dec } | { readonly percent: Dec };

export function parseThreshold(text: string): Threshold | undefined {
  const m = /^(\d+(?:\.\d+)?)(%)?$/.exec(text.trim());
  if (!m) return undefined;
  return m[2] ? { percent: new Dec(m[1] ?? '0') } : { amount: new Dec(m[1] ?? '0') };
}

export const reaches = (r: { delta: Dec; percent?: string; status: string }, th: Threshold): boolean =>
  'amount' in th ? r.delta.abs().gte(th.amount) : r.percent === undefined ? r.status === 'new' || r.status === 'gone' : new Dec(r.percent).abs().gte(th.percent);

export function buildCompare(
  old: CompareReport['old'],
  neu: CompareReport['new'],
  tables: readonly TableChange[],
  claims: readonly PriorClaim[],
  minChange: Threshold | undefined,
): CompareReport {
  const all = tables.flatMap((x) => x.rows);
  const totals = tables
    .filter((x) => x.role === 'summary' || x.role === 'expenditure' || x.role === 'three_public' || x.role === 'projects')
    .flatMap((x) => x.rows.filter((r) => /^(合计|收入总计|支出总计|收入合计|支出合计)$/.test(r.label.replace(/\s+/g, ''))).slice(0, 1).map((r) => ({
      label: `${x.title} › ${r.label}`,
      ...(r.old ? { old: r.old.amount.text } : {}),
      ...(r.new ? { new: r.new.amount.text } : {}),
      delta: show(r.delta),
      ...(r.percent !== undefined ? { percent: r.percent } : {}),
      unit: x.unit,
    })));
  const warnings: Text[] = [];
  if (neu.year - old.year !== 1) {
    warnings.push({
      zh: `旧文件是 ${old.year} 年，新文件是 ${neu.year} 年：“上年”应为 ${neu.year - 1} 年`,
      en: `The older document is ${old.year} and the newer ${neu.year}: "last year" should be ${neu.year - 1}`,
    });
  }
  return {
    format: 'budget-compare/1',
    old,
    new: neu,
    warnings,
    headline: {
      totals,
      rose: all.filter((r) => r.status === 'rose').length,
      fell: all.filter((r) => r.status === 'fell').length,
      appeared: all.filter((r) => r.status === 'new').length,
      disappeared: all.filter((r) => r.status === 'gone').length,
      movers: tables
        .flatMap((x) => x.rows.filter((r) => !/合计|总计|小计/.test(r.label) && !r.delta.isZero()).map((r) => ({ x, r })))
        .sort((a, b) => b.r.delta.abs().cmp(a.r.delta.abs()))
        .slice(0, 5)
        .map(({ x, r }) => ({ table: x.title, label: r.label, delta: show(r.delta), ...(r.percent !== undefined ? { percent: r.percent } : {}), unit: x.unit })),
    },
    tables: tables.map((x) => ({
      role: x.role,
      title: x.title,
      unit: x.unit,
      column: x.column,
      rows: x.rows
        // Rows printed blank in both years say nothing; --min-change hides small moves.
        .filter((r) => (r.old !== undefined || r.new !== undefined) && (!minChange || reaches(r, minChange)))
        .map((r) => ({
          label: r.label,
          ...(r.oldLabel ? { oldLabel: r.oldLabel } : {}),
          ...(r.old ? { old: r.old.amount.text } : {}),
          ...(r.new ? { new: r.new.amount.text } : {}),
          delta: show(r.delta),
          ...(r.percent !== undefined ? { percent: r.percent } : {}),
          status: r.status,
          ...(r.candidate ? { candidate: r.candidate } : {}),
        })),
    })),
    claims,
  };
}

export const STATUS = {
  same: { zh: '持平', en: 'same' },
  rose: { zh: '增', en: 'up' },
  fell: { zh: '减', en: 'down' },
  new: { zh: '新增', en: 'new' },
  gone: { zh: '取消', en: 'gone' },
} as const;
export const VERDICT = {
  verified: { zh: '✔ 属实', en: '✔ true' },
  contradicted: { zh: '✖ 不符', en: '✖ contradicted' },
  tail: { zh: '≈ 尾差', en: '≈ tail' },
  unverifiable: { zh: '? 无法核对', en: '? unverifiable' },
} as const;

export const candidateText = (r: CompareReport['tables'][number]['rows'][number], o: Style) =>
  r.candidate ? t(o, { zh: `（疑为${r.candidate.kind === 'renamed' ? '更名' : '调整科目'}：${r.candidate.other}）`, en: ` (${r.candidate.kind} candidate: ${r.candidate.other})` }) : '';
export const pct = (p?: string) => (p === undefined ? '—' : `${p}%`);
const sv = (s: string) => visible(s, Number.POSITIVE_INFINITY);

export function renderComparePretty(r: CompareReport, o: Style): string {
  const c = paint(o);
  const zh = o.lang === 'zh';
  const out: string[] = [c.bold(sv(`${r.old.file} (${r.old.year}) → ${r.new.file} (${r.new.year})`))];
  for (const w of r.warnings) out.push(c.yellow(`⚠ ${t(o, w)}`));
  const h = r.headline;
  out.push(
    t(o, {
      zh: `${h.rose} 行增加，${h.fell} 行减少，${h.appeared} 行新增，${h.disappeared} 行取消`,
      en: `${h.rose} rows rose, ${h.fell} fell, ${h.appeared} appeared, ${h.disappeared} disappeared`,
    }),
  );
  for (const x of h.totals) out.push(`  ${sv(x.label)}: ${x.old ?? '—'} → ${x.new ?? '—'} ${x.unit} (Δ ${x.delta}, ${pct(x.percent)})`);
  if (h.movers.length > 0) {
    out.push(t(o, { zh: '变动最大：', en: 'Largest movers:' }));
    for (const m of h.movers) out.push(`  ${sv(m.label)} (${sv(m.table)}): Δ ${m.delta} ${m.unit}, ${pct(m.percent)}`);
  }
  for (const table of r.tables) {
    if (table.rows.length === 0) continue;
    out.push('', c.bold(sv(`${table.title} (${table.column}, ${table.unit})`)));
    const grid = new Table({
      head: zh ? ['行', `${r.old.year}`, `${r.new.year}`, 'Δ', 'Δ%', ''] : ['Row', `${r.old.year}`, `${r.new.year}`, 'Δ', 'Δ%', ''],
      colWidths: [44, 16, 16, 16, 10, 8],
      style: { compact: true },
    });
    for (const row of table.rows) {
      const colour = row.status === 'new' ? c.green : row.status === 'gone' ? c.red : (s: string) => s;
      grid.push([wrap(sv(row.label + candidateText(row, o)), 42), row.old ?? '—', row.new ?? '—', row.delta, pct(row.percent), colour(t(o, STATUS[row.status]))]);
    }
    out.push(grid.toString());
  }
  if (r.claims.length > 0) {
    out.push('', c.bold(zh ? '新文件中关于上年的说法' : "The newer year's claims about the older one"));
    const grid = new Table({
      head: zh ? ['位置', '说法', '上年数', '应为', '结论'] : ['Line', 'Claim', 'Last year', 'Should be', 'Verdict'],
      colWidths: [10, 40, 18, 22, 18],
      style: { compact: true },
    });
    for (const x of r.claims) {
      const colour = x.verdict === 'contradicted' ? c.red : x.verdict === 'verified' ? c.green : c.yellow;
      grid.push([at(x.at, '\n'), wrap(sv(x.at.place), 38), x.prior ? `${x.prior.value ?? '0'} (${at(x.prior)})` : '—', wrap(x.expected ?? '', 20), colour(t(o, VERDICT[x.verdict]))]);
    }
    out.push(grid.toString());
    for (const x of r.claims.filter((y) => y.verdict === 'contradicted')) {
      out.push(c.red(sv(`✖ ${fileAt(x.at)} “${x.claim}”: ${t(o, x.reason)}${x.prior ? ` (${fileAt(x.prior)} ${x.prior.place})` : ''}`)));
    }
  }
  const bad = r.claims.filter((x) => x.verdict === 'contradicted').length;
  out.push('', bad > 0 ? c.red(t(o, { zh: `✖ ${bad} 个关于上年的说法与上年文件不符`, en: `✖ ${bad} claim${bad === 1 ? '' : 's'} about last year contradicted by its document` })) : c.green(t(o, { zh: '✔ 关于上年的说法均未发现不符', en: '✔ no claim about last year is contradicted' })));
  return `${out.join('\n')}\n`;
}

export const renderCompareJson = (r: CompareReport): string => `${JSON.stringify(r, null, 2)}\n`;

const md = (s: string) => sv(s).replace(/\|/g, '\\|');
export function renderCompareMarkdown(r: CompareReport, o: Style): string {
  const zh = o.lang === 'zh';
  const out = [`# ${md(`${r.new.file} (${r.new.year})`)} ${zh ? '对比' : 'against'} ${md(`${r.old.file} (${r.old.year})`)}`, ''];
  for (const w of r.warnings) out.push(`> ⚠ ${t(o, w)}`, '');
  for (const table of r.tables) {
    if (table.rows.length === 0) continue;
    out.push(`## ${md(table.title)} (${table.column}, ${table.unit})`, '', `| ${zh ? '行' : 'Row'} | ${r.old.year} | ${r.new.year} | Δ | Δ% | |`, '|---|---:|---:|---:|---:|---|');
    for (const row of table.rows) out.push(`| ${md(row.label + candidateText(row, o))} | ${row.old ?? '—'} | ${row.new ?? '—'} | ${row.delta} | ${pct(row.percent)} | ${t(o, STATUS[row.status])} |`);
    out.push('');
  }
  if (r.claims.length > 0) {
    out.push(`## ${zh ? '关于上年的说法' : 'Claims about last year'}`, '', `| ${zh ? '位置' : 'Line'} | ${zh ? '说法' : 'Claim'} | ${zh ? '上年数' : 'Last year'} | ${zh ? '应为' : 'Should be'} | ${zh ? '结论' : 'Verdict'} |`, '|---|---|---:|---|---|');
    for (const x of r.claims) out.push(`| ${at(x.at)} | ${md(x.at.place)} | ${x.prior?.value ?? '—'} | ${md(x.expected ?? '')} | ${t(o, VERDICT[x.verdict])} |`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export function renderCompareCsv(r: CompareReport): string {
  const lines = [['table', 'row', 'old_row', 'old', 'new', 'delta', 'delta_percent', 'unit', 'status', 'candidate'].join(',')];
  for (const table of r.tables) {
    for (const row of table.rows) {
      lines.push([table.title, row.label, row.oldLabel ?? '', row.old ?? '', row.new ?? '', row.delta, row.percent ?? '', table.unit, row.status, row.candidate ? `${row.candidate.kind}: ${row.candidate.other}` : ''].map((x) => csvCell(sv(x))).join(','));
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
