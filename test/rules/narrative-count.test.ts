import { describe, expect, it } from 'vitest';
import { narrativeCount } from '../../src/rules/narrative-count.js';
import { brief, runRule, yamlOf } from './harness.js';

/**
 * A project table with 2 projects under its unit row, 1 target table, assets (vehicles: 编制 1,
 * 实有 1, 机要通信用车 1, 应急保障用车 0, 2 planned purchases; 0 通用设备 over 50万元), then one section
 * whose prose lines start on line 37, column 7.
 */
const doc = (...lines: string[]) =>
  yamlOf(`tables:
  projects:
    title: 项目支出预算表
    unit: 万元
    columns:
      - {key: name}
      - {key: 合计}
    rows:
      - {name: 测试单位, 合计: 30.00}
      - {name: Z网络运维费, 合计: 17.05}
      - {name: J单位运转经费, 合计: 12.95}
performance_targets:
  - project: Z网络运维费
    funds: {unit: 元, total: {annual: "170,500"}, sources: []}
    indicators: {}
assets:
  vehicles:
    establishment: 1
    actual: 1
    by_category:
      - {name: 机要通信用车, count: 1}
      - {name: 应急保障用车, count: 0}
  equipment:
    - {kind: 通用设备, threshold: 50万元, count: 0}
  planned:
    vehicles: {total: 2}
narrative:
  - heading: 十、绩效管理情况
    text: |
${lines.map((l) => `      ${l}`).join('\n')}`);

describe('narrative-count', () => {
  it('passes counts that match the tables and assets', () => {
    const r = runRule(
      narrativeCount,
      doc(
        '纳入绩效目标管理的二级项目2个，共计金额30.00万元。公开项目绩效目标1个。',
        '截至2025年12月31日，测试单位共有公务用车编制1辆，实有1辆，其中：机要通信用车1辆，应急保障用车0辆。',
        '测试单位占有使用价值50万元（原值）以上的通用设备0台（套）。',
        '2026年预算安排购置车辆2辆。',
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('reports a project count the project table contradicts', () => {
    const { findings } = runRule(narrativeCount, doc('纳入绩效目标管理的二级项目3个，共计金额30.00万元。'));
    // Line 37: 纳入绩效目标管理的二级项目 7–19, 3 at 20.
    expect(findings.map(brief)).toEqual(['37:20 error finding 情况说明 十、绩效管理情况 › “纳入绩效目标管理的二级项目3个”']);
    expect(findings[0]?.message.en).toBe('The narrative states 3个, but the project table lists 2 projects');
    expect(findings[0]?.message.zh).toBe('情况说明写 3个，但项目支出表列有 2 个项目');
  });

  it('reports a count of published target tables that the document contradicts', () => {
    const { findings } = runRule(narrativeCount, doc('公开项目绩效目标2个，涉及项目金额17.05万元。'));
    // 公开项目绩效目标 7–14, 2 at 15.
    expect(findings.map(brief)).toEqual(['37:15 error finding 情况说明 十、绩效管理情况 › “公开项目绩效目标2个”']);
    expect(findings[0]?.message.en).toBe('The narrative states 2个, but the document publishes 1 target tables');
    expect(findings[0]?.message.zh).toBe('情况说明写 2个，但文件公开了 1 张绩效目标表');
  });

  it('reports vehicle and equipment counts the assets contradict, with the count the assets give', () => {
    const { findings } = runRule(
      narrativeCount,
      doc(
        '截至2025年12月31日，测试单位共有公务用车编制2辆，实有1辆，其中：机要通信用车1辆，应急保障用车1辆。',
        '测试单位占有使用价值50万元（原值）以上的通用设备1台（套）。',
      ),
    );
    // Line 37: 截至2025年12月31日， 7–20, 测试单位共有公务用车编制 21–32, 2 at 33; 辆，实有1辆，其中： 34–43,
    // 机要通信用车 44–49, 1辆， 50–52, 应急保障用车 53–58, 1 at 59.
    // Line 38: 测试单位占有使用价值 7–16, 50万元（原值）以上的通用设备 17–31, 1 at 32 (50万元（原值）以上 is a threshold).
    expect(findings.map(brief)).toEqual([
      '37:33 error finding 情况说明 十、绩效管理情况 › “测试单位共有公务用车编制2辆”',
      '37:59 error finding 情况说明 十、绩效管理情况 › “应急保障用车1辆”',
      '38:32 error finding 情况说明 十、绩效管理情况 › “测试单位占有使用价值50万元（原值）以上的通用设备1台（套）”',
    ]);
    expect(findings.map((f) => f.message.en)).toEqual([
      'The narrative states 2辆, but the assets part gives an establishment of 1',
      'The narrative states 1辆, but the assets part gives 0 应急保障用车',
      'The narrative states 1台（套）, but the assets part gives 0 通用设备 over 50万元',
    ]);
    expect(findings.map((f) => f.message.zh)).toEqual([
      '情况说明写 2辆，但国有资产中编制为 1 辆',
      '情况说明写 1辆，但国有资产中应急保障用车 0 辆',
      '情况说明写 1台（套），但国有资产中50万元以上通用设备 0 台（套）',
    ]);
  });

  it('holds a count of planned purchases (安排购置) to the planned assets', () => {
    // 1 vehicle in use, 2 planned: 1 planned would be right for the vehicles in use, and is wrong.
    const { findings } = runRule(narrativeCount, doc('2026年预算安排购置车辆1辆。'));
    // 2026年预算安排购置车辆 7–19, 1 at 20.
    expect(findings.map(brief)).toEqual(['37:20 error finding 情况说明 十、绩效管理情况 › “2026年预算安排购置车辆1辆”']);
    expect(findings[0]?.message.en).toBe('The narrative states 1辆, but the assets part gives 2 planned purchases');
    expect(findings[0]?.message.zh).toBe('情况说明写 1辆，但国有资产中预算安排购置 2 辆');
  });

  it('leaves a count it cannot link to narrative-unverified', () => {
    expect(runRule(narrativeCount, doc('本单位编制内工作人员25人。')).findings).toEqual([]);
  });

  it('skips a document without a narrative', () => {
    const r = runRule(narrativeCount, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no narrative']);
  });
});
