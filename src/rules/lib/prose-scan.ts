/** Text hygiene: patterns found in the narrative, each placed at its match in the paragraph. */
import type { Context } from '../../engine/types.js';
import type { Text } from '../../load/messages.js';
import { narrativeProse, type Prose } from '../../narrative/prose.js';

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
      const a = Math.max(0, index - 12);
      const quote = prose.text.slice(a, Math.min(prose.text.length, index + match[0].length + 12)).replace(/\n/g, ' ');
      ctx.report({ at: { path: prose.path, offset: prose.offsets[index] ?? 0, place: ['情况说明', `“${quote}”`] }, related: [], message: text });
    }
  }
}
