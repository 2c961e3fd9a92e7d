/**
 * The 项目支出绩效目标表 read from the reference's tab text against the hand-verified fixture,
 * form by form. Only the 大同 reference prints these forms among our sources; the fixture is parsed
 * failsafe, so every value (amounts included) is compared as its printed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTargets } from '../../src/import/targets.js';
import { type Cell, type Line, linesOfLayoutText, linesOfTabText } from '../../src/import/source.js';

const text = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('readTargets on the 大同 reference', () => {
  const want: unknown[] = parse(text('datong-hrss-2026.yaml'), { schema: 'failsafe' }).performance_targets;
  const got = readTargets(linesOfTabText(text('sources/datong-hrss-2026-unit-budget.txt')));

  it('finds the six forms, in printed order', () => {
    expect(got.map((t) => t.project)).toEqual(want.map((t) => (t as { project: string }).project));
  });

  it.each(want.map((w, i) => [i + 1, (w as { project: string }).project, i] as const))('form %i (%s) is read exactly', (_n, _project, i) => {
    expect(got[i]).toEqual(want[i]);
  });

  it('keeps every amount as printed text', () => {
    const amounts = got.flatMap((t) => [t.funds.total, ...t.funds.sources].flatMap((p) => [p.period, p.annual]));
    expect(amounts.every((a) => a === undefined || typeof a === 'string')).toBe(true);
    expect(got[0]?.funds.sources[0]).toEqual({ name: '中央财政资金', period: '0', annual: '0' });
  });
});

describe('readTargets on the other sources', () => {
  it.each(['putuo-zhengfuban-2025-dept-budget.txt', 'shanghai-caizhengju-2025-unit-budget.txt', 'js-gaoyuan-2019-dept-budget.txt'])('%s prints no form', (name) => {
    expect(readTargets(linesOfLayoutText(text(`sources/${name}`)))).toEqual([]);
  });
});

/** A line of cells at the given tab stops, as linesOfTabText gives them. */
const row = (y: number, ...cells: (readonly [number, string])[]): Line => {
  const cs: Cell[] = cells.map(([i, t]) => ({ text: t, x0: i * 100, x1: i * 100 + 99 }));
  return { page: 1, y, unit: 'tab', cells: cs, text: cs.map((c) => c.text).join(' ') };
};

describe('readTargets on small forms', () => {
  it('takes a title without a 项目名称 row below for no form (a mention, or 目录)', () => {
    expect(readTargets([row(1, [0, '项目支出绩效目标表']), row(2, [0, '一、部门职责'])])).toEqual([]);
  });

  it('reads a form in 万元 whose signoff values sit in their label cells', () => {
    const [form] = readTargets([
      row(1, [0, '某部门项目支出绩效目标表']),
      row(2, [0, '项目名称'], [1, '甲项目']),
      row(3, [0, '项目资金（万元）'], [1, '实施期资金总额：'], [2, '1.50'], [3, '年度资金总额：'], [4, '1.50']),
      row(4, [1, '其中：中央财政资金'], [2, '1.50'], [3, '其中：中央财政资金'], [4, '1.50']),
      row(5, [0, '项目概况'], [1, '概况。']),
      row(6, [0, '负责人：张三'], [1, '填报日期：'], [2, '20250101']),
    ]);
    expect(form).toEqual({
      title: '某部门项目支出绩效目标表',
      project: '甲项目',
      funds: { unit: '万元', total: { period: '1.50', annual: '1.50' }, sources: [{ name: '中央财政资金', period: '1.50', annual: '1.50' }] },
      overview: '概况。',
      indicators: {},
      signoff: { responsible: '张三', filled_on: '20250101' },
    });
  });

  it('carries merged 一级 and 二级指标 down, and reads a row shifted left by a merged cell', () => {
    const [form] = readTargets([
      row(1, [0, '项目支出绩效目标表']),
      row(2, [0, '项目名称'], [2, '乙项目']),
      row(3, [0, '绩效指标'], [1, '一级指标'], [2, '二级指标'], [3, '三级指标'], [4, '指标值'], [5, '二级指标'], [6, '三级指标'], [7, '指标值']),
      row(4, [1, '效益指标'], [2, '社会效益'], [3, '甲'], [4, '促进'], [5, '社会效益'], [6, '甲'], [7, '促进']),
      row(5, [3, '乙'], [4, '促进'], [6, '乙'], [7, '促进']),
      row(6, [1, '可持续影响'], [4, '可持续影响']),
    ]);
    const sideOf = [
      { level1: '效益指标', level2: '社会效益', level3: '甲', value: '促进' },
      { level1: '效益指标', level2: '社会效益', level3: '乙', value: '促进' },
      { level1: '效益指标', level2: '可持续影响' },
    ];
    expect(form?.indicators).toEqual({ period: sideOf, annual: sideOf });
  });
});
