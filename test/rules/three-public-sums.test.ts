import { describe, expect, it } from 'vitest';
import { threePublicSums } from '../../src/rules/three-public-sums.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** Items as rows (Shanxi): 公务用车购置及运行费 on line 18, 合计 on line 21. */
const rows = ({ car = '3.50', running = '3.50', total = '6.50' } = {}) =>
  yamlOf(`tables:
  three_public:
    title: “三公”经费支出表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 因公出国（境）费, 合计: 1.00}
      - {name: 公务接待费, 合计: 2.00}
      - {name: 公务用车购置及运行费, 合计: ${car}}
      - {name: ①公务用车购置费}
      - {name: ②公务用车运行维护费, 合计: ${running}}
      - {name: 合计, 合计: ${total}}`);

/** Items as columns (Shanghai's combined table), one row on line 21. */
const columns = (running: string) =>
  yamlOf(`tables:
  three_public_and_operating:
    title: “三公”经费和机关运行经费预算表
    unit: 万元
    columns:
      - {key: 合计}
      - {key: 因公出国（境）费}
      - {key: 公务接待费}
      - {key: 公务用车购置及运行费}
      - {key: 公务用车购置费}
      - {key: 公务用车运行维护费}
      - {key: 机关运行经费}
    rows:
      - {合计: 10.00, 因公出国（境）费: 2.00, 公务接待费: 3.00, 公务用车购置及运行费: 5.00, 公务用车购置费: 1.00, 公务用车运行维护费: ${running}, 机关运行经费: 20.00}`);

describe('three-public-sums', () => {
  it('passes rows that add up', () => {
    const r = runRule(threePublicSums, rows());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a 合计 row that is not the sum of the three items', () => {
    const [f, ...rest] = runRule(threePublicSums, rows({ total: '7.50' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('21:24 error discrepancy “三公”经费支出表 › 合计 › 合计 | 6.5 7.5 1 0.02');
    expect(related(f)).toEqual([
      '“三公”经费支出表 › 因公出国（境）费 › 合计 @16:30',
      '“三公”经费支出表 › 公务接待费 › 合计 @17:27',
      '“三公”经费支出表 › 公务用车购置及运行费 › 合计 @18:32',
    ]);
    expect(f?.message.en).toBe('Expected 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 = 6.5 万元, printed 7.5 万元 (difference 1; rounding allows 0.02)');
    expect(f?.message.zh).toBe('应为 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 = 6.5万元，印刷为 7.5万元（差额 1，尾差允许 0.02）');
  });

  it('reports a 公务用车购置及运行费 row that is not 购置费 + 运行维护费 (a blank 购置费 carries no rounding)', () => {
    const { findings } = runRule(threePublicSums, rows({ running: '3.00' }));
    expect(findings.map(brief)).toEqual(['18:32 error discrepancy “三公”经费支出表 › 公务用车购置及运行费 › 合计 | 3 3.5 0.5 0.01']);
    expect(findings[0]?.message.en).toBe('Expected 公务用车购置及运行费 = ①公务用车购置费 + ②公务用车运行维护费 = 3 万元, printed 3.5 万元 (difference 0.5; rounding allows 0.01)');
  });

  it('reports a rounding tail as info', () => {
    const { findings } = runRule(threePublicSums, rows({ total: '6.51' }));
    expect(findings.map(brief)).toEqual(['21:24 info tail “三公”经费支出表 › 合计 › 合计 | 6.5 6.51 0.01 0.02']);
  });

  it('passes items printed as columns that add up', () => {
    expect(runRule(threePublicSums, columns('4.00')).findings).toEqual([]);
  });

  it('reports a 公务用车购置及运行费 column that is not 购置费 + 运行维护费', () => {
    const { findings } = runRule(threePublicSums, columns('3.50'));
    expect(findings.map(brief)).toEqual(['21:62 error discrepancy “三公”经费和机关运行经费预算表 › 公务用车购置及运行费 | 4.5 5 0.5 0.015']);
    expect(findings[0]?.message.en).toBe('Expected 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行维护费 = 4.5 万元, printed 5 万元 (difference 0.5; rounding allows 0.015)');
  });

  it('skips a document with no "three public" table', () => {
    const r = runRule(threePublicSums, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no "three public" table']);
  });

  // A Jiangsu-style 三公 row prints 公务用车购置及运行费 without its two parts: nothing to add up.
  it('does not check 公务用车购置及运行费 when neither 购置费 nor 运行维护费 is printed', () => {
    const jiangsu = yamlOf(`tables:
  three_public:
    title: “三公”经费支出表
    unit: 万元
    columns:
      - {key: name}
      - {key: 三公经费}
      - {key: 因公出国（境）费}
      - {key: 公务接待费}
      - {key: 公务用车购置及运行费}
      - {key: 会议费}
      - {key: 培训费}
    rows:
      - {name: 测试单位, 三公经费: 10.00, 因公出国（境）费: 2.00, 公务接待费: 3.00, 公务用车购置及运行费: 5.00, 会议费: 1.00, 培训费: 1.00}`);
    expect(runRule(threePublicSums, jiangsu).findings).toEqual([]);
  });
});
