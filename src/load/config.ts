/**
 * The configuration (`budget.config.yaml`): rules switched off or reported at another severity.
 *
 *   rules:
 *     punctuation: off
 *     kind-words: info
 */
import { messages } from './messages.js';
import type { LocatedProblem } from './problem.js';
import { suggest } from './suggest.js';
import { pathKey, readTree } from './tree.js';
import { isObj } from './obj.js';

export type Setting = 'off' | 'error' | 'warning' | 'info';
const SETTINGS: readonly Setting[] = ['off', 'error', 'warning', 'info'];

export interface Config {
  readonly severities: Readonly<Record<string, Setting>>;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: LocatedProblem[] };

export function loadConfig(text: string, file: string, ruleIds: readonly string[]): ConfigResult {
  const tree = readTree(text);
  const problems: LocatedProblem[] = [];
  const at = (path: (string | number)[], message: LocatedProblem['message'], key = false) => {
    const span = tree.spans.get(pathKey(path));
    const pos = tree.position(span ? (key && span.keyStart !== undefined ? span.keyStart : span.start) : 0);
    problems.push({ file, line: pos.line, col: pos.col, place: path.join(' › '), message });
  };
  for (const s of tree.syntax) {
    const pos = tree.position(s.offset);
    problems.push({ file, line: pos.line, col: pos.col, place: '', message: messages.syntax(s.code, s.detail) });
  }
  const severities: Record<string, Setting> = {};
  const data = tree.data ?? {};
  if (problems.length === 0 && !isObj(data)) at([], messages.notAMapping());
  if (problems.length === 0 && isObj(data)) {
    for (const key of Object.keys(data)) if (key !== 'rules') at([key], messages.unknownKey(key, suggest(key, ['rules'])), true);
    const rules = data.rules ?? {};
    if (!isObj(rules)) at(['rules'], messages.wrongType('object', Array.isArray(rules) ? 'array' : typeof rules));
    else {
      for (const [id, value] of Object.entries(rules)) {
        if (!ruleIds.includes(id)) at(['rules', id], messages.unknownKey(id, suggest(id, ruleIds)), true);
        else if (typeof value !== 'string' || !SETTINGS.includes(value as Setting)) at(['rules', id], messages.notOneOf(SETTINGS, String(value)));
        else severities[id] = value as Setting;
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: { severities } };
}
