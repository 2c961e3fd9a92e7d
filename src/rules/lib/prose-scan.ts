/** Text hygiene: patterns found in the narrative, each placed at its match in the paragraph. */
import type { Context } from '../../engine/types.js';
import type { Text } from '../../load/messages.js';
import { headingsOf, narrativeProse, type Prose } from '../../narrative/prose.js';

export interface Hit {
  readonly prose: Prose;
  readonly index: number;
  readonly match: RegExpExecArray;
}

const cache = new WeakMap<object, Prose[]>();
export function proses(ctx: Context): Prose[] {
  const hit = cache.get(ctx.loaded);
  if (hit) return hit;
  const all = narrativeProse(ctx.loaded);
  cache.set(ctx.loaded, all);
  return all;
}

/** The section heading and a quote around [index, index + length), never cutting a number. */
export function placeOf(ctx: Context, prose: Prose, index: number, length: number): string[] {
  const text = prose.text;
  let a = Math.max(0, index - 12);
  let b = Math.min(text.length, index + length + 12);
  while (a > 0 && /[\d.,%]/.test(text[a] ?? '') && /[\d.,]/.test(text[a - 1] ?? '')) a--;
  while (b < text.length && /[\d.,%％]/.test(text[b] ?? '')) b++;
  const heading = headingsOf(ctx.disclosure, prose.path).at(-1) ?? '';
  return [`情况说明 ${heading}`.trim(), `“${text.slice(a, b).replace(/\n/g, ' ')}”`];
}

/** Every match of `pattern` (global) in the narrative, reported with the message it gives (or not, when undefined). */
export function scan(ctx: Context, pattern: RegExp, message: (hit: Hit) => Text | undefined): void {
  if (!ctx.disclosure.narrative) {
    ctx.skip({ zh: '无情况说明', en: 'no narrative' });
    return;
  }
  for (const prose of proses(ctx)) {
    for (const match of prose.text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const text = message({ prose, index, match: match as RegExpExecArray });
      if (!text) continue;
      ctx.report({ at: { path: prose.path, offset: prose.offsets[index] ?? 0, place: placeOf(ctx, prose, index, match[0].length) }, related: [], message: text });
    }
  }
}
