import { describe, expect, it } from 'vitest';
import { summaryBalance } from '../../src/rules/summary-balance.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** A summary table, income block beside expenditure block; 支出总计 on line 25. */
const summary = (total: string, role = 'summary', title = '收支总表') =>
  yamlOf(`tables:
  ${role}:
    title: ${title}
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 本年收入合计, 金额: 120.00}
        - {name: 收入总计, 金额: 120.00}
    expenditure:
      columns:
        - {key: name}
        - {key: 合计}
      rows:
        - {name: 本年支出合计, 合计: 120.00}
        - ${total}`);

describe('summary-balance', () => {
  it('passes a summary whose 支出总计 is its 收入总计', () => {
    expect(runRule(summaryBalance, summary('{name: 支出总计, 合计: 120.00}')).findings).toEqual([]);
  });

  it('reports a 支出总计 that differs from the 收入总计', () => {
    const [f, ...rest] = runRule(summaryBalance, summary('{name: 支出总计, 合计: 121.00}')).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('25:28 error discrepancy 收支总表 › 支出总计 › 合计 | 120 121 1 0.01');
    expect(related(f)).toEqual(['收支总表 › 收入总计 › 金额 @18:28']);
    expect(f?.message.en).toBe('Expected 支出总计 = 收入总计 = 120 万元, printed 121 万元 (difference 1; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 支出总计 = 收入总计 = 120万元，印刷为 121万元（差额 1，尾差允许 0.01）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(summaryBalance, summary('{name: 支出总计, 合计: 120.01}'));
    expect(findings.map(brief)).toEqual(['25:28 info tail 收支总表 › 支出总计 › 合计 | 120 120.01 0.01 0.01']);
  });

  it('checks the appropriation summary too', () => {
    const { findings } = runRule(summaryBalance, summary('{name: 支出总计, 合计: 119.00}', 'appropriation_summary', '财政拨款收支总表'));
    expect(findings.map(brief)).toEqual(['25:28 error discrepancy 财政拨款收支总表 › 支出总计 › 合计 | 120 119 -1 0.01']);
  });

  it('treats a blank 支出总计 as zero', () => {
    const { findings } = runRule(summaryBalance, summary('{name: 支出总计}'));
    expect(findings.map(brief)).toEqual(['25:11 error discrepancy 收支总表 › 支出总计 › 合计 | 120 0 -120 0.005']);
  });

  it('reads the expenditure totals from 支出用途 where 功能分类 prints none (江苏)', () => {
    // 江苏 prints 支出合计 across both expenditure blocks, its figure under 支出用途.
    const jiangsu = yamlOf(`tables:
  summary:
    title: 收支预算总表
    unit: 万元
    income:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 收入合计, 金额: 120.00}
    expenditure:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 一、公共安全支出, 金额: 120.00}
    purpose:
      columns:
        - {key: name}
        - {key: 金额}
      rows:
        - {name: 一、基本支出, 金额: 121.00}
        - {name: 支出合计, 金额: 121.00}`);
    const { findings } = runRule(summaryBalance, jiangsu);
    expect(findings.map(brief)).toEqual(['30:28 error discrepancy 收支预算总表 › 支出合计 › 金额 | 120 121 1 0.01']);
  });
});
