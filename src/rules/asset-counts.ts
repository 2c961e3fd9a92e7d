import type { Context, Rule } from '../engine/types.js';
import type { Path } from '../load/tree.js';
import { parseAmount } from '../model/amount.js';
import type { Dec } from '../model/decimal.js';
import { yuan } from '../reconcile/rounding.js';

type Assets = NonNullable<Context['disclosure']['assets']>;
type Equipment = NonNullable<Assets['equipment']>;

const ref = (path: Path, label: string, value: number) => ({ path: ['assets', ...path], place: ['国有资产占有使用情况', label], text: String(value) });
/** A printed value threshold ("100万元（含）", or "100万（含）" without 元) in 元, exactly. */
const yuanOf = (threshold: string): Dec | undefined => {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(万元?|元)/.exec(threshold);
  const amount = m ? parseAmount(m[1] ?? '') : undefined;
  return amount && typeof amount !== 'string' ? yuan({ amount, unit: m?.[2]?.startsWith('万') ? '万元' : '元' }) : undefined;
};

function nesting(ctx: Context, list: Equipment, base: Path): void {
  list.forEach((hi, i) => {
    list.forEach((lo, j) => {
      const a = yuanOf(hi.threshold);
      const b = yuanOf(lo.threshold);
      if (i === j || hi.kind !== lo.kind || a === undefined || b === undefined || a.lte(b) || hi.count <= lo.count) return;
      ctx.report({
        at: ref([...base, i, 'count'], `${hi.kind} ${hi.threshold}以上`, hi.count),
        related: [ref([...base, j, 'count'], `${lo.kind} ${lo.threshold}以上`, lo.count)],
        message: {
          zh: `价值${hi.threshold}以上的${hi.kind}（${hi.count}台套）多于${lo.threshold}以上的（${lo.count}台套）：后者包含前者`,
          en: `${hi.count} ${hi.kind} worth over ${hi.threshold} outnumber the ${lo.count} worth over ${lo.threshold}, which include them`,
        },
      });
    });
  });
}

export const assetCounts: Rule = {
  id: 'asset-counts',
  group: 'plausibility',
  severity: 'warning',
  description: {
    zh: '资产数量相互嵌套：高价值设备不多于低门槛设备；各类车辆之和 = 实有；实有 ≤ 编制',
    en: 'Asset counts nest: costlier equipment ≤ the cheaper threshold; vehicles by category sum to 实有; 实有 ≤ 编制',
  },
  check(ctx) {
    const assets = ctx.disclosure.assets;
    if (!assets) return ctx.skip({ zh: '无国有资产情况', en: 'no assets part' });
    if (assets.equipment) nesting(ctx, assets.equipment, ['equipment']);
    const v = assets.vehicles;
    if (v?.actual !== undefined && v.by_category) {
      const sum = v.by_category.reduce((n, c) => n + c.count, 0);
      if (sum !== v.actual) {
        ctx.report({
          at: ref(['vehicles', 'actual'], '车辆 实有', v.actual),
          related: v.by_category.map((c, i) => ref(['vehicles', 'by_category', i, 'count'], c.name, c.count)),
          message: { zh: `实有车辆 ${v.actual} 辆，各类合计 ${sum} 辆`, en: `${v.actual} vehicles in use, but the categories add up to ${sum}` },
        });
      }
    }
    if (v?.actual !== undefined && v.establishment !== undefined && v.actual > v.establishment) {
      ctx.report({
        at: ref(['vehicles', 'actual'], '车辆 实有', v.actual),
        related: [ref(['vehicles', 'establishment'], '车辆 编制', v.establishment)],
        message: { zh: `实有车辆 ${v.actual} 辆超过编制 ${v.establishment} 辆`, en: `${v.actual} vehicles in use exceed the establishment of ${v.establishment}` },
      });
    }
  },
};
