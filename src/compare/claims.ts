/**
 * The newer year's claims about the older one, checked against the older disclosure: "比上年增长
 * 56.85万元，增长5.07%" means last year's figure was 1,122.33; "与上年预算数相同" means the same
 * figure. Claims about last year's execution (预算执行数) cannot be checked against a budget.
 */
import type { Text } from '../load/messages.js';
import type { Loaded } from '../load/load.js';
import type { Path } from '../load/tree.js';
import type { Dec } from '../model/decimal.js';
import type { Disclosure, Grid } from '../model/disclosure.js';
import type { TableRole } from '../model/vocabulary.js';
import type { ChangeClaim } from '../narrative/claims.js';
import type { Link } from '../narrative/link.js';
import { analyse } from '../narrative/verify.js';
import { bounds, compareSum, type Fig, inUnit, percentText, percentWithin, show, yuan, ZERO } from '../reconcile/rounding.js';
import { excerpt } from '../rules/lib/claims.js';
import { rowKey } from './diff.js';

export type Verdict = 'verified' | 'contradicted' | 'tail' | 'unverifiable';

export interface Place {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The printed page, when the file was a published document imported in memory. */
  readonly page?: number;
  readonly place: string;
  readonly value?: string;
}

export interface PriorClaim {
  readonly claim: string;
  readonly at: Place;
  /** The figure the claim is about, in the newer year. */
  readonly current?: Place;
  /** The same figure in the older year. */
  readonly prior?: Place;
  readonly verdict: Verdict;
  readonly reason: Text;
  /** What the claim should say, from the two years' figures. */
  readonly expected?: string;
}

function gridAt(d: Disclosure, path: Path): { grid: Grid; role: string; block?: string; index: number; column: string } | undefined {
  if (path[0] !== 'tables') return undefined;
  const role = String(path[1]);
  const table = d.tables[role as keyof Disclosure['tables']];
  if (!table) return undefined;
  if (path[2] === 'rows' && table.grid) return { grid: table.grid, role, index: Number(path[3]), column: String(path[4]) };
  const block = String(path[2]);
  const grid = table.blocks[block as keyof typeof table.blocks];
  return grid ? { grid, role, block, index: Number(path[4]), column: String(path[5]) } : undefined;
}


/** The older year's figure at the place of a newer year's link: the same table, row and column. */
export function priorOf(oldLoaded: Loaded, neu: Disclosure, link: Link): { fig: Fig; place: Place } | undefined {
  const old = oldLoaded.disclosure;
  const here = (path: Path, place: string, fig: Fig): { fig: Fig; place: Place } => ({
    fig,
    place: { file: oldLoaded.file, ...oldLoaded.locate(path), place, ...(fig.amount.text !== '' ? { value: fig.amount.text } : {}) },
  });
  if (link.path[0] === 'procurement') {
    const field = String(link.path[1]) as 'total';
    const p = old.procurement;
    if (!p) return undefined;
    const a = p[field];
    return here(['procurement', field], `政府采购 › ${field}`, { amount: a ?? ZERO, unit: p.unit });
  }
  const at = gridAt(neu, link.path);
  const row = at?.grid.rows[at.index];
  if (!at || !row) return undefined;
  const role = at.role as TableRole;
  const key = rowKey(role, row);
  const table = old.tables[at.role as keyof Disclosure['tables']];
  const grid = at.block ? table?.blocks[at.block as keyof typeof table.blocks] : table?.grid;
  const oi = grid?.rows.findIndex((r) => rowKey(role, r) === key) ?? -1;
  const orow = grid?.rows[oi];
  if (!table || !grid || !orow) return undefined;
  // The same column; a year that keys its one amount column otherwise (金额 / 合计) is read there.
  // A column the older table does not print at all is not a zero: the claim is then unverifiable.
  const column = grid.columns.some((c) => c.key === at.column)
    ? at.column
    : grid.columns.filter((c) => c.kind === 'amount').length === 1
      ? grid.columns.find((c) => c.kind === 'amount')?.key
      : undefined;
  if (column === undefined) return undefined;
  const a = orow.amounts.get(column);
  const path: Path = at.block ? ['tables', at.role, at.block, 'rows', oi, column] : ['tables', at.role, 'rows', oi, column];
  return here(path, [table.title, [orow.code, orow.name].filter(Boolean).join(' '), column].join(' › '), { amount: a ?? ZERO, unit: table.unit });
}

/** Can (new − old) ÷ old, within the figures' intervals, round to the stated percent? */
function rateHolds(current: Fig, prior: Fig, percent: { value: Dec; decimals: number }, up: boolean): { holds: boolean; rate: string } | undefined {
  const [cl, ch] = bounds(current);
  const [pl, ph] = bounds(prior);
  if (pl.lte(0)) return undefined;
  const signed = (x: Dec) => (up ? x : x.neg());
  const lo = up ? cl.div(ph).minus(1).times(100) : pl.minus(ch).div(ph).times(100);
  const hi = up ? ch.div(pl).minus(1).times(100) : ph.minus(cl).div(pl).times(100);
  // The rate as it would be printed, by the same rounding step as every recomputed percentage.
  return { holds: percentWithin(lo, hi, percent), rate: percentText(signed(yuan(current).minus(yuan(prior))), yuan(prior), percent.decimals) };
}

export function checkPriorClaims(oldLoaded: Loaded, newLoaded: Loaded): PriorClaim[] {
  const analysis = analyse(newLoaded);
  const out: PriorClaim[] = [];
  const placeOf = (c: ChangeClaim): Place => ({
    file: newLoaded.file,
    ...newLoaded.position(c.prose.offsets[c.start] ?? 0),
    place: excerpt(c),
  });
  for (const c of analysis.claims) {
    if (c.kind !== 'change') continue;
    const at = placeOf(c);
    const base = { claim: c.label, at };
    if (c.basis === 'execution') {
      out.push({ ...base, verdict: 'unverifiable', reason: { zh: '与上年执行数比较，无法用上年预算核对', en: "compares with last year's execution, which a budget cannot confirm" } });
      continue;
    }
    if (c.year !== undefined && c.year !== oldLoaded.disclosure.document.year) {
      out.push({ ...base, verdict: 'unverifiable', reason: { zh: `与 ${c.year} 年比较，而旧文件是 ${oldLoaded.disclosure.document.year} 年`, en: `compares with ${c.year}, but the older document is ${oldLoaded.disclosure.document.year}` } });
      continue;
    }
    const link = c.of ? analysis.links.get(c.of) : undefined;
    const prior = link ? priorOf(oldLoaded, newLoaded.disclosure, link) : undefined;
    if (!c.of || !link || !prior) {
      out.push({ ...base, verdict: 'unverifiable', reason: { zh: '未能在旧文件中找到对应的数字', en: 'the figure it is about was not found in the older document' } });
      continue;
    }
    const current: Fig = link.fig ?? { amount: c.of.amount, unit: c.of.unit };
    const cur: Place = { file: newLoaded.file, ...newLoaded.locate(link.path), place: link.place.filter(Boolean).join(' › '), ...(link.text ? { value: link.text } : {}) };
    const delta = inUnitText(yuan(current).minus(yuan(prior.fig)), c.delta?.unit ?? c.of.unit);
    const rateNote = yuan(prior.fig).isZero() ? '' : `，${percentText(yuan(current).minus(yuan(prior.fig)), yuan(prior.fig), 2)}%`;
    const expected = `${delta}${c.delta?.unit ?? c.of.unit}${rateNote}`;
    const done = (verdict: Verdict, reason: Text) => out.push({ ...base, current: cur, prior: prior.place, verdict, reason, expected });
    if (c.direction === 'same') {
      const cmp = compareSum(current, [prior.fig]);
      done(cmp.outcome === 'exact' ? 'verified' : cmp.outcome === 'tail' ? 'tail' : 'contradicted', {
        zh: `上年为 ${prior.place.value ?? '0'}，今年为 ${link.text ?? '0'}`,
        en: `last year ${prior.place.value ?? '0'}, this year ${link.text ?? '0'}`,
      });
      continue;
    }
    const up = c.direction === 'up';
    const checks: { ok: boolean; tail: boolean; zh: string; en: string }[] = [];
    if (c.delta) {
      const d: Fig = { amount: c.delta.amount, unit: c.delta.unit };
      const cmp = compareSum(current, [prior.fig, d], [1, up ? 1 : -1]);
      checks.push({ ok: cmp.outcome !== 'discrepancy', tail: cmp.outcome === 'tail', zh: `按两年数字增减额为 ${delta}${c.delta.unit}`, en: `the two years give a change of ${delta} ${c.delta.unit}` });
    }
    if (c.percent) {
      const r = rateHolds(current, prior.fig, c.percent, up);
      if (r) checks.push({ ok: r.holds, tail: false, zh: `按两年数字增减率为 ${r.rate}%`, en: `the two years give ${r.rate}%` });
    }
    if (checks.length === 0) {
      done('unverifiable', { zh: '说法中没有可核对的数字', en: 'the claim states no figure to check' });
      continue;
    }
    const bad = checks.filter((x) => !x.ok);
    const verdict: Verdict = bad.length > 0 ? 'contradicted' : checks.some((x) => x.tail) ? 'tail' : 'verified';
    const shown = bad.length > 0 ? bad : checks;
    done(verdict, { zh: shown.map((x) => x.zh).join('；'), en: shown.map((x) => x.en).join('; ') });
  }
  return out;
}

const inUnitText = (v: Dec, unit: '万元' | '元'): string => show(inUnit(v, unit));
