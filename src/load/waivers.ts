/**
 * Waivers (`budget-waivers.yaml`): findings accepted by a person, by rule and place, with a
 * justification and an optional expiry date.
 *
 *   waivers:
 *     - rule: target-cost-cap
 *       place: 绩效目标表 Z劳动能力鉴定费 › 鉴定工作费用 <30万元
 *       file: fixtures/datong-hrss-2026.yaml   # optional; any file when absent
 *       reason: 主管部门已确认上限应为“≤30万元”
 *       expires: 2027-06-30                    # optional
 */
import { messages } from './messages.js';
import type { LocatedProblem } from './problem.js';
import { suggest } from './suggest.js';
import { pathKey, readTree } from './tree.js';
import { isObj } from './obj.js';

export interface Waiver {
  readonly rule: string;
  readonly place: string;
  readonly file?: string;
  readonly reason: string;
  readonly expires?: string;
  /** Where the waiver is written, for reporting it. */
  readonly at: { readonly file: string; readonly line: number; readonly col: number };
}

export type WaiversResult = { ok: true; waivers: Waiver[] } | { ok: false; problems: LocatedProblem[] };

const KEYS = ['rule', 'place', 'file', 'reason', 'expires'];

export function loadWaivers(text: string, file: string, ruleIds: readonly string[]): WaiversResult {
  const tree = readTree(text);
  const problems: LocatedProblem[] = [];
  const pos = (path: (string | number)[], key = false) => {
    const span = tree.spans.get(pathKey(path));
    return tree.position(span ? (key && span.keyStart !== undefined ? span.keyStart : span.start) : 0);
  };
  const problem = (path: (string | number)[], message: LocatedProblem['message'], key = false) =>
    problems.push({ file, ...pos(path, key), place: path.join(' › '), message });
  for (const s of tree.syntax) problems.push({ file, ...tree.position(s.offset), place: '', message: messages.syntax(s.code, s.detail) });
  const waivers: Waiver[] = [];
  if (problems.length > 0) return { ok: false, problems };
  const data = tree.data;
  if (!isObj(data) || !Array.isArray(data.waivers)) {
    problem(isObj(data) ? ['waivers'] : [], messages.missingKey('waivers'), true);
    return { ok: false, problems };
  }
  for (const key of Object.keys(data)) if (key !== 'waivers') problem([key], messages.unknownKey(key, suggest(key, ['waivers'])), true);
  data.waivers.forEach((w, i) => {
    const base = ['waivers', i];
    if (!isObj(w)) {
      problem(base, messages.wrongType('object', typeof w));
      return;
    }
    for (const key of Object.keys(w)) if (!KEYS.includes(key)) problem([...base, key], messages.unknownKey(key, suggest(key, KEYS)), true);
    for (const key of ['rule', 'place', 'reason']) if (typeof w[key] !== 'string' || w[key] === '') problem([...base, key], messages.missingKey(key), true);
    if (typeof w.rule === 'string' && !ruleIds.includes(w.rule)) problem([...base, 'rule'], messages.unknownKey(w.rule, suggest(w.rule, ruleIds)));
    if (w.expires !== undefined && !(typeof w.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(w.expires))) problem([...base, 'expires'], messages.invalid('expires: YYYY-MM-DD'));
    if (typeof w.rule === 'string' && typeof w.place === 'string' && typeof w.reason === 'string') {
      waivers.push({
        rule: w.rule,
        place: w.place,
        reason: w.reason,
        ...(typeof w.file === 'string' ? { file: w.file } : {}),
        ...(typeof w.expires === 'string' ? { expires: w.expires } : {}),
        at: { file, ...pos(base) },
      });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, waivers };
}
