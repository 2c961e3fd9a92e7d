/**
 * Linking a claim's label to the figure it names: totals, 基本/项目支出, 人员/公用经费, sources,
 * function classes by name or by "类-款-项" path, 三公 items, 机关运行经费, 政府采购, projects.
 * A label that matches nothing stays unlinked, and the claim is listed as unverified.
 */
import type { Path } from '../load/tree.js';
import type { Amount } from '../model/amount.js';
import type { Disclosure, Grid, Row, Table } from '../model/disclosure.js';
import type { AmountUnit } from '../model/vocabulary.js';
import { type Cell, cell, isTotalName, mainKey, normName, totalRow } from '../rules/lib/cells.js';
import { summaryLine, summaryTotal } from '../rules/lib/lookup.js';

export type Link = Cell & { readonly fig?: { amount: Amount; unit: AmountUnit } };

const squash = (s: string) => normName(s).replace(/[“”"'‘’]/g, '').replace(/[（(]/g, '（').replace(/[）)]/g, '）');

/** A column of a one-row table (Jiangsu's 支出预算总表 prints only its totals, without a name). */
function firstRow(table: Table | undefined, key: string): Link | undefined {
  const grid = table?.grid;
  const row = grid?.rows[0];
  return table && grid && row && grid.columns.some((c) => c.key === key) ? cell(table, grid, row, key) : undefined;
}

function totalOf(table: Table | undefined, key: string): Link | undefined {
  const grid = table?.grid;
  const row = grid && totalRow(grid);
  return table && grid && row && grid.columns.some((c) => c.key === key) ? cell(table, grid, row, key) : undefined;
}

/** A function class (3-digit code) by its printed name. */
function classByName(table: Table | undefined, name: string): Link | undefined {
  const grid = table?.grid;
  const row = grid?.rows.find((r) => r.code?.length === 3 && squash(r.name ?? '') === name);
  // 合计, or a table's one amount column (Jiangsu prints 金额).
  const key = mainKey(grid);
  return table && grid && row && key ? cell(table, grid, row, key) : undefined;
}

/** A row reached by a "类-款-项" path of names, each a child of the one before. */
export function rowByPath(grid: Grid, names: readonly string[]): Row | undefined {
  let parent: Row | undefined;
  for (const name of names) {
    const code = parent?.code ?? '';
    const next: Row | undefined = grid.rows.find(
      (r) => r.code?.startsWith(code) && (parent === undefined ? r.code.length === 3 : r.code.length > code.length) && squash(r.name ?? '') === squash(name),
    );
    if (!next) return undefined;
    parent = next;
  }
  return parent;
}

/**
 * A 三公 item (or the 三公 total), in whichever layout: items as rows (the 合计 column), or items
 * as columns of one row — where Jiangsu prints 三公 beside 会议费 and 培训费, the 三公 total is its
 * 三公经费 column, not 合计.
 */
function threePublic(d: Disclosure, item: string | undefined): Link | undefined {
  for (const t of [d.tables.three_public, d.tables.three_public_and_operating]) {
    const grid = t?.grid;
    if (!t || !grid) continue;
    const row = item === undefined ? grid.rows.find((r) => squash(r.name ?? '') === '合计') : grid.rows.find((r) => squash(r.name ?? '') === item);
    if (row) return cell(t, grid, row, '合计');
    const key = item ?? (grid.columns.some((x) => x.key === '三公经费') ? '三公经费' : '合计');
    if (grid.rows[0] && grid.columns.some((x) => x.key === key)) return cell(t, grid, grid.rows[0], key);
  }
  return undefined;
}

function procurement(d: Disclosure, field: 'total' | 'goods' | 'works' | 'services' | 'sme_reserved' | 'small_micro_reserved'): Link | undefined {
  const p = d.procurement;
  if (!p) return undefined;
  const a = p[field];
  const path: Path = ['procurement', field];
  return { path, place: ['政府采购', field], unit: p.unit, ...(a ? { text: a.text, fig: { amount: a, unit: p.unit } } : {}) };
}

function operatingCosts(d: Disclosure): Link | undefined {
  const t = d.tables.operating_costs;
  const g = t?.grid;
  // The total row, in 合计 or the table's one amount column (Jiangsu keys it 机关运行经费).
  const key = mainKey(g);
  const row = g?.rows.find((r) => isTotalName(r.name)) ?? g?.rows[0];
  if (t && g && row && key) return cell(t, g, row, key);
  const c = d.tables.three_public_and_operating;
  const cg = c?.grid;
  if (c && cg?.rows[0] && cg.columns.some((x) => x.key === '机关运行经费')) return cell(c, cg, cg.rows[0], '机关运行经费');
  return undefined;
}

function projectTotal(d: Disclosure): Link | undefined {
  const t = d.tables.projects;
  const g = t?.grid;
  // The total row is printed first (the unit, 合计), or as 合计 at the bottom.
  const row = g?.rows.find((r) => isTotalName(r.name)) ?? g?.rows[0];
  return t && g && row ? cell(t, g, row, '合计') : totalOf(d.tables.expenditure, '项目支出');
}

const SOURCES: readonly [RegExp, RegExp][] = [
  [/一般公共预算(资金)?(拨款)?(收入)?$/, /^一般公共预算/],
  [/政府性基金(预算)?(资金)?(拨款)?(收入)?$/, /^政府性基金/],
  [/国有资本经营(预算)?(资金)?(拨款)?(收入)?$/, /^国有资本经营/],
  [/财政专户管理资金(收入)?$/, /^财政专户管理资金/],
  [/单位资金(收入)?$/, /^单位资金/],
  [/财政拨款收入$/, /^财政拨款/],
  [/事业收入$/, /^事业收入/],
  [/事业单位经营收入$/, /^事业单位经营收入/],
  [/其他收入$/, /^其他收入/],
];

/**
 * The figure a label names. `context` is the heading of the section the claim stands in: a class
 * named under 一般公共预算 is read from the general expenditure table, otherwise from 支出总表.
 */
export function linkLabel(d: Disclosure, rawLabel: string, context: string): Link | undefined {
  const direct = linkOne(d, rawLabel, context);
  if (direct) return direct;
  // Jiangsu names subjects "法院（款）行政运行（项）支出" and "公共安全（类）支出": a path by level.
  const levels = [...rawLabel.matchAll(/([^（）()]+?)[（(](类|款|项)[）)]/g)].map((m) => (m[1] ?? '').replace(/^[、，,。；;：:\d.．]+/, ''));
  if (levels.length > 0) {
    const last = rawLabel.match(/[（(](类|款|项)[）)]/g)?.at(-1) ?? '';
    if (/类/.test(last) && levels.length === 1) {
      const byClass = linkOne(d, `${levels[0]}支出`, context);
      if (byClass) return byClass;
    }
    for (const table of [d.tables.general_expenditure, d.tables.expenditure, d.tables.appropriation_expenditure]) {
      const grid = table?.grid;
      if (!table || !grid) continue;
      // The deepest level by name, whose parents carry the other names.
      const leaf = levels.at(-1) ?? '';
      const row = grid.rows.find(
        (r) =>
          r.code !== undefined &&
          squash(r.name ?? '') === squash(leaf) &&
          levels.slice(0, -1).every((n) => grid.rows.some((p) => p.code !== undefined && r.code?.startsWith(p.code) && p.code !== r.code && squash(p.name ?? '').replace(/支出$/, '') === squash(n).replace(/支出$/, ''))),
      );
      if (row) return cell(table, grid, row, mainKey(grid) ?? '合计');
    }
  }
  // "基本支出预算数为…", "因公出国（境）费预算支出…": the same figure, named with its budget words.
  const core = rawLabel.replace(/(预算支出|预算数|预算)+$/, '');
  return core !== rawLabel && core !== '' ? linkOne(d, core, context) : undefined;
}

function linkOne(d: Disclosure, rawLabel: string, context: string): Link | undefined {
  // "“一般公共服务支出”科目": a subject named with the word 科目 is the subject;
  // "公务车购置及运行费" is the usual short form of 公务用车购置及运行费.
  const label = squash(rawLabel)
    .replace(/^(共有|实有)/, '')
    .replace(/科目$/, '')
    .replace(/公务车(?=购置|运行)/g, '公务用车');
  const t = d.tables;
  const general = /一般公共预算/.test(context);
  const appropriation = /财政拨款收支/.test(context);

  // A "类-款-项" path, as Shanghai names its subjects: “一般公共服务支出-…-行政运行”科目.
  const path = rawLabel.replace(/[“”"]/g, '').replace(/科目$/, '').split(/[-－—]/);
  if (path.length >= 2) {
    for (const table of [t.general_expenditure, t.expenditure, t.appropriation_expenditure]) {
      const grid = table?.grid;
      const row = grid && rowByPath(grid, path);
      if (table && grid && row) return cell(table, grid, row, '合计');
    }
  }

  if (/^(预算)?收入(预算)?(总计)?$|^预算收入(总计)?$|^收入预算$/.test(label)) return appropriation ? summaryTotal(t.appropriation_summary, 'income', 'grand') : summaryTotal(t.summary, 'income', 'grand');
  if (/^本年收入(合计)?$/.test(label)) return summaryTotal(t.summary, 'income', 'subtotal');
  if (/^(本年(单位)?(部门)?预算)?支出(预算)?(总计)?$|^支出预算$|^(单位|部门)?预算支出总计$/.test(label)) return summaryTotal(t.summary, 'expenditure', 'grand');
  if (/^本年预算安排$/.test(label)) return summaryTotal(t.summary, 'expenditure', 'subtotal');
  if (/^上年结转(收入)?$/.test(label)) return summaryTotal(appropriation ? t.appropriation_summary : t.summary, 'income', 'carry');
  if (/^财政拨款收支总预算$|^财政拨款收入$/.test(label) && t.appropriation_summary) return summaryTotal(t.appropriation_summary, 'income', 'grand');
  if (/^当年拨款收入$/.test(label)) return summaryTotal(t.appropriation_summary, 'income', 'subtotal');
  if (/^(一般公共预算)?当年(拨款)?支出$|^一般公共预算支出(预算)?$/.test(label)) return totalOf(t.general_expenditure, '合计');
  if (/^单位预留机动经费$/.test(label)) return totalOf(t.expenditure, '单位预留机动经费') ?? firstRow(t.expenditure, '单位预留机动经费');
  if (/^(一般公共预算安排)?基本支出$/.test(label))
    return general || /安排/.test(label) ? totalOf(t.general_expenditure, '基本支出') : (totalOf(t.expenditure, '基本支出') ?? firstRow(t.expenditure, '基本支出'));
  if (/^项目支出$/.test(label)) return general ? totalOf(t.general_expenditure, '项目支出') : (totalOf(t.expenditure, '项目支出') ?? firstRow(t.expenditure, '项目支出'));
  if (/^人员经费$/.test(label)) return totalOf(t.general_basic_economic, '人员经费');
  if (/^公用经费$/.test(label)) return totalOf(t.general_basic_economic, '公用经费');
  if (/三公经费(预算)?(数)?$/.test(label)) return threePublic(d, undefined);
  for (const item of ['因公出国（境）费', '公务接待费', '公务用车购置及运行费', '公务用车购置费']) {
    if (label.endsWith(item)) return threePublic(d, item);
  }
  if (/公务用车运行(维护)?费$/.test(label)) return threePublic(d, '公务用车运行维护费');
  if (/机关运行经费/.test(label)) return operatingCosts(d);
  if (/政府采购(预算)?(总额)?$|^政府采购预算$/.test(label)) return procurement(d, 'total');
  if (/政府采购货物(预算)?$/.test(label)) return procurement(d, 'goods');
  if (/政府采购工程(预算)?$/.test(label)) return procurement(d, 'works');
  if (/政府采购服务(预算)?$/.test(label)) return procurement(d, 'services');
  if (/中小企业.*预算金额$/.test(label)) return procurement(d, 'sme_reserved');
  if (/小型和微型企业.*预算$/.test(label)) return procurement(d, 'small_micro_reserved');
  if (/(涉及(项目)?(资金|金额)|共计金额|项目支出总额)$/.test(label)) return projectTotal(d);
  if (/财政拨款支出预算$/.test(label) && t.appropriation_summary) return summaryTotal(t.appropriation_summary, 'expenditure', 'grand');
  if (/^一般公共预算(拨款)?支出(预算)?$/.test(label)) return totalOf(t.general_expenditure, '合计');
  if (/^政府性基金(预算)?(拨款)?支出(预算)?$/.test(label)) return totalOf(t.fund_expenditure, '合计');
  if (/^国有资本经营预算(拨款)?支出(预算)?$/.test(label)) return totalOf(t.state_capital_expenditure, '合计');

  for (const [pattern, line] of SOURCES) {
    if (!pattern.test(label)) continue;
    const block = /支出/.test(label) ? undefined : appropriation ? t.appropriation_summary : t.summary;
    const found = block ? summaryLine(block, 'income', line) : undefined;
    if (found) return found;
  }
  // A function class by name, from the table the section speaks of.
  for (const table of general ? [t.general_expenditure, t.expenditure] : [t.expenditure, t.general_expenditure]) {
    const found = classByName(table, label.replace(/^.*?([\u4e00-\u9fff（）]+支出)$/, '$1'));
    if (found) return found;
  }
  // A project by name.
  const pt = t.projects;
  const pg = pt?.grid;
  const project = pg?.rows.slice(1).find((r) => squash(r.name ?? '') !== '' && label.endsWith(squash(r.name ?? '')));
  if (pt && pg && project) return cell(pt, pg, project, '合计');
  return undefined;
}
