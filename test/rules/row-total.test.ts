import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../src/rules/row-total.js';
import { brief, expenditureTable, related, runRule, yamlOf } from './harness.js';

const table = (row: string) => yamlOf(expenditureTable(row));

describe('row-total', () => {
  it('passes a row whose 合计 is its parts', () => {
    expect(runRule(rowTotal, table('{name: 合计, 合计: 985.92, 基本支出: 884.55, 项目支出: 101.37}')).findings).toEqual([]);
  });

  it('reports a discrepancy at the 合计 cell, with its parts as related figures', () => {
    const [f, ...rest] = runRule(rowTotal, table('{name: 合计, 合计: 985.92, 基本支出: 884.55, 项目支出: 101.27}')).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('18:24 error discrepancy 支出总表 › 合计 › 合计 | 985.82 985.92 0.1 0.015');
    expect(related(f)).toEqual(['支出总表 › 合计 › 基本支出 @18:38', '支出总表 › 合计 › 项目支出 @18:52']);
    expect(f?.message.en).toBe('Expected 合计 = 基本支出 + 项目支出 = 985.82 万元, printed 985.92 万元 (difference 0.1; rounding allows 0.015)');
    expect(f?.message.zh).toBe('应为 合计 = 基本支出 + 项目支出 = 985.82万元，印刷为 985.92万元（差额 0.1，尾差允许 0.015）');
  });

  it('reports a rounding tail as info', () => {
    const [f] = runRule(rowTotal, table('{name: 合计, 合计: 1179.18, 基本支出: 985.92, 项目支出: 193.27}')).findings;
    expect(f && brief(f)).toBe('18:24 info tail 支出总表 › 合计 › 合计 | 1179.19 1179.18 -0.01 0.015');
  });

  it('treats a blank 合计 beside printed parts as zero', () => {
    const [f] = runRule(rowTotal, table('{name: 行政运行, 基本支出: 10.00}')).findings;
    expect(f && brief(f)).toBe('18:9 error discrepancy 支出总表 › 行政运行 › 合计 | 10 0 -10 0.005');
  });

  it('checks a column against the columns printed under it, and leaves those out of 合计', () => {
    const yaml = yamlOf(`tables:
  expenditure:
    title: 支出总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 基本支出, header: [基本支出, 小计]}
      - {key: 人员经费, header: [基本支出, 人员经费]}
      - {key: 公用经费, header: [基本支出, 公用经费]}
      - {key: 项目支出}
    rows:
      - {name: 合计, 合计: 30.00, 基本支出: 20.00, 人员经费: 16.00, 公用经费: 5.00, 项目支出: 10.00}`);
    expect(runRule(rowTotal, yaml).findings.map(brief)).toEqual(['20:37 error discrepancy 支出总表 › 合计 › 小计 | 21 20 -1 0.015']);
  });

  it('stands the parts in for a 基本支出 printed only as their header (普陀 单位预算 表1)', () => {
    const grid = (row: string) =>
      yamlOf(`tables:
  expenditure:
    title: 支出总表
    unit: 元
    columns:
      - {key: name}
      - {key: 合计, header: [预算数, 合计]}
      - {key: 人员经费, header: [预算数, 基本支出, 人员经费]}
      - {key: 公用经费, header: [预算数, 基本支出, 公用经费]}
      - {key: 项目支出, header: [预算数, 项目支出]}
    rows:
      - ${row}`);
    // 82,096,797.42 = 13,819,399.88 + 1,867,397.54 + 66,410,000.00, as printed.
    expect(runRule(rowTotal, grid('{name: 一、一般公共服务支出, 合计: "82,096,797.42", 人员经费: "13,819,399.88", 公用经费: "1,867,397.54", 项目支出: "66,410,000.00"}')).findings).toEqual([]);
    // One checked identity, 合计 = 人员经费 + 公用经费 + 项目支出; not 合计 = 项目支出 and 合计 = 人员 + 公用.
    expect(runRule(rowTotal, grid('{name: 一、一般公共服务支出, 合计: "82,096,797.42", 人员经费: "13,819,399.88", 公用经费: "1,867,397.54", 项目支出: "66,400,000.00"}')).findings.map(brief)).toEqual([
      '19:32 error discrepancy 支出总表 › 一、一般公共服务支出 › 合计 | 82086797.42 82096797.42 10000 0.02',
    ]);
  });

  it('counts a column once: 一般公共预算 printed under a header-only 财政拨款 is not added twice', () => {
    const yaml = yamlOf(`tables:
  income:
    title: 收入总表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
      - {key: 一般公共预算, header: [财政拨款, 一般公共预算]}
      - {key: 政府性基金预算, header: [财政拨款, 政府性基金预算]}
      - {key: 事业收入}
    rows:
      - {name: 合计, 合计: 30.00, 一般公共预算: 20.00, 政府性基金预算: 5.00, 事业收入: 5.00}
      - {name: 行政运行, 合计: 31.00, 一般公共预算: 20.00, 政府性基金预算: 5.00, 事业收入: 5.00}`);
    const [f, ...rest] = runRule(rowTotal, yaml).findings;
    expect(rest).toEqual([]);
    expect(f?.message.en).toBe('Expected 合计 = 一般公共预算 + 政府性基金预算 + 事业收入 = 30 万元, printed 31 万元 (difference 1; rounding allows 0.02)');
  });
});
