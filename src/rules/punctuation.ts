import type { Rule } from '../engine/types.js';
import type { Text } from '../load/messages.js';
import { placeOf, proses, scan } from './lib/prose-scan.js';

const PAIRS: readonly [string, string][] = [
  ['（', '）'],
  ['“', '”'],
  ['《', '》'],
  ['【', '】'],
];

export const punctuation: Rule = {
  id: 'punctuation',
  group: 'hygiene',
  severity: 'warning',
  description: {
    zh: '标点无误：无重复的“。。”“，，”，括号引号成对，句子不止于“原因是”“主要用于”“其中：”',
    en: 'Punctuation: no doubled 。。 or ，，, balanced brackets and quotes, no sentence ending right after 原因是, 主要用于, 其中：',
  },
  check(ctx) {
    if (!ctx.disclosure.narrative) {
      ctx.skip({ zh: '无情况说明', en: 'no narrative' });
      return;
    }
    scan(ctx, /([。，、；：])\1+/g, ({ match }): Text => ({ zh: `重复的标点“${match[0]}”`, en: `Doubled punctuation "${match[0]}"` }));
    scan(ctx, /(原因是|主要用于|主要包括|其中)[：:]?(?=[\s\u3000]*(?:[。；;]|$))/g, ({ match }): Text => ({
      zh: `句子止于“${match[0]}”，缺少下文`,
      en: `The sentence stops at "${match[0]}" with nothing after it`,
    }));
    for (const prose of proses(ctx)) {
      for (const [open, close] of PAIRS) {
        const opens = [...prose.text].filter((c) => c === open).length;
        const closes = [...prose.text].filter((c) => c === close).length;
        if (opens === closes) continue;
        const index = opens > closes ? prose.text.lastIndexOf(open) : prose.text.indexOf(close);
        ctx.report({
          at: { path: prose.path, offset: prose.offsets[index] ?? 0, place: placeOf(ctx, prose, index, 1) },
          related: [],
          message: { zh: `“${open}”与“${close}”不成对（${opens} 个 ${open}，${closes} 个 ${close}）`, en: `Unbalanced "${open}" and "${close}" (${opens} and ${closes})` },
        });
      }
    }
  },
};
