import { describe, expect, it } from 'vitest';
import { assetCounts } from '../../src/rules/asset-counts.js';
import { brief, related, runRule, yamlOf } from './harness.js';

/** Vehicles (实有 on line 12, by category on 14–15) and equipment by value threshold (lines 17–18). */
const doc = ({ establishment = '1', actual = '1', over50 = '1', over100 = '0' } = {}) =>
  yamlOf(`tables: {}
assets:
  vehicles:
    establishment: ${establishment}
    actual: ${actual}
    by_category:
      - {name: 领导用车, count: 0}
      - {name: 机要通信用车, count: 1}
  equipment:
    - {kind: 通用设备, threshold: 50万元, count: ${over50}}
    - {kind: 通用设备, threshold: 100万元, count: ${over100}}`);

describe('asset-counts', () => {
  it('passes counts that nest', () => {
    const r = runRule(assetCounts, doc());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(runRule(assetCounts, doc({ over50: '1', over100: '1' })).findings).toEqual([]);
  });

  it('warns about more devices above the higher threshold than above the lower', () => {
    const [f, ...rest] = runRule(assetCounts, doc({ over50: '0', over100: '1' })).findings;
    expect(rest).toEqual([]);
    expect(f && brief(f)).toBe('18:45 warning finding 国有资产占有使用情况 › 通用设备 100万元以上');
    expect(f?.value).toBe('1');
    expect(related(f)).toEqual(['国有资产占有使用情况 › 通用设备 50万元以上 @17:44']);
    expect(f?.message.en).toBe('1 通用设备 worth over 100万元 outnumber the 0 worth over 50万元, which include them');
    expect(f?.message.zh).toBe('价值100万元以上的通用设备（1台套）多于50万元以上的（0台套）：后者包含前者');
  });

  it('compares thresholds only within one kind of equipment', () => {
    const r = runRule(
      assetCounts,
      yamlOf(`tables: {}
assets:
  equipment:
    - {kind: 通用设备, threshold: 50万元, count: 0}
    - {kind: 专用设备, threshold: 100万元, count: 2}`),
    );
    expect(r.findings).toEqual([]);
  });

  it('warns about vehicles by category that do not add up to 实有', () => {
    const { findings } = runRule(assetCounts, doc({ establishment: '2', actual: '2' }));
    expect(findings.map(brief)).toEqual(['12:13 warning finding 国有资产占有使用情况 › 车辆 实有']);
    expect(related(findings[0])).toEqual([
      '国有资产占有使用情况 › 领导用车 @14:29',
      '国有资产占有使用情况 › 机要通信用车 @15:31',
    ]);
    expect(findings[0]?.message.en).toBe('2 vehicles in use, but the categories add up to 1');
    expect(findings[0]?.message.zh).toBe('实有车辆 2 辆，各类合计 1 辆');
  });

  it('warns about more vehicles in use than the establishment allows', () => {
    const { findings } = runRule(assetCounts, doc({ establishment: '0' }));
    expect(findings.map(brief)).toEqual(['12:13 warning finding 国有资产占有使用情况 › 车辆 实有']);
    expect(related(findings[0])).toEqual(['国有资产占有使用情况 › 车辆 编制 @11:20']);
    expect(findings[0]?.message.en).toBe('1 vehicles in use exceed the establishment of 0');
    expect(findings[0]?.message.zh).toBe('实有车辆 1 辆超过编制 0 辆');
  });

  // "1,000万元" was once read from its "000" as 0 元, and consistent counts drew a false warning.
  it('reads a threshold printed with a thousands separator', () => {
    const r = runRule(
      assetCounts,
      yamlOf(`tables: {}
assets:
  equipment:
    - {kind: 通用设备, threshold: 50万元, count: 3}
    - {kind: 通用设备, threshold: "1,000万元", count: 1}`),
    );
    expect(r.findings).toEqual([]);
  });

  it('skips a document without an assets part', () => {
    const r = runRule(assetCounts, yamlOf('tables: {}'));
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual(['no assets part']);
  });
});
