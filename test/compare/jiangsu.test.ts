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
      // 一般公共预算财政拨款支出预算 33,172.15 against the 2017 收支总表's 支出合计 (28,849.38), under 支出用途.
      '536:46 verified 与上年相比增加4322.77万元，增长14.98% | last year 28,849.38 → 4322.77万元，14.98%',
      '547:27 verified 比上年预算减少10万元 | last year 180.00 → -10万元，-5.56%',
      '550:31 verified 比上年预算减少37.6万元 | last year 304.40 → -37.6万元，-12.35%',
      '551:27 verified 比上年预算减少1.77万元 | last year 185.72 → -1.77万元，-0.95%',
      '561:41 verified 与上年相比减少5786.02万元，减少62.94% | last year 9,193.40 → -5786.02万元，-62.94%',
    ]);
  });

  it('2019 about 2018: every checkable claim holds against the 2018 document', async () => {
    const { report } = await claims(2018, 2019);
    expect(report.claims.filter((c: { verdict: string }) => c.verdict !== 'unverifiable').map(line)).toEqual([
      '508:30 verified 与上年相比增加4016.19万元，增长12.11% | last year 33,172.15 → 4016.19万元，12.11%',
      '510:47 verified 与上年相比增加1287.35万元，增长4.91% | last year 26,200.88 → 1287.35万元，4.91%',
      '511:64 verified 与上年相比增加100.89万元，增长4.47% | last year 2,254.76 → 100.89万元，4.47%',
      '512:47 verified 与上年相比增加2627.95万元，增长55.72% | last year 4,716.51 → 2627.95万元，55.72%',
      '513:28 verified 与上年相比增加3397.18万元，增长18.29% | last year 18,570.82 → 3397.18万元，18.29%',
      '514:28 verified 与上年相比减少1134.33万元，减少10% | last year 11,343.27 → -1134.33万元，-10.00%',
      '515:30 verified 与上年相比增加1753.34万元，增长53.82% | last year 3,258.06 → 1753.34万元，53.82%',
      '538:36 verified 与上年相比增加2421.68万元，增长16.30% | last year 14,857.61 → 2421.68万元，16.30%',
      '540:32 verified 与上年相比减少200万元，减少12.5% | last year 1,600.00 → -200万元，-12.50%',
      '541:36 verified 与上年相比减少234.19万元，减少12.77% | last year 1,833.30 → -234.19万元，-12.77%',
      '542:31 verified 与上年相比减少175万元，减少18.42% | last year 950.00 → -175万元，-18.42%',
      '543:33 verified 与上年相比减少280万元，减少30.77% | last year 910.00 → -280万元，-30.77%',
      '545:50 verified 与上年相比增加19.83万元，增长4.99% | last year 397.23 → 19.83万元，4.99%',
      '546:53 verified 与上年相比增加57.89万元，增长4.36% | last year 1,326.81 → 57.89万元，4.36%',
      '547:51 verified 与上年相比增加23.17万元，增长4.37% | last year 530.72 → 23.17万元，4.37%',
      '549:40 verified 与上年相比增加481.1万元，增长34.41% | last year 1,398.26 → 481.1万元，34.41%',
      '550:38 verified 与上年相比增加2146.85万元，增长64.70% | last year 3,318.25 → 2146.85万元，64.70%',
      // 一般公共预算财政拨款支出预算 37,188.34 against the 2018 收支总表's 支出合计 (33,172.15), under 支出用途.
      '560:50 verified 与上年相比增加4016.19万元，增长12.11% | last year 33,172.15 → 4016.19万元，12.11%',
      '571:29 verified 比上年预算减少10万元 | last year 170.00 → -10万元，-5.88%',
      '574:33 verified 与上年一致 | last year 266.80 → 0万元，0.00%',
      '575:28 verified 比上年预算减少97万元 | last year 183.95 → -97万元，-52.73%',
      '585:44 verified 与上年相比增加172.67万元，增长5.07% | last year 3,407.38 → 172.67万元，5.07%',
    ]);
  });

  it('lists what a budget cannot confirm as unverifiable, with the reason', async () => {
    const { report } = await claims(2017, 2018);
    const reasons = new Set(report.claims.filter((c: { verdict: string }) => c.verdict === 'unverifiable').map((c: { reason: { en: string } }) => c.reason.en));
    expect([...reasons]).toEqual(['the figure it is about was not found in the older document']);
  });
});
