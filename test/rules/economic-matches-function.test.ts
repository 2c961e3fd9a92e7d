import { describe, expect, it } from 'vitest';
import { economicMatchesFunction } from '../../src/rules/economic-matches-function.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** A function table's 基本支出 by 项 (lines 9–19). */
const functional = (role = 'general_expenditure', title = '一般公共预算支出表') => `  ${role}:
    title: ${title}
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 基本支出}
    rows:
      - {code: "2080505", name: 机关事业单位基本养老保险缴费支出, 基本支出: 97.22}
      - {code: "2101101", name: 行政单位医疗, 基本支出: 42.53}
      - {code: "2101102", name: 事业单位医疗, 基本支出: 10.00}`;

/** Then the economic table: 养老保险缴费 on line 28, 医疗保险缴费 on 29, 住房公积金 (no 2210201 printed) on 30. */
const doc = ({ pension = '97.22', medical = '52.53', fn = functional() } = {}) =>
  yamlOf(`tables:
${fn}
  general_basic_economic:
    title: 基本支出经济科目表
    unit: 万元
    columns:
      - {key: name}
      - {key: gov_econ}
      - {key: 合计}
    rows:
      - {name: 机关事业单位基本养老保险缴费, gov_econ: 社会保障缴费, 合计: ${pension}}
      - {name: 职工基本医疗保险缴费, gov_econ: 社会保障缴费, 合计: ${medical}}
      - {name: 住房公积金, gov_econ: 住房公积金, 合计: 88.03}`);

describe('economic-matches-function', () => {
  it('passes economic items equal to the 基本支出 of their function codes', () => {
    const r = runRule(economicMatchesFunction, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('warns about a pension contribution that differs from 2080505', () => {
    const [f, ...rest] = runRule(economicMatchesFunction, doc({ pension: '97.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('28:54 warning discrepancy 基本支出经济科目表 › 机关事业单位基本养老保险缴费 › 合计 | 97.22 97 -0.22 0.01');
    expect(related(f)).toEqual(['一般公共预算支出表 › 2080505 机关事业单位基本养老保险缴费支出 › 基本支出 @17:57']);
    expect(f?.message.en).toBe('Expected 机关事业单位基本养老保险缴费 = 2080505 basic = 97.22 万元, printed 97 万元 (difference -0.22; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 机关事业单位基本养老保险缴费 = 2080505 基本支出 = 97.22万元，印刷为 97万元（差额 -0.22，尾差允许 0.01）');
  });

  it('adds 2101101 and 2101102 for the medical insurance contribution, here a rounding tail', () => {
    const { findings } = runRule(economicMatchesFunction, doc({ medical: '52.54' }));
    expect(findings.map(brief)).toEqual(['29:50 info tail 基本支出经济科目表 › 职工基本医疗保险缴费 › 合计 | 52.53 52.54 0.01 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 职工基本医疗保险缴费 = 2101101 + 2101102 basic = 52.53 万元, printed 52.54 万元 (difference 0.01; rounding allows 0.015): a rounding tail (尾差)');
  });

  it('falls back to the expenditure table when there is no general expenditure table', () => {
    const { findings } = runRule(economicMatchesFunction, doc({ medical: '42.53', fn: functional('expenditure', '支出总表') }));
    expect(findings.map(brief)).toEqual(['29:50 warning discrepancy 基本支出经济科目表 › 职工基本医疗保险缴费 › 合计 | 52.53 42.53 -10 0.015']);
  });

  it('skips a document with no function table', () => {
    const r = runRule(economicMatchesFunction, doc({ pension: '1.00', fn: '' }));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no economic or function table']);
  });
});
