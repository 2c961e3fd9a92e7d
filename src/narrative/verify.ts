/**
 * Every claim of the narrative, verified: an amount against the figure it names; a share against
 * the share recomputed from the tables; a change against itself (Δ and % agree, the words agree);
 * a 其中-list against its total; a count against the tables; a quantity stated twice against
 * itself. All by the rounding rule: each printed figure is an interval in its own unit.
 */
import type { Text } from '../load/messages.js';
import type { Loaded } from '../load/load.js';
import type { Amount } from '../model/amount.js';
import { Dec } from '../model/decimal.js';
import { bounds, type Comparison, compareSum, type Fig, percentText, percentWithin, yuan, ZERO } from '../reconcile/rounding.js';
import type { AmountClaim, Claim } from './claims.js';
import { readClaims } from './claims.js';
import { type Link, linkLabel } from './link.js';
import { headingsOf, narrativeProse } from './prose.js';
import { projectRows } from '../rules/lib/targets.js';

export type Status = 'verified' | 'contradicted' | 'tail' | 'unverified';
export type Check = 'amount' | 'share' | 'change' | 'sum' | 'count' | 'repeat';

export interface Verdict {
  readonly claim: Claim;
  readonly check: Check;
  readonly status: Status;
  /** What the prose says, as printed ("985.92万元", "83.61%"). */
  readonly stated: string;
  /** What the tables (or the prose's own figures) give, at the stated precision. */
  readonly recomputed?: string;
  readonly link?: Link;
  /** Other places the verdict rests on. */
  readonly related: readonly Link[];
  readonly comparison?: Comparison;
  readonly reason: Text;
}

const figOfClaim = (c: AmountClaim): Fig => ({ amount: c.amount, unit: c.unit });
const stated = (c: AmountClaim) => `${c.amount.text}${c.unit}`;

/** Does some part/whole within the figures' intervals round (half up) to the stated percent? */
function shareHolds(part: Fig, whole: Fig, percent: Amount): { holds: boolean; recomputed: string } | undefined {
  const [pl, ph] = bounds(part);
  const [wl, wh] = bounds(whole);
  if (wh.lte(0)) return undefined;
  const recomputed = percentText(yuan(part), yuan(whole), percent.decimals);
  const lo = pl.div(wh).times(100);
  const hi = wl.lte(0) ? new Dec(Number.POSITIVE_INFINITY) : ph.div(wl).times(100);
  return { holds: percentWithin(lo, hi, percent), recomputed };
}

/** Δ and % of a change agree: % = Δ / (current − Δ) for a rise, Δ / (current + Δ) for a fall. */
function changeHolds(current: Fig, delta: Fig, percent: Amount, up: boolean): { holds: boolean; recomputed: string } | undefined {
  const [cl, ch] = bounds(current);
  const [dl, dh] = bounds(delta);
  const base = up ? yuan(current).minus(yuan(delta)) : yuan(current).plus(yuan(delta));
  if (base.lte(0)) return undefined;
  const recomputed = percentText(yuan(delta), base, percent.decimals);
  // The ratio grows with Δ and shrinks with the base: its extremes are at the interval ends.
  const lo = up ? dl.div(ch.minus(dl)) : dl.div(ch.plus(dl));
  const hiBase = up ? cl.minus(dh) : cl.plus(dh);
  const hi = hiBase.lte(0) ? new Dec(Number.POSITIVE_INFINITY) : dh.div(hiBase);
  return { holds: percentWithin(lo.times(100), hi.times(100), percent), recomputed };
}

const NEEDS_PRIOR: Text = { zh: '需上年预算才能核对', en: "needs last year's budget to check" };

export interface Analysis {
  readonly claims: readonly Claim[];
  readonly verdicts: readonly Verdict[];
  /** The table figure each amount claim names, when it could be linked. */
  readonly links: ReadonlyMap<Claim, Link | undefined>;
}

const cache = new WeakMap<Loaded, Analysis>();

export function analyse(loaded: Loaded): Analysis {
  const hit = cache.get(loaded);
  if (hit) return hit;
  const d = loaded.disclosure;
  const claims: Claim[] = [];
  const verdicts: Verdict[] = [];
  const links = new Map<Claim, Link | undefined>();
  for (const prose of narrativeProse(loaded)) {
    const context = headingsOf(loaded.disclosure, prose.path.slice(0, -1)).join(' ');
    for (const c of readClaims(prose, d.document.unit)) {
      claims.push(c);
      // "其中：特定目标类项目0个，涉及金额0万元": an amount listed under a category of projects is
      // that category's, which no table prints.
      const category = c.kind === 'amount' && c.head !== undefined && /^涉及(项目)?(资金|金额)$/.test(c.label);
      if (c.kind === 'amount' && !category) links.set(c, linkLabel(d, c.label, `${context} ${c.sentence}`));
    }
  }
  const linkOf = (c: AmountClaim | undefined) => (c ? links.get(c) : undefined);
  const figOfLink = (l: Link | undefined): Fig | undefined => (l ? (l.fig ?? { amount: ZERO, unit: l.unit ?? '万元' }) : undefined);

  for (const c of claims) {
    if (c.kind === 'amount') {
      const link = links.get(c);
      if (!link) {
        verdicts.push({ claim: c, check: 'amount', status: 'unverified', stated: stated(c), related: [], reason: { zh: '未能对应到表中数字', en: 'not linked to a table figure' } });
        continue;
      }
      const cmp = compareSum(figOfClaim(c), [figOfLink(link) as Fig]);
      const status: Status = cmp.outcome === 'exact' ? 'verified' : cmp.outcome === 'tail' ? 'tail' : 'contradicted';
      verdicts.push({
        claim: c,
        check: 'amount',
        status,
        stated: stated(c),
        recomputed: `${link.text ?? '0'}${link.unit ?? ''}`,
        link,
        related: [link],
        comparison: cmp,
        reason: { zh: `表中为 ${link.text ?? '空白'}${link.unit ?? ''}`, en: `the table prints ${link.text ?? 'a blank'} ${link.unit ?? ''}`.trim() },
      });
    } else if (c.kind === 'share') {
      const partLink = linkOf(c.of);
      const part = figOfLink(partLink) ?? (c.of ? figOfClaim(c.of) : undefined);
      const wholeLink = c.wholeLabel ? linkLabel(d, c.wholeLabel, c.sentence) : linkOf(c.whole);
      const whole = figOfLink(wholeLink) ?? (c.whole ? figOfClaim(c.whole) : undefined);
      const r = part && whole ? shareHolds(part, whole, c.percent) : undefined;
      const base = { claim: c, check: 'share' as const, stated: `${c.percent.text}%`, related: [partLink, wholeLink].filter((x): x is Link => x !== undefined) };
      if (!r) verdicts.push({ ...base, status: 'unverified', reason: { zh: '无法确定占比的分子或分母', en: 'its part or whole is unknown' } });
      else {
        verdicts.push({
          ...base,
          status: r.holds ? 'verified' : 'contradicted',
          recomputed: `${r.recomputed}%`,
          reason: { zh: `按表重新计算为 ${r.recomputed}%`, en: `recomputed from the tables: ${r.recomputed}%` },
        });
      }
    } else if (c.kind === 'change') {
      const base = { claim: c, check: 'change' as const, stated: c.label, related: [] as Link[] };
      const dirs = c.words.map((w) => (/减少|下降|降低/.test(w) ? 'down' : 'up'));
      if (dirs.length === 2 && dirs[0] !== dirs[1]) {
        verdicts.push({ ...base, status: 'contradicted', reason: { zh: `“${c.words[0]}”与“${c.words[1]}”方向相反`, en: `"${c.words[0]}" and "${c.words[1]}" point opposite ways` } });
        continue;
      }
      if (c.delta && c.percent && c.of) {
        const r = changeHolds(figOfClaim(c.of), { amount: c.delta.amount, unit: c.delta.unit }, c.percent, c.direction !== 'down');
        if (r) {
          verdicts.push({
            ...base,
            status: r.holds ? 'verified' : 'contradicted',
            recomputed: `${r.recomputed}%`,
            reason: { zh: `按所述金额重新计算增幅为 ${r.recomputed}%`, en: `the stated amounts give ${r.recomputed}%` },
          });
          continue;
        }
      }
      verdicts.push({ ...base, status: 'unverified', reason: NEEDS_PRIOR });
    } else if (c.kind === 'count') {
      const r = verifyCount(loaded, c.label, c.unit, /安排购置/.test(c.sentence));
      verdicts.push({
        claim: c,
        check: 'count',
        status: r === undefined ? 'unverified' : r.value === c.count ? 'verified' : 'contradicted',
        stated: `${c.count}${c.unit}`,
        ...(r ? { recomputed: `${r.value}${c.unit}`, related: r.related } : { related: [] }),
        reason: r ? r.reason : { zh: '未能对应到表中数量', en: 'not linked to a count in the document' },
      });
    }
  }
  verdicts.push(...sums(claims), ...repeats(claims, links));
  const result = { claims, verdicts, links };
  cache.set(loaded, result);
  return result;
}

/** 其中-lists: the listed amounts of one sentence add up to their head (lists ending in 等 are open). */
function sums(claims: readonly Claim[]): Verdict[] {
  const groups = new Map<string, AmountClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'amount' || !c.head || c.open) continue;
    const key = `${c.head.prose.path.join('.')}:${c.head.start}:${c.list ?? c.sentence}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Verdict[] = [];
  for (const parts of groups.values()) {
    const head = parts[0]?.head;
    if (!head || parts.length < 2) continue;
    const cmp = compareSum(figOfClaim(head), parts.map(figOfClaim));
    const sum = cmp.expected.toFixed(Math.max(head.amount.decimals, ...parts.map((p) => p.amount.decimals)));
    out.push({
      claim: head,
      check: 'sum',
      status: cmp.outcome === 'exact' ? 'verified' : cmp.outcome === 'tail' ? 'tail' : 'contradicted',
      stated: stated(head),
      recomputed: `${sum}${head.unit}`,
      related: [],
      comparison: cmp,
      reason: { zh: `其中各项合计 ${sum}${head.unit}`, en: `the listed amounts add up to ${sum} ${head.unit}` },
    });
  }
  return out;
}

/**
 * The same quantity stated twice must have one value. A linked claim is held to its table figure
 * already; this is for the quantities no table prints, named the same way twice.
 */
function repeats(claims: readonly Claim[], links: ReadonlyMap<Claim, Link | undefined>): Verdict[] {
  const seen = new Map<string, AmountClaim>();
  const out: Verdict[] = [];
  for (const c of claims) {
    // Unlinked list items ("涉及金额") name different things; short labels are too vague to match.
    if (c.kind !== 'amount' || links.get(c) || c.head !== undefined || c.label.length < 4) continue;
    const key = c.label;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, c);
      continue;
    }
    if (compareSum(figOfClaim(c), [figOfClaim(first)]).outcome !== 'discrepancy') continue;
    out.push({
      claim: c,
      check: 'repeat',
      status: 'contradicted',
      stated: stated(c),
      recomputed: stated(first),
      // Where it was stated first: a place in the prose, located like the claim itself.
      related: [{ path: first.prose.path, offset: first.prose.offsets[first.start] ?? 0, place: ['情况说明', `“${first.label}”`], text: stated(first) }],
      reason: { zh: `同一数字前文为 ${stated(first)}`, en: `the same figure is stated earlier as ${stated(first)}` },
    });
  }
  return out;
}

/** A count the prose states, from the tables or the assets part ("预算安排购置" counts are the planned ones). */
function verifyCount(loaded: Loaded, label: string, unit: string, planned: boolean): { value: number; related: Link[]; reason: Text } | undefined {
  const d = loaded.disclosure;
  const reason = (zh: string, en: string): Text => ({ zh, en });
  if (/二级项目$/.test(label) && d.tables.projects?.grid) {
    const rows = projectRows(d.tables.projects, d.document.unit).length;
    return { value: rows, related: [], reason: reason(`项目支出表列有 ${rows} 个项目`, `the project table lists ${rows} projects`) };
  }
  if (/公开项目绩效目标$/.test(label) && d.performance_targets) {
    const n = d.performance_targets.length;
    return { value: n, related: [], reason: reason(`文件公开了 ${n} 张绩效目标表`, `the document publishes ${n} target tables`) };
  }
  const assets = planned ? d.assets?.planned : d.assets;
  const v = assets?.vehicles;
  if (unit === '辆' && v) {
    if (/编制$/.test(label) && v.establishment !== undefined) return { value: v.establishment, related: [], reason: reason(`国有资产中编制为 ${v.establishment} 辆`, `the assets part gives an establishment of ${v.establishment}`) };
    if (/(实有|车辆)$/.test(label) && (v.actual ?? v.total) !== undefined) {
      const n = (v.actual ?? v.total) as number;
      return { value: n, related: [], reason: reason(`国有资产中${planned ? '预算安排购置' : '实有'} ${n} 辆`, `the assets part gives ${n} ${planned ? 'planned purchases' : 'in use'}`) };
    }
    const cat = v.by_category?.find((c) => label.endsWith(c.name));
    if (cat) return { value: cat.count, related: [], reason: reason(`国有资产中${cat.name} ${cat.count} 辆`, `the assets part gives ${cat.count} ${cat.name}`) };
  }
  // "单价100万元（含）以上设备", or with the 元 left out: "100万（含）以上".
  const m = /(\d+)万元?.*?以上的?(.+)$/.exec(label);
  const eq = m && assets?.equipment?.find((e) => new RegExp(`^${m[1]}万元?(?!\\d)`).test(e.threshold) && label.endsWith(e.kind));
  if (eq) return { value: eq.count, related: [], reason: reason(`国有资产中${eq.threshold}以上${eq.kind} ${eq.count} 台（套）`, `the assets part gives ${eq.count} ${eq.kind} over ${eq.threshold}`) };
  return undefined;
}
