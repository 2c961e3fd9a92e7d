/** Narrative claims as findings: placed at the claim in its paragraph, with the figure it names. */
import type { Context, Ref, Severity } from '../../engine/types.js';
import type { Text } from '../../load/messages.js';
import type { Claim } from '../../narrative/claims.js';
import { headingsOf } from '../../narrative/prose.js';
import { analyse, type Check, type Status, type Verdict } from '../../narrative/verify.js';

/** A short excerpt around the claim, as printed: "基本支出985.92万元，占83.61%". */
export function excerpt(claim: Claim): string {
  const { text } = claim.prose;
  let a = claim.start;
  while (a > 0 && claim.start - a < 40 && !/[，,。；;：:、\n]/.test(text[a - 1] ?? '')) a--;
  // Never start inside a number or a year.
  while (a > 0 && /[\d,.]/.test(text[a - 1] ?? '') && /[\d,.]/.test(text[a] ?? '')) a--;
  const b = Math.min(text.length, claim.end);
  return text.slice(a, b).trim();
}

export function claimRef(ctx: Context, claim: Claim): Ref {
  return {
    path: claim.prose.path,
    offset: claim.prose.offsets[claim.start] ?? 0,
    place: [`情况说明 ${headingsOf(ctx.disclosure, claim.prose.path).at(-1) ?? ''}`.trim(), `“${excerpt(claim)}”`],
  };
}

/** Reports the verdicts of one check that reached one of the given statuses. */
export function reportVerdicts(ctx: Context, check: Check, statuses: readonly Status[], message: (v: Verdict) => Text, severity?: Severity): void {
  if (!ctx.disclosure.narrative) {
    ctx.skip({ zh: '无情况说明', en: 'no narrative' });
    return;
  }
  for (const v of analyse(ctx.loaded).verdicts) {
    if (v.check !== check || !statuses.includes(v.status)) continue;
    ctx.report({
      at: claimRef(ctx, v.claim),
      related: v.related,
      message: message(v),
      ...(v.comparison ? { comparison: v.comparison } : {}),
      ...(severity ? { severity } : {}),
    });
  }
}
