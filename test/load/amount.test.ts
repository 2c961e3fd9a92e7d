import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/model/amount.js';

describe('parseAmount', () => {
  it.each([
    ['1179.18', '1179.18', 2],
    ['1,179.18', '1179.18', 2],
    ['985.90', '985.9', 2],
    ['20,374,181', '20374181', 0],
    ['0', '0', 0],
    ['0.00', '0', 2],
    ['-12.50', '-12.5', 2],
    ['91,016,775.35', '91016775.35', 2],
    ['123456789012345.67', '123456789012345.67', 2],
  ])('reads %s exactly, keeping its printed decimals', (text, value, decimals) => {
    const a = parseAmount(text);
    if (typeof a === 'string') throw new Error(a);
    expect(a.value.toString()).toBe(value);
    expect(a.decimals).toBe(decimals);
    expect(a.text).toBe(text);
  });

  it('keeps digits a JS number would lose', () => {
    const a = parseAmount('9007199254740993.01');
    if (typeof a === 'string') throw new Error(a);
    expect(a.value.toFixed(2)).toBe('9007199254740993.01');
  });

  it.each([
    ['1.179,18', 'separator'],
    ['1,17,918', 'separator'],
    ['1,179.1.8', 'separator'],
    ['12a', 'malformed'],
    ['1e3', 'malformed'],
    ['', 'empty'],
    ['  ', 'empty'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseAmount(text)).toBe(reason);
  });
});
