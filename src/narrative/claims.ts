/**
 * Numeric claims read from narrative prose: amounts with their unit, shares ("占83.61%"), changes
 * ("比上年增长56.85万元，增长5.07%", "与上年预算数相同"), counts ("二级项目6个"), and the 其中-lists
 * that state a sum. Each claim keeps its place in the joined text (and so in the file).
 */
import { type Amount, parseAmount } from '../model/amount.js';
import type { Prose } from './prose.js';

export type Direction = 'up' | 'down' | 'same';

interface Base {
  readonly prose: Prose;
  /** [start, end) in prose.text. */
  readonly start: number;
  readonly end: number;
  /** The sentence around the claim, for the report. */
  readonly sentence: string;
  /** What the figure is of, as the prose names it, stripped of year and unit name. */
  readonly label: string;
}

export interface AmountClaim extends Base {
  readonly kind: 'amount';
  readonly amount: Amount;
  readonly unit: '万元' | '元';
  /** The sentence's head amount when this one is listed under it ("其中：…"). */
  readonly head?: AmountClaim;
  /** True when the list it belongs to ends with 等 (not exhaustive). */
  readonly open?: boolean;
  /** Which list under the head it belongs to: amounts of one list add up to the head. */
  readonly list?: string;
}

export interface ShareClaim extends Base {
  readonly kind: 'share';
  readonly percent: Amount;
  /** The whole as the share names it ("占部门（单位）项目支出总额的100%"), when it does. */
  readonly wholeLabel?: string;
  /** The amount whose share it states. */
  readonly of?: AmountClaim;
  /** What it is a share of: the sentence's head amount. */
  readonly whole?: AmountClaim;
}

export interface ChangeClaim extends Base {
  readonly kind: 'change';
  readonly direction: Direction;
  /** 上年预算 (budget, checkable against last year's budget) or 执行数 (execution). */
  readonly basis: 'budget' | 'execution';
  /** The year compared with, when printed ("比2025年预算"). */
  readonly year?: number;
  readonly delta?: { readonly amount: Amount; readonly unit: '万元' | '元' };
  readonly percent?: Amount;
  /** Words used for the amount and the percent ("增加", "增长"): their directions must agree. */
  readonly words: readonly string[];
  /** The amount the change is about. */
  readonly of?: AmountClaim;
}

export interface CountClaim extends Base {
  readonly kind: 'count';
  readonly count: number;
  readonly unit: string;
}

export type Claim = AmountClaim | ShareClaim | ChangeClaim | CountClaim;

/** A figure as narratives print it, separators half- or full-width; read with parseAmount. */
export const NUM = String.raw`(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const AMOUNT = new RegExp(`${NUM}\\s*(万元|元)`, 'g');
const SHARE = new RegExp(`占(?:比)?([^，,。；;：:\\d]{0,24}?)${NUM}\\s*[%％]`, 'g');
const CHANGE = new RegExp(
  String.raw`(?:比|较)(上年|上年度|\d{4}年)?(预算执行数|执行数|预算数|预算)?(增长|增加|减少|下降|降低|上升)(?:了)?${NUM}\s*(万元|元|[%％])(?:[，,、]\s*(增长|增加|减少|下降|降低|上升)(?:了)?${NUM}\s*[%％])?`,
  'g',
);
const SAME = /(?:与|和|较|比)(上年|上年度|\d{4}年)?(预算执行数|执行数|预算数|预算)?(相同|持平|一致)|(?:与|和)(上年|上年度|\d{4}年)?(预算执行数|执行数|预算数|预算)?(?:数)?(相同|持平)/g;
const COUNT = /(\d+)\s*(个|辆|台（套）|台\(套\)|台|项|人)/g;

const DIRECTION: Record<string, Direction> = { 增长: 'up', 增加: 'up', 上升: 'up', 减少: 'down', 下降: 'down', 降低: 'down' };

/** The noun phrase before a figure: back to the last delimiter, without years, unit names, fillers. */
function labelBefore(text: string, at: number, unit: string): string {
  let i = at;
  while (i > 0 && !/[，,。；;：:、\n]/.test(text[i - 1] ?? '')) i--;
  // A label may open with a parenthesised item number: "（一）因公出国（境）费" — keep what follows it.
  let label = text.slice(i, at);
  label = label
    .replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/[“”"]/g, '')
    .trim();
  if (unit !== '') label = label.split(unit).join('');
  return label
    .replace(/^(本单位|本部门|我单位|我部门|其中|主要包括|主要用于以下方面|主要用于|包括|支出包括|是|为|的)+/, '')
    .replace(/(为|是|约)$/, '')
    .trim();
}

function amountOf(text: string): Amount | undefined {
  const a = parseAmount(text.replace(/，/g, ','));
  return typeof a === 'string' ? undefined : a;
}

/** Splits prose into sentences at 。 and line breaks; 其中 lists stay inside their sentence. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。' || text[i] === '\n') {
      if (i > start) out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** How a line is numbered: "（1）", "（一）", "一、", "1．" — or undefined when it is not an item. */
function itemStyle(sentence: string): string | undefined {
  const t = sentence.trimStart();
  if (/^[（(]\d+[）)]/.test(t)) return '(1)';
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return '(一)';
  if (/^[一二三四五六七八九十]+、/.test(t)) return '一、';
  if (/^\d+[.．、]/.test(t)) return '1.';
  return undefined;
}

export function readClaims(prose: Prose, unitName: string): Claim[] {
  const { text } = prose;
  const claims: Claim[] = [];
  let head: AmountClaim | undefined;
  // "…867.50万元。其中：\n（一）…839万元…\n（二）…" — items on their own lines under a bare 其中.
  let outer: AmountClaim | undefined;
  let outerStyle: string | undefined;
  // The last amount of the sentence before, for a change that opens its own sentence.
  let previous: AmountClaim | undefined;
  for (const [s, e] of sentences(text)) {
    const sentence = text.slice(s, e);
    const local: Claim[] = [];
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);

    for (const m of sentence.matchAll(CHANGE)) {
      // "与上年相比增加…": the comparison may be named before 比; the claim starts there.
      const lead = /与(上年|上年度|\d{4}年)?(预算执行数|执行数|预算数|预算)?相$/.exec(sentence.slice(0, m.index ?? 0));
      const at = s + (m.index ?? 0) - (lead?.[0].length ?? 0);
      const isPercent = /[%％]/.test(m[5] ?? '');
      const first = amountOf(m[4] ?? '');
      const second = amountOf(m[7] ?? '');
      const year = m[1] ?? lead?.[1];
      const yearText = year && /\d{4}/.test(year) ? Number(year.slice(0, 4)) : undefined;
      local.push({
        kind: 'change',
        prose,
        start: at,
        end: s + (m.index ?? 0) + m[0].length,
        sentence,
        label: (lead?.[0] ?? '') + m[0],
        direction: DIRECTION[m[3] ?? ''] ?? 'up',
        basis: /执行/.test(m[2] ?? lead?.[2] ?? '') ? 'execution' : 'budget',
        ...(yearText !== undefined ? { year: yearText } : {}),
        ...(!isPercent && first ? { delta: { amount: first, unit: m[5] as '万元' | '元' } } : {}),
        ...(isPercent && first ? { percent: first } : second ? { percent: second } : {}),
        words: [m[3], m[6]].filter((w): w is string => w !== undefined),
      });
      taken.push([at, s + (m.index ?? 0) + m[0].length]);
    }
    for (const m of sentence.matchAll(SAME)) {
      const at = s + (m.index ?? 0);
      if (!free(at, at + m[0].length)) continue;
      const y = m[1] ?? m[4];
      const yearText = y && /\d{4}/.test(y) ? Number(y.slice(0, 4)) : undefined;
      local.push({
        kind: 'change',
        prose,
        start: at,
        end: at + m[0].length,
        sentence,
        label: m[0],
        direction: 'same',
        basis: /执行/.test(m[2] ?? m[5] ?? '') ? 'execution' : 'budget',
        ...(yearText !== undefined ? { year: yearText } : {}),
        words: [],
      });
      taken.push([at, at + m[0].length]);
    }
    for (const m of sentence.matchAll(SHARE)) {
      const at = s + (m.index ?? 0);
      const percent = amountOf(m[2] ?? '');
      if (!percent || !free(at, at + m[0].length)) continue;
      const wholeLabel = (m[1] ?? '').replace(/的$/, '').trim();
      local.push({ kind: 'share', prose, start: at, end: at + m[0].length, sentence, label: m[0], percent, ...(wholeLabel !== '' ? { wholeLabel } : {}) });
      taken.push([at, at + m[0].length]);
    }
    for (const m of sentence.matchAll(AMOUNT)) {
      const at = s + (m.index ?? 0);
      const amount = amountOf(m[1] ?? '');
      if (!amount || !free(at, at + m[0].length)) continue;
      // "价值50万元（原值）以上" is a threshold, not an amount of money the document spends.
      if (/^\s*([（(][^）)]*[）)])?\s*以上/.test(text.slice(at + m[0].length))) continue;
      local.push({ kind: 'amount', prose, start: at, end: at + m[0].length, sentence, label: labelBefore(text, at, unitName), amount, unit: m[2] as '万元' | '元' });
      taken.push([at, at + m[0].length]);
    }
    for (const m of sentence.matchAll(COUNT)) {
      const at = s + (m.index ?? 0);
      if (!free(at, at + m[0].length) || /^\d{4}$/.test(m[1] ?? '') || /年|月|日|号/.test(text[at + m[0].length] ?? '')) continue;
      const label = labelBefore(text, at, unitName);
      if (label === '') continue;
      local.push({ kind: 'count', prose, start: at, end: at + m[0].length, sentence, label, count: Number(m[1]), unit: m[2] ?? '' });
      taken.push([at, at + m[0].length]);
    }
    local.sort((a, b) => a.start - b.start);

    // Structure. A sentence opening with 其中 lists under the previous sentence's head; otherwise
    // the first amount is the head. Within a sentence, clauses (；) either continue the head's list
    // or, when a clause has its own amount followed by 其中/包括, start a new head. A share belongs
    // to the amount before it; a change to the amount before it, or to the head when that amount
    // is one of several listed in the same clause ("…，其中：本年收入…，上年结转0万元，比上年增长…").
    const opensList = /^\s*其中/.test(sentence);
    const style = itemStyle(sentence);
    const item = style !== undefined;
    if (/其中[：:]\s*$/.test(sentence) && !local.some((c) => c.kind === 'amount')) {
      outer = head;
      outerStyle = undefined;
      continue;
    }
    // The items under a bare 其中 share one numbering style ("（1）…（2）…"); an item numbered
    // another way ("3．…") is the next item of the list around it, not of this one.
    if (outer && item) {
      outerStyle ??= style;
      if (style !== outerStyle) outer = undefined;
    }
    if (!item && !opensList) outer = undefined;
    const underOuter = outer !== undefined && item;
    if (!opensList) head = underOuter ? outer : undefined;
    const listId = underOuter ? `${outer?.start}:items` : `${s}`;
    const open = /等[。；;]?\s*$/.test(sentence);
    const clauses: [number, number][] = [];
    let cs = s;
    for (let i = s; i < e; i++) {
      if (text[i] === '；' || text[i] === ';') {
        clauses.push([cs, i + 1]);
        cs = i + 1;
      }
    }
    clauses.push([cs, e]);
    let inList = opensList;
    for (const [a, b] of clauses) {
      const clause = text.slice(a, b);
      const marker = clause.search(/其中|主要包括|包括|主要用于/);
      const inClause = local.filter((c) => c.start >= a && c.start < b);
      const firstAmount = inClause.find((c) => c.kind === 'amount');
      if (firstAmount && marker >= 0 && firstAmount.start - a < marker) {
        head = undefined; // this clause states its own total and lists under it
        inList = false;
      }
      let last: AmountClaim | undefined;
      let listedHere = 0;
      for (const c of inClause) {
        if (c.kind === 'amount') {
          const listed = head !== undefined && (inList || (marker >= 0 && c.start - a > marker) || (underOuter && head === outer));
          const claim: AmountClaim = head && listed ? { ...c, head, list: listId, ...(open ? { open } : {}) } : c;
          // A total comes before its list: an amount after 主要用于/其中 with none before it heads nothing.
          if (!head && !inList && !(marker >= 0 && c.start - a > marker)) head = claim;
          if (listed) listedHere++;
          last = claim;
          claims.push(claim);
        } else if (c.kind === 'share') {
          claims.push({ ...c, ...(last ? { of: last } : {}), ...(head && last !== head ? { whole: head } : {}) });
        } else if (c.kind === 'change') {
          // "…支出26200.88万元，主要用于…。与上年相比增加2687.77万元" — a change opening its own
          // sentence is about the last amount of the sentence before.
          // Only when the sentence opens with the change: "按与上年统计口径一致相比，本年比上年减少…"
          // compares another figure, which the sentence does not state.
          const opens = sentence.slice(0, c.start - s).trim() === '';
          const of = listedHere > 1 && head ? head : (last ?? (opens ? previous : undefined));
          claims.push({ ...c, ...(of ? { of } : {}) });
        } else claims.push(c);
      }
      if (marker >= 0) inList = true;
    }
    previous = [...local].reverse().find((c): c is AmountClaim => c.kind === 'amount') ?? (local.length > 0 ? undefined : previous);
    // "（二）公务用车购置及运行费0万元。其中：购置费…" — a 其中 after an item lists under the item.
    if (underOuter) head = local.find((c): c is AmountClaim => c.kind === 'amount') ?? head;
  }
  return claims;
}
