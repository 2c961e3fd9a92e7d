/** What `budget check` prints about loading: the problems of a bad file, or what a good one holds. */
import Table from 'cli-table3';
import type { Loaded } from '../load/load.js';
import { visible } from '../load/messages.js';
import type { LocatedProblem } from '../load/problem.js';
import type { Table as DisclosureTable, Grid } from '../model/disclosure.js';
import { TABLE_ROLES } from '../model/vocabulary.js';
import { paint, type Style, t } from './style.js';

export function renderProblems(problems: readonly LocatedProblem[], style: Style): string {
  const c = paint(style);
  const lines = problems.map((p) => {
    const where = c.underline(`${show(p.file)}:${p.line}:${p.col}`);
    const place = p.place === '' ? '' : c.dim(`  ${p.place}`);
    return `${where}  ${c.red(t(style, { zh: '错误', en: 'error' }))}  ${t(style, p.message)}${place}`;
  });
  const files = [...new Set(problems.map((p) => p.file))];
  const n = problems.length;
  const summary = t(style, {
    zh: `✖ ${files.join('、')}：${n} 个问题，文件未能载入`,
    en: `✖ ${files.join(', ')}: ${n} problem${n === 1 ? '' : 's'}; not loaded`,
  });
  return `${lines.join('\n')}\n\n${c.red(summary)}\n`;
}

/** Document text on a terminal: control characters shown, never obeyed. */
const show = (s: string) => visible(s, Number.POSITIVE_INFINITY);

const gridsOf = (table: DisclosureTable): Grid[] => [...(table.grid ? [table.grid] : []), ...Object.values(table.blocks)];
const figuresOf = (grids: readonly Grid[]): number => grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.amounts.size, 0), 0);

export function renderHoldings(loaded: Loaded, style: Style): string {
  const c = paint(style);
  const { disclosure: d } = loaded;
  const zh = style.lang === 'zh';
  const grid = new Table({
    head: zh ? ['表号', '表名', '作用', '单位', '行', '金额'] : ['No.', 'Title', 'Role', 'Unit', 'Rows', 'Figures'],
    style: { head: [], border: [], compact: true },
  });
  let rows = 0;
  let figures = 0;
  const notes: string[] = [];
  for (const table of Object.values(d.tables)) {
    const grids = gridsOf(table);
    const r = grids.reduce((n, g) => n + g.rows.length, 0);
    const f = figuresOf(grids);
    rows += r;
    figures += f;
    const role = TABLE_ROLES[table.role];
    grid.push([show(table.number ?? ''), show(table.title), zh ? role.zh : role.en, table.unit, String(r), String(f)])
    if (table.note !== undefined) notes.push(show(`${table.number ?? table.title}: ${table.note}`));;
  }
  const targets = d.performance_targets ?? [];
  const tableCount = Object.keys(d.tables).length;
  const lines = [
    c.bold(show(`${loaded.file}: ${d.document.unit} ${d.document.year} ${d.document.kind}`)),
    grid.toString(),
    ...notes.map((n) => c.dim(n)),
  ];
  if (targets.length > 0) {
    lines.push(t(style, { zh: `项目支出绩效目标表 ${targets.length} 张：`, en: `${targets.length} performance target tables: ` }) + targets.map((p) => show(p.project)).join(zh ? '、' : ', '));
  }
  const sections = d.narrative?.length ?? 0;
  lines.push(
    c.green(
      t(style, {
        zh: `✔ 已载入：${tableCount} 张表，${rows} 行，${figures} 个金额；绩效目标表 ${targets.length} 张；情况说明 ${sections} 节`,
        en: `✔ Loaded: ${tableCount} tables, ${rows} rows, ${figures} figures; ${targets.length} performance target tables; ${sections} narrative sections`,
      }),
    ),
  );
  return `${lines.join('\n')}\n`;
}
