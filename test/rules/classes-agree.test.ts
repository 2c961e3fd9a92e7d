import { describe, expect, it } from 'vitest';
import { classesAgree } from '../../src/rules/classes-agree.js';
import { brief, related, runRule, yamlOf } from './harness.js';

const EXPENDITURE = `  expenditure:
    title: 支出总表
    unit: 万元
    columns:
      - {key: code}
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 合计, 合计: 150.00}
      - {code: "208", name: 社会保障和就业支出, 合计: 100.00}
      - {code: "221", name: 住房保障支出, 合计: 50.00}`;

/** The expenditure table (lines 9–19), then the summary's expenditure block with class lines 28–30. */
const doc = ({ social = '100.00', health = '{name: 十、卫生健康支出}', housing = '50.00', expenditure = EXPENDITURE } = {}) =>
  yamlOf(`tables:
${expenditure}
  summary:
    title: 收支总表
    unit: 万元
    expenditure:
      columns:
        - {key: name}
        - {key: 合计}
      rows:
        - {name: 八、社会保障和就业支出, 合计: ${social}}
        - ${health}
        - {name: 二十、住房保障支出, 合计: ${housing}}
        - {name: 本年支出合计, 合计: 150.00}`);

describe('classes-agree', () => {
  it('passes summary class lines equal to the classes of the expenditure table (a blank class may be absent there)', () => {
    const r = runRule(classesAgree, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a summary class line that differs from the class in the expenditure table', () => {
    const [f, ...rest] = runRule(classesAgree, doc({ social: '101.00' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('28:35 error discrepancy 收支总表 › 八、社会保障和就业支出 › 合计 | 100 101 1 0.01');
    expect(related(f)).toEqual(['支出总表 › 208 社会保障和就业支出 › 合计 @18:44']);
    expect(f?.message.en).toBe('Expected summary 社会保障和就业支出 = expenditure table 208 = 100 万元, printed 101 万元 (difference 1; rounding allows 0.01)');
    expect(f?.message.zh).toBe('应为 收支总表 社会保障和就业支出 = 支出总表 208 = 100万元，印刷为 101万元（差额 1，尾差允许 0.01）');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(classesAgree, doc({ housing: '50.01' }));
    expect(findings.map(brief)).toEqual(['30:33 info tail 收支总表 › 二十、住房保障支出 › 合计 | 50 50.01 0.01 0.01']);
  });

  it('reports a class with a figure in the summary that the expenditure table lacks', () => {
    const { findings } = runRule(classesAgree, doc({ health: '{name: 十、卫生健康支出, 合计: 5.00}' }));
    expect(findings.map(brief)).toEqual(['29:32 error finding 收支总表 › 十、卫生健康支出 › 合计']);
    expect(findings[0]?.message.en).toBe('The summary prints "卫生健康支出" at 5.00 万元, but the expenditure table has no such class');
    expect(findings[0]?.message.zh).toBe('收支总表列“卫生健康支出” 5.00万元，但支出总表中没有这一类');
  });

  it('skips a document with no expenditure table', () => {
    const r = runRule(classesAgree, doc({ social: '101.00', expenditure: '  income: {title: 收入总表, unit: 万元, columns: [], rows: []}' }));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no summary or expenditure table']);
  });
});
