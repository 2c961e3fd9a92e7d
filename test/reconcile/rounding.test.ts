import { describe, expect, it } from 'vitest';
import { type Amount, parseAmount } from '../../src/model/amount.js';
import { compareEqual, compareRelation, compareSum, type Fig, show } from '../../src/reconcile/rounding.js';

const amount = (text: string): Amount => {
  const a = parseAmount(text);
  if (typeof a === 'string') throw new Error(a);
  return a;
};
const wan = (text: string): Fig => ({ amount: amount(text), unit: '万元' });
const yuan = (text: string): Fig => ({ amount: amount(text), unit: '元' });

describe('compareSum: exact, tail or discrepancy', () => {
  it('is exact when the printed figures add up', () => {
    const r = compareSum(wan('985.92'), [wan('884.55'), wan('101.37')]);
    expect([r.outcome, show(r.expected), show(r.difference), show(r.allowance)]).toEqual(['exact', '985.92', '0', '0.015']);
  });

  it('tells the reference tail 1028.04 = 930.83 + 97.22 from a discrepancy', () => {
    const r = compareSum(wan('1028.04'), [wan('930.83'), wan('97.22')]);
    expect([r.outcome, show(r.expected), show(r.difference), show(r.allowance)]).toEqual(['tail', '1028.05', '-0.01', '0.015']);
  });

  // One cent either side of the allowance ½·10⁻²·(n + 1), for n components of two decimals.
  it.each([
    [1, '0.01', '0.02'],
    [2, '0.01', '0.02'],
    [10, '0.05', '0.06'],
    [40, '0.2', '0.21'],
  ])('with %i components: a difference of %s is a tail, %s a discrepancy', (n, tail, discrepancy) => {
    const parts = Array.from({ length: n }, () => wan('1.00'));
    const total = (delta: string) => wan(String(n + Number(delta)).includes('.') ? (n + Number(delta)).toFixed(2) : `${n + Number(delta)}.00`);
    expect(compareSum(total('0'), parts).outcome).toBe('exact');
    const t = compareSum(total(tail), parts);
    expect([t.outcome, show(t.difference), show(t.allowance)]).toEqual(['tail', tail, (0.005 * (n + 1)).toFixed(3).replace(/0+$/, '')]);
    expect(compareSum(total(`-${tail}`), parts).outcome).toBe('tail');
    expect(compareSum(total(discrepancy), parts).outcome).toBe('discrepancy');
    expect(compareSum(total(`-${discrepancy}`), parts).outcome).toBe('discrepancy');
  });

  it('gives a figure printed without decimals ±0.5', () => {
    expect(compareSum(yuan('20,374,181'), [yuan('20,374,180.60')]).outcome).toBe('exact');
    // allowance 0.5 + 0.005: a difference of 0.50 can be rounding, 0.51 cannot.
    expect(compareSum(yuan('20,374,181'), [yuan('20,374,180.50')]).outcome).toBe('exact');
    expect(compareSum(yuan('20,374,181'), [yuan('20,374,181.50')]).outcome).toBe('tail');
    expect(compareSum(yuan('20,374,181'), [yuan('20,374,180.49')]).outcome).toBe('discrepancy');
  });

  it('subtracts parts with a negative sign', () => {
    expect(compareSum(wan('1000.00'), [wan('1179.18'), wan('179.18')], [1, -1]).outcome).toBe('exact');
  });
});

describe('across units each figure keeps its own interval', () => {
  it('877,080.00 元 breaks a printed 87.70 万元, although it rounds to 87.71', () => {
    const r = compareEqual(wan('87.70'), yuan('877,080.00'));
    expect([r.outcome, show(r.expected), show(r.difference), show(r.allowance)]).toEqual(['discrepancy', '87.708', '-0.008', '0.0050005']);
  });

  it('57,159 元 lies inside a printed 5.72 万元: exact', () => {
    expect(compareEqual(wan('5.72'), yuan('57,159')).outcome).toBe('exact');
  });

  it('at the edge of 5.72 万元: 57,150 元 rounds (half up) to it, 57,149 元 does not', () => {
    expect(compareEqual(wan('5.72'), yuan('57,150')).outcome).toBe('exact');
    expect(compareEqual(wan('5.72'), yuan('57,249.99')).outcome).toBe('exact');
    expect(compareEqual(wan('5.72'), yuan('57,149')).outcome).toBe('discrepancy');
    expect(compareEqual(wan('5.72'), yuan('57,250.00')).outcome).toBe('tail'); // 5.725 rounds up, but lies on the interval
    expect(compareEqual(wan('5.72'), yuan('57,250.01')).outcome).toBe('discrepancy');
  });
});

describe('compareRelation: caps mean what they say', () => {
  const exactCap = (text: string): Fig => ({ amount: { ...amount(text), decimals: 64 }, unit: '万元' });
  it.each([
    ['300,000', '<', '30', 'discrepancy'],
    ['299,999', '<', '30', 'exact'],
    ['300,000', '≤', '30', 'exact'],
    ['300,001', '≤', '30', 'discrepancy'],
    ['300,000', '=', '30', 'exact'],
    ['300,000', '≥', '30', 'exact'],
    ['300,000', '>', '30', 'discrepancy'],
    ['300,001', '>', '30', 'exact'],
    ['170,500', '≤', '17.05', 'exact'],
  ] as const)('%s 元 %s %s 万元 is %s', (a, rel, cap, outcome) => {
    expect(compareRelation(yuan(a), rel, exactCap(cap)).outcome).toBe(outcome);
  });

  it('a strict cap equal to the amount is broken, even within rounding', () => {
    expect(compareRelation(wan('30.00'), '<', exactCap('30')).outcome).toBe('discrepancy');
    expect(compareRelation(wan('30.00'), '<', wan('30.00')).outcome).toBe('discrepancy');
    expect(compareRelation(wan('30.01'), '≤', wan('30.00')).outcome).toBe('tail');
  });
});

describe('a bare 0 states that nothing is there', () => {
  it('is exact: it does not widen a sum by half a unit', () => {
    // 20.50 = 7.50 + 0 + 13.50 would be a tail if "0" carried ±0.5万元; it is a discrepancy.
    expect(compareSum(wan('20.50'), [wan('7.50'), wan('0'), wan('13.50')]).outcome).toBe('discrepancy');
    expect(show(compareSum(wan('20.50'), [wan('7.50'), wan('0'), wan('13.00')]).allowance)).toBe('0.015');
  });

  it('while "0.00" is a printed figure with its own rounding', () => {
    expect(show(compareSum(wan('20.50'), [wan('7.50'), wan('0.00'), wan('13.00')]).allowance)).toBe('0.02');
  });
});
