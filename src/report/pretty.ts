/** The terminal report: findings grouped by table in aligned tables, shares, a summary line. */
import { Table } from './box.js';
import { visible } from '../load/messages.js';
import type { CheckReport, FileReport } from './schema.js';
import { renderProblems } from './load.js';
import { at, paint, type Style, t } from './style.js';
import { wrap } from './wrap.js';

type Finding = FileReport['findings'][number];

export interface PrettyOptions extends Style {
  readonly verbose: boolean;
}

const show = (s: string) => visible(s, Number.POSITIVE_INFINITY);
const LEVEL = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  tail: { zh: '尾差', en: 'tail' },
} as const;

function findingsTable(findings: readonly Finding[], table: string, o: PrettyOptions): string {
  const c = paint(o);
  const zh = o.lang === 'zh';
  const grid = new Table({
    head: zh ? ['位置', '结果', '行 › 列', '说明'] : ['Line', 'Result', 'Row › column', 'Message'],
    colWidths: [10, 9, 30, 72],
    style: { compact: false },
  });
  for (const f of findings) {
    const level = f.outcome === 'tail' ? 'tail' : f.severity;
    const colour = level === 'error' ? c.red : level === 'warning' ? c.yellow : c.cyan;
    const local = (place: string) => show(place.startsWith(`${table} › `) ? place.slice(table.length + 3) : place);
    const related = f.related.map((r) => `↳ ${local(r.place)}${r.value !== undefined ? ` ${r.value}` : ''} (${at(r.location)})`);
    // Wrapped here, by display width, so that CJK text neither overflows nor is cut.
    const body = wrap([show(t(o, f.message)), ...related].join('\n'), 70);
    grid.push([at(f.location, '\n'), colour(t(o, LEVEL[level])), wrap(local(f.place), 28), `${body}\n${c.dim(f.rule)}`]);
  }
  return grid.toString();
}

function sharesTables(file: FileReport, o: PrettyOptions): string[] {
  if (file.shares.length === 0) return [];
  const c = paint(o);
  const zh = o.lang === 'zh';
  const out = [c.bold(zh ? '按表格重新计算的占比（情况说明应与之一致）' : 'Shares recomputed from the tables (the narrative should state these)')];
  for (const g of file.shares) {
    const grid = new Table({ head: [t(o, g.title), zh ? '金额' : 'Amount', zh ? '占比' : 'Share'], style: { compact: true } });
    for (const s of g.shares) grid.push([show(s.label), s.value, `${s.percent}%`]);
    grid.push([zh ? `合计（${show(g.whole.label)}）` : `Whole (${show(g.whole.label)})`, `${g.whole.value} ${g.whole.unit}`, '']);
    out.push(grid.toString());
  }
  return out;
}

const VERDICT = {
  verified: { zh: '✔ 相符', en: '✔ verified' },
  contradicted: { zh: '✖ 不符', en: '✖ contradicted' },
  tail: { zh: '≈ 尾差', en: '≈ tail' },
  unverified: { zh: '? 未核对', en: '? unverified' },
} as const;

const CHECK = {
  amount: { zh: '金额', en: 'amount' },
  share: { zh: '占比', en: 'share' },
  change: { zh: '增减', en: 'change' },
  sum: { zh: '合计', en: 'sum' },
  count: { zh: '数量', en: 'count' },
  repeat: { zh: '重复', en: 'repeat' },
} as const;

function claimsTable(file: FileReport, o: PrettyOptions): string[] {
  if (file.claims.length === 0) return [];
  const c = paint(o);
  const zh = o.lang === 'zh';
  const grid = new Table({
    head: zh ? ['位置', '原文', '核对', '所述', '按表 / 重算', '结论'] : ['Line', 'Excerpt', 'Check', 'Stated', 'Recomputed', 'Verdict'],
    colWidths: [10, 46, 8, 18, 18, 16],
    style: { compact: true },
  });
  // By default: what needs a look, and every share and rate recomputed; --verbose: every claim.
  const shown = o.verbose ? file.claims : file.claims.filter((x) => x.verdict !== 'verified' || x.check === 'share' || x.check === 'change');
  for (const x of shown) {
    const verdict = t(o, VERDICT[x.verdict]);
    const colour = x.verdict === 'contradicted' ? c.red : x.verdict === 'verified' ? c.green : x.verdict === 'tail' ? c.cyan : c.yellow;
    grid.push([at(x.location, '\n'), wrap(show(x.excerpt), 44), t(o, CHECK[x.check]), wrap(show(x.stated), 16), wrap(show(x.recomputed ?? ''), 16), colour(verdict)]);
  }
  const counts = (['verified', 'contradicted', 'tail', 'unverified'] as const).map((v) => `${t(o, VERDICT[v])} ${file.claims.filter((x) => x.verdict === v).length}`).join('  ');
  const title = o.verbose ? (zh ? '情况说明中的说法' : 'Claims of the narrative') : zh ? '情况说明中的说法（未逐条列出已核实的金额，--verbose 列出全部）' : 'Claims of the narrative (verified amounts not listed; --verbose lists all)';
  return [c.bold(title), grid.toString(), counts];
}

function countsLine(counts: FileReport['counts'], o: PrettyOptions): string {
  const c = paint(o);
  const { errors, warnings, tails } = counts;
  const other = counts.info - tails;
  const text = t(o, {
    zh: `${errors} 个错误，${warnings} 个警告，${tails} 个尾差${other > 0 ? `，${other} 个提示` : ''}（尾差不影响结果）`,
    en: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${tails} rounding tail${tails === 1 ? '' : 's'}${other > 0 ? `, ${other} info` : ''} (tails never fail a check)`,
  });
  return errors > 0 ? c.red(`✖ ${text}`) : warnings > 0 ? c.yellow(`⚠ ${text}`) : c.green(`✔ ${text}`);
}

export function fileSection(file: FileReport, o: PrettyOptions): string {
  if (file.status === 'invalid') return renderProblems(file.problems, o).trimEnd();
  const c = paint(o);
  const out = [c.bold(show(`${file.file}: ${file.document?.unit ?? ''} ${file.document?.year ?? ''} ${file.document?.kind ?? ''}`))];
  const tables = [...new Set(file.findings.map((f) => f.table))];
  for (const table of tables) {
    out.push('', c.bold(show(table === '' ? t(o, { zh: '其他', en: 'Other' }) : table)));
    out.push(findingsTable(file.findings.filter((f) => f.table === table), table, o));
  }
  if (o.verbose && file.skipped.length > 0) {
    out.push('', c.bold(t(o, { zh: '未适用的规则', en: 'Rules that did not apply' })));
    for (const s of file.skipped) out.push(`  ${s.rule}: ${t(o, s.reason)}`);
  }
  out.push('', ...sharesTables(file, o));
  const claims = claimsTable(file, o);
  if (claims.length > 0) out.push('', ...claims);
  out.push('', countsLine(file.counts, o));
  return out.join('\n');
}

/** The closing line of a run over several files. */
export function summaryLine(s: CheckReport['summary'], o: PrettyOptions): string {
  return t(o, {
    zh: `共 ${s.files} 个文件（${s.invalid} 个无法载入）：${s.errors} 个错误，${s.warnings} 个警告，${s.tails} 个尾差`,
    en: `${s.files} files (${s.invalid} could not be loaded): ${s.errors} errors, ${s.warnings} warnings, ${s.tails} rounding tails`,
  });
}
