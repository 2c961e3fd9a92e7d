/**
 * The rounding rule (docs/rules/README.md): a figure printed with d decimals stands
 * for every value within ±½·10⁻ᵈ of it, in its own unit. An identity between printed figures is
 * exact when they add up, a rounding tail (尾差) when they don't but their intervals can still
 * meet, and a discrepancy otherwise. Every comparison of amounts in the project goes through here.
 */
import type { Amount } from '../model/amount.js';
import { Dec } from '../model/decimal.js';
import type { AmountUnit } from '../model/vocabulary.js';

export type Outcome = 'exact' | 'tail' | 'discrepancy';

/** A printed figure with the unit it was printed in. */
export interface Fig {
  readonly amount: Amount;
  readonly unit: AmountUnit;
}

const YUAN_PER: Record<AmountUnit, Dec> = { 元: new Dec(1), 万元: new Dec(10000) };
const HALF = new Dec('0.5');

/** The value in 元. (A 元 figure is its own value: no multiplication on the hot path.) */
export const yuan = (f: Fig): Dec => (f.unit === '元' ? f.amount.value : f.amount.value.times(YUAN_PER[f.unit]));

/** ½·10⁻ᵈ in each unit, by decimals: computed once, not for every figure of every sum. */
const HALVES: Record<AmountUnit, Dec[]> = { 元: [], 万元: [] };
const half = (decimals: number, unit: AmountUnit): Dec => {
  const cached = HALVES[unit][decimals];
  if (cached) return cached;
  const v = HALF.times(new Dec(10).pow(-decimals)).times(YUAN_PER[unit]);
  HALVES[unit][decimals] = v;
  return v;
};
const ZERO_DEC = new Dec(0);
/** Decimals that mark a figure as exact: a blank cell's zero, a stated threshold ("≤30万元"). */
export const EXACT = 64;

/**
 * Half a unit of the last printed decimal, in 元: how far the true value may lie from the figure.
 *
 * A bare "0" (no decimals) states that nothing is there, as "上年结转0万元" does: it is exact, and
 * does not widen a sum's allowance by half a 万元. "0.00" is a figure like any other.
 */
export const halfUnit = (f: Fig): Dec =>
  f.amount.decimals >= EXACT || (f.amount.decimals === 0 && f.amount.value.isZero()) ? ZERO_DEC : half(f.amount.decimals, f.unit);
/** A value in 元 expressed in a unit. */
export const inUnit = (v: Dec, unit: AmountUnit): Dec => v.div(YUAN_PER[unit]);

export interface Comparison {
  readonly outcome: Outcome;
  /** What the related figures say the figure should be, in the figure's unit. */
  readonly expected: Dec;
  /** The figure as printed. */
  readonly actual: Dec;
  /** actual − expected, in the figure's unit. */
  readonly difference: Dec;
  /** The largest difference rounding can explain, in the figure's unit. */
  readonly allowance: Dec;
}

/**
 * total = Σ parts. A part may be subtracted (sign −1) for identities such as 总计 − 结转 = 合计.
 * Absent figures are not passed: a blank cell adds nothing and carries no rounding.
 */
export function compareSum(total: Fig, parts: readonly Fig[], signs?: readonly (1 | -1)[]): Comparison {
  let sum = new Dec(0);
  let allowance = halfUnit(total);
  parts.forEach((p, i) => {
    sum = signs?.[i] === -1 ? sum.minus(yuan(p)) : sum.plus(yuan(p));
    allowance = allowance.plus(halfUnit(p));
  });
  const diff = yuan(total).minus(sum);
  // Exact when the parts, at the total's printed precision, are the total: 57,159 元 is 5.7159 万元,
  // which a printed 5.72 states exactly. Only the printed total is rounded, never a part.
  const expected = inUnit(sum, total.unit);
  const rounded = total.amount.decimals >= EXACT ? expected : expected.toDecimalPlaces(total.amount.decimals, Dec.ROUND_HALF_UP);
  const outcome: Outcome = rounded.eq(total.amount.value) ? 'exact' : diff.abs().lte(allowance) ? 'tail' : 'discrepancy';
  return {
    outcome,
    expected,
    actual: total.amount.value,
    difference: inUnit(diff, total.unit),
    allowance: inUnit(allowance, total.unit),
  };
}

/** a = b: the sum of one part. */
export const compareEqual = (a: Fig, b: Fig): Comparison => compareSum(a, [b]);

/** Zero as a printed figure with no rounding, for a blank cell that an identity needs. */
export const ZERO: Amount = { text: '', value: new Dec(0), decimals: EXACT };

export type Relation = '≤' | '<' | '≥' | '>' | '=';

/** a R b ⟺ b flip(R) a. */
const FLIPPED: Record<Relation, Relation> = { '≤': '≥', '<': '>', '≥': '≤', '>': '<', '=': '=' };
export const flip = (r: Relation): Relation => FLIPPED[r];

/**
 * a ≤ b (or another relation) between printed figures. Holds when the printed values satisfy it;
 * a tail when only values inside the figures' intervals do; broken otherwise. A strict relation
 * between equal printed values is broken: "<30万元" is not kept by 30.00万元.
 */
export function compareRelation(a: Fig, relation: Relation, b: Fig): Comparison {
  if (relation === '=') return compareEqual(a, b);
  const x = yuan(a);
  const y = yuan(b);
  const holds = (p: Dec, q: Dec) =>
    relation === '≤' ? p.lte(q) : relation === '<' ? p.lt(q) : relation === '≥' ? p.gte(q) : p.gt(q);
  const slack = halfUnit(a).plus(halfUnit(b));
  const outcome: Outcome = holds(x, y) ? 'exact' : x.minus(y).abs().lte(slack) && !x.eq(y) ? 'tail' : 'discrepancy';
  return {
    outcome,
    expected: inUnit(y, a.unit),
    actual: a.amount.value,
    difference: inUnit(x.minus(y), a.unit),
    allowance: inUnit(slack, a.unit),
  };
}

/** Decimal strings for reports: plain notation, trailing zeros kept as computed. */
export const show = (v: Dec): string => v.toFixed();

/** The interval a printed figure stands for, in 元: [value − ½ unit, value + ½ unit]. */
export const bounds = (f: Fig): [Dec, Dec] => {
  const v = yuan(f);
  const h = halfUnit(f);
  return [v.minus(h), v.plus(h)];
};

/** part ÷ whole as a percentage, rounded half up to `decimals` places (the way it is printed). */
export const percentText = (part: Dec, whole: Dec, decimals: number): string => part.div(whole).times(100).toFixed(decimals, Dec.ROUND_HALF_UP);

/**
 * Can a stated percentage be the rounding of some ratio in [lo, hi] (both in percent)? The stated
 * figure stands for ±½ unit of its last decimal, like every printed figure.
 */
export function percentWithin(lo: Dec, hi: Dec, stated: { readonly value: Dec; readonly decimals: number }): boolean {
  const h = HALF.times(new Dec(10).pow(-stated.decimals));
  return lo.lt(stated.value.plus(h)) && hi.gte(stated.value.minus(h));
}
