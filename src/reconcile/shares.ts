/**
 * The shares a narrative states ("占83.61%"), recomputed from the tables: income by source,
 * expenditure by function class, 基本 vs 项目, 人员 vs 公用, each 三公 item. Each share is the
 * printed part over the printed whole, rounded half up to the narrative's two decimals.
 */
import type { Text } from '../load/messages.js';
import type { Path } from '../load/tree.js';
import type { Disclosure, Grid, Row, Table } from '../model/disclosure.js';
import type { Dec } from '../model/decimal.js';
import { rowLabel, totalRow } from '../rules/lib/cells.js';
import { structureOf } from '../rules/lib/summary.js';
import { percentText } from './rounding.js';

export interface Share {
  readonly label: string;
  readonly path: Path;
  readonly value: string;
  /** Percent of the whole, two decimals, half up. */
  readonly percent: string;
}

export interface ShareGroup {
  readonly id: 'income-by-source' | 'expenditure-by-class' | 'basic-vs-project' | 'personnel-vs-public' | 'three-public';
  readonly title: Text;
  readonly whole: { readonly label: string; readonly path: Path; readonly value: string; readonly unit: string };
  readonly shares: readonly Share[];
}

const pct = (part: Dec, whole: Dec): string => percentText(part, whole, 2);

function group(id: ShareGroup['id'], title: Text, table: Table, wholeRow: Row, wholeKey: string, parts: readonly { row: Row; key: string; label?: string }[]): ShareGroup | undefined {
  const whole = wholeRow.amounts.get(wholeKey);
  if (!whole || whole.value.isZero()) return undefined;
  return {
    id,
    title,
    whole: { label: [table.title, rowLabel(wholeRow), wholeKey].filter((s) => s !== '').join(' › '), path: [...wholeRow.path, wholeKey], value: whole.text, unit: table.unit },
    shares: parts.flatMap(({ row, key, label }) => {
      const a = row.amounts.get(key);
      return a ? [{ label: label ?? rowLabel(row), path: [...row.path, key], value: a.text, percent: pct(a.value, whole.value) }] : [];
    }),
  };
}

function firstAmountKey(g: Grid): string | undefined {
  return g.columns.find((c) => c.kind === 'amount')?.key;
}

export function recomputeShares(d: Disclosure): ShareGroup[] {
  const out: (ShareGroup | undefined)[] = [];
  const t = d.tables;
  const income = t.summary?.blocks.income;
  if (t.summary && income) {
    const s = structureOf(income);
    const whole = s.subtotal ?? s.grand;
    const key = firstAmountKey(income);
    if (whole && key) {
      out.push(group('income-by-source', { zh: '收入来源占比', en: 'Income by source' }, t.summary, whole, key, [...s.tops.map((x) => ({ row: x.row, key })), ...(s.carry ? [{ row: s.carry, key }] : [])]));
    }
  }
  const exp = t.expenditure;
  const eg = exp?.grid;
  const et = eg && totalRow(eg);
  if (exp && eg && et) {
    const classes = eg.rows.filter((r) => r.code?.length === 3);
    out.push(group('expenditure-by-class', { zh: '支出功能分类占比', en: 'Expenditure by function class' }, exp, et, '合计', classes.map((row) => ({ row, key: '合计' }))));
    out.push(group('basic-vs-project', { zh: '基本支出与项目支出', en: 'Basic vs project expenditure' }, exp, et, '合计', [{ row: et, key: '基本支出', label: '基本支出' }, { row: et, key: '项目支出', label: '项目支出' }]));
  }
  const econ = t.general_basic_economic;
  const cg = econ?.grid;
  const ct = cg && totalRow(cg);
  if (econ && cg && ct) {
    out.push(group('personnel-vs-public', { zh: '人员经费与公用经费', en: 'Personnel vs public costs' }, econ, ct, '合计', [{ row: ct, key: '人员经费', label: '人员经费' }, { row: ct, key: '公用经费', label: '公用经费' }]));
  }
  const tp = t.three_public;
  const tg = tp?.grid;
  const tt = tg?.rows.find((r) => (r.name ?? '').replace(/\s+/g, '') === '合计');
  if (tp && tg && tt) {
    const items = tg.rows.filter((r) => /^(因公出国|公务接待费|公务用车购置及运行费)/.test(r.name ?? ''));
    out.push(group('three-public', { zh: '“三公”经费构成', en: '"Three public" items' }, tp, tt, '合计', items.map((row) => ({ row, key: '合计' }))));
  }
  const combined = t.three_public_and_operating;
  const row = combined?.grid?.rows[0];
  if (combined && row) {
    const keys = ['因公出国（境）费', '公务接待费', '公务用车购置及运行费'];
    out.push(group('three-public', { zh: '“三公”经费构成', en: '"Three public" items' }, combined, row, '合计', keys.map((key) => ({ row, key, label: key }))));
  }
  return out.filter((g): g is ShareGroup => g !== undefined);
}
