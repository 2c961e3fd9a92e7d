/** Summation and equality findings: the figures compared, the identity, and the rounding verdict. */
import type { Text } from '../../load/messages.js';
import type { Context, Severity } from '../../engine/types.js';
import { compareRelation, compareSum, type Comparison, type Relation, show } from '../../reconcile/rounding.js';
import type { AmountUnit } from '../../model/vocabulary.js';
import { type Cell, figOf } from './cells.js';

function words(identity: Text, c: Comparison, unit: AmountUnit | undefined): Text {
  const u = unit ?? '';
  const tail = c.outcome === 'tail';
  return {
    zh: `应为 ${identity.zh} = ${show(c.expected)}${u}，印刷为 ${show(c.actual)}${u}（差额 ${show(c.difference)}，尾差允许 ${show(c.allowance)}）${tail ? '：属尾差' : ''}`,
    en: `Expected ${identity.en} = ${show(c.expected)} ${u}, printed ${show(c.actual)} ${u} (difference ${show(c.difference)}; rounding allows ${show(c.allowance)})${tail ? ': a rounding tail (尾差)' : ''}`,
  };
}

/**
 * total = Σ parts (blank cells are zero). Nothing to say when every cell is blank, or when the sum
 * is exact. `identity` names the sum as printed ("合计 = 基本支出 + 项目支出").
 */
export function checkSum(ctx: Context, total: Cell, parts: readonly Cell[], identity: Text, opts: { signs?: (1 | -1)[]; severity?: Severity } = {}): void {
  if (total.fig === undefined && parts.every((p) => p.fig === undefined)) return;
  const unit = total.unit ?? parts.find((p) => p.unit)?.unit ?? '万元';
  const used = parts.filter((p) => p.fig !== undefined);
  const signs = opts.signs ? parts.flatMap((p, i) => (p.fig !== undefined ? [opts.signs?.[i] ?? 1] : [])) : undefined;
  const c = compareSum(figOf(total, unit), used.map((p) => figOf(p, unit)), signs);
  if (c.outcome === 'exact') return;
  ctx.report({ at: total, related: parts, message: words(identity, c, unit), comparison: c, ...(opts.severity ? { severity: opts.severity } : {}) });
}

/** a (relation) b between two cells, e.g. 三公 item ≥ the economic item. Blank cells are zero. */
export function checkRelation(ctx: Context, a: Cell, relation: Relation, b: Cell, identity: Text, severity?: Severity): void {
  if (a.fig === undefined && b.fig === undefined) return;
  const unit = a.unit ?? b.unit ?? '万元';
  const c = compareRelation(figOf(a, unit), relation, figOf(b, b.unit ?? unit));
  if (c.outcome === 'exact') return;
  const u = unit;
  const tail = c.outcome === 'tail';
  const message: Text = {
    zh: `应满足 ${identity.zh}：${show(c.actual)}${u} ${relation} ${show(c.expected)}${u} 不成立（差额 ${show(c.difference)}${tail ? `，尾差允许 ${show(c.allowance)}：属尾差` : ''}）`,
    en: `Expected ${identity.en}: ${show(c.actual)} ${u} ${relation} ${show(c.expected)} ${u} does not hold (difference ${show(c.difference)}${tail ? `; rounding allows ${show(c.allowance)}: a rounding tail (尾差)` : ''})`,
  };
  ctx.report({ at: a, related: [b], message, comparison: c, ...(severity ? { severity } : {}) });
}

export const ident = (zh: string, en = zh): Text => ({ zh, en });
