import { Table } from '../report/box.js';
import { RULES } from '../rules/index.js';
import { wrap } from '../report/wrap.js';
import type { Lang } from './io.js';

export function listRules(lang: Lang, format: 'pretty' | 'json'): string {
  if (format === 'json') {
    const rules = RULES.map((r) => ({ id: r.id, group: r.group, severity: r.severity, description: r.description, docs: `docs/rules/${r.id}.md` }));
    return `${JSON.stringify(rules, null, 2)}\n`;
  }
  const grid = new Table({
    head: lang === 'zh' ? ['规则', '类别', '严重性', '检查的等式'] : ['Rule', 'Group', 'Severity', 'Identity'],
    colWidths: [30, 14, 10, 70],
    style: { compact: true },
  });
  for (const r of RULES) grid.push([r.id, r.group, r.severity, wrap(r.description[lang], 68)]);
  return `${grid.toString()}\n`;
}
