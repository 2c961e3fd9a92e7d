/**
 * 江苏省高级人民法院 2017 → 2018 → 2019: the compare output pinned whole (golden files), and every
 * claim the newer year makes about the older one, each checked by hand against both documents.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { expectGolden } from '../golden.js';

const file = (y: number) => `fixtures/js-gaoyuan-${y}.yaml`;
const claims = async (a: number, b: number) => {
  const r = await runCli(['compare', '--format', 'json', file(a), file(b)]);
  return { code: r.code, report: JSON.parse(r.stdout) };
};
const line = (c: { at: { line: number; col: number }; claim: string; verdict: string; prior?: { value?: string }; expected?: string }) =>
  `${c.at.line}:${c.at.col} ${c.verdict} ${c.claim}${c.prior ? ` | last year ${c.prior.value ?? '0'} → ${c.expected}` : ''}`;

describe('compare 江苏省高级人民法院', () => {
  it.each([
    [2017, 2018],
    [2018, 2019],
  ])('%i → %i: the whole output (golden)', async (a, b) => {
    const pretty = await runCli(['compare', '--lang', 'en', file(a), file(b)]);
    expect(pretty.code).toBe(0);
    expectGolden(`compare-js-${a}-${b}.txt`, pretty.stdout);
    expectGolden(`compare-js-${a}-${b}.md`, (await runCli(['compare', '--format', 'markdown', '--lang', 'en', file(a), file(b)])).stdout);
  });

  it('2018 about 2017: every checkable claim holds against the 2017 document', async () => {
    const { report } = await claims(2017, 2018);
    expect(report.claims.filter((c: { verdict: string }) => c.verdict !== 'unverifiable').map(line)).toEqual([
      // 一般公共预算 33,172.15 against 28,849.38 (2017 收支总表): +4,322.77, 14.98%.
      '484:28 verified 与上年相比增加4322.77万元，增长14.98% | last year 28,849.38 → 4322.77万元，14.98%',
      // 公共安全 26,200.88 against 23,513.11; 社会保障 2,254.76 against 2,347.13; 住房 4,716.51 against 2,989.14.
      '486:45 verified 与上年相比增加2687.77万元，增长11.43% | last year 23,513.11 → 2687.77万元，11.43%',
      '487:46 verified 与上年相比减少92.37万元，减少3.94% | last year 2,347.13 → -92.37万元，-3.94%',
      '488:45 verified 与上年相比增加1727.37万元，增长57.79% | last year 2,989.14 → 1727.37万元，57.79%',
      '489:29 verified 与上年相比增加1447.63万元，增长8.45% | last year 17,123.19 → 1447.63万元，8.45%',
      '490:26 verified 与上年相比减少200万元，减少1.73% | last year 11,543.27 → -200万元，-1.73%',
      '491:29 verified 与上年相比增加3075.14万元，增长1681.14% | last year 182.92 → 3075.14万元，1681.14%',
      '514:34 verified 与上年相比增加3070.69万元，增长26.05% | last year 11,786.92 → 3070.69万元，26.05%',
      '516:30 verified 与上年一致 | last year 1,600.00 → 0万元，0.00%',
      '517:33 verified 与上年相比增加100万元，增长5.77% | last year 1,733.30 → 100万元，5.77%',
      '518:29 verified 与上年相比减少100万元 | last year 1,050.00 → -100万元，-9.52%',
      '519:31 verified 与上年一致 | last year 910.00 → 0万元，0.00%',
      '521:48 verified 与上年相比减少1949.9万元，减少83.08% | last year 2,347.13 → -1949.9万元，-83.08%',
      '525:38 verified 与上年相比增加369.11万元，增长35.87% | last year 1,029.15 → 369.11万元，35.87%',
      '526:37 verified 与上年相比增加1358.26万元，增长69.30% | last year 1,959.99 → 1358.26万元，69.30%',
      '547:27 verified 比上年预算减少10万元 | last year 180.00 → -10万元，-5.56%',
      '550:31 verified 比上年预算减少37.6万元 | last year 304.40 → -37.6万元，-12.35%',
      '551:27 verified 比上年预算减少1.77万元 | last year 185.72 → -1.77万元，-0.95%',
      '561:41 verified 与上年相比减少5786.02万元，减少62.94% | last year 9,193.40 → -5786.02万元，-62.94%',
    ]);
  });

  it('2019 about 2018: every checkable claim holds against the 2018 document', async () => {
    const { report } = await claims(2018, 2019);
    const checked = report.claims.filter((c: { verdict: string }) => c.verdict !== 'unverifiable');
    expect(checked.every((c: { verdict: string }) => c.verdict === 'verified')).toBe(true);
    expect(checked.length).toBeGreaterThan(10);
  });

  it('lists what a budget cannot confirm as unverifiable, with the reason', async () => {
    const { report } = await claims(2017, 2018);
    const reasons = new Set(report.claims.filter((c: { verdict: string }) => c.verdict === 'unverifiable').map((c: { reason: { en: string } }) => c.reason.en));
    expect([...reasons]).toEqual(['the figure it is about was not found in the older document']);
  });
});
