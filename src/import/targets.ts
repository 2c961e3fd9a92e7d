/**
 * The 项目支出绩效目标表 (project performance target forms) read from positioned lines into the
 * `performance_targets` shape of the YAML form. Every field is kept as printed; amounts stay the
 * printed text ("170,500", "0"), never a JS number.
 *
 * A form is a grid of labelled cells, but its columns are not regular: one form's value sits in
 * the second cell, the next form's in the third, and a merged cell shifts a whole row left. So
 * the form is read from the order of its cells and from its printed labels, never from fixed
 * column positions.
 */
import { isAmount } from '../model/amount.js';
import type { AmountUnit } from '../model/vocabulary.js';
import { type Cell, type Line, squash } from './source.js';

/** An amount over the whole implementation period and for the year, each as printed. */
export interface FundPair {
  readonly period?: string;
  readonly annual?: string;
}

export interface FundSource extends FundPair {
  readonly name: string;
}

/** One printed line of 绩效指标, one side (实施期 or 年度) of it. */
export interface Indicator {
  readonly level1?: string;
  readonly level2?: string;
  readonly level3?: string;
  readonly value?: string;
}

export interface PerformanceTargetData {
  readonly title?: string;
  readonly subtitle?: string;
  readonly project: string;
  readonly department?: string;
  readonly implementer?: string;
  readonly attribute?: string;
  readonly term?: string;
  readonly funds: {
    readonly unit: AmountUnit;
    readonly total: FundPair;
    readonly sources: readonly FundSource[];
  };
  readonly overview?: string;
  readonly basis?: string;
  readonly necessity?: string;
  readonly safeguards?: string;
  readonly plan?: string;
  readonly goals?: Goals;
  readonly indicators: { readonly period?: readonly Indicator[]; readonly annual?: readonly Indicator[] };
  readonly signoff?: Signoff;
}

interface Goals {
  readonly period?: string;
  readonly annual?: string;
}

interface Signoff {
  readonly responsible?: string;
  readonly handler?: string;
  readonly phone?: string;
  readonly filled_on?: string;
}

const TITLE = /项目支出绩效目标表$/;
/** How far below its title a form's first row (项目名称) may stand: the subtitle and blank lines. */
const TITLE_REACH = 3;

/** The labelled single-value fields of a form: printed label → key. */
const FIELDS: ReadonlyMap<string, keyof PerformanceTargetData> = new Map([
  ['项目名称', 'project'],
  ['主管部门及代码', 'department'],
  ['实施单位', 'implementer'],
  ['项目属性', 'attribute'],
  ['项目期', 'term'],
  ['项目概况', 'overview'],
  ['立项依据', 'basis'],
  ['项目设立必要性', 'necessity'],
  ['保证项目实施的制度、措施', 'safeguards'],
  ['项目实施计划', 'plan'],
]);

const SIGNOFF: ReadonlyMap<string, keyof Signoff> = new Map([
  ['负责人', 'responsible'],
  ['经办人', 'handler'],
  ['联系电话', 'phone'],
  ['填报日期', 'filled_on'],
]);

/**
 * The printed labels of a form, read as its structure rather than as values: a form's text that
 * is one of these is placed when the form is read.
 */
export const FORM_LABELS: ReadonlySet<string> = new Set([
  ...FIELDS.keys(),
  ...SIGNOFF.keys(),
  '项目资金(元)',
  '实施期资金总额',
  '年度资金总额',
  '总体目标',
  '实施期目标',
  '年度目标',
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
]);

/** Every 项目支出绩效目标表 printed in the document, in printed order. */
export function readTargets(lines: readonly Line[]): PerformanceTargetData[] {
  const starts = formStarts(lines);
  return starts.map((start, i) => readForm(lines.slice(start, starts[i + 1] ?? lines.length)));
}

/**
 * Where each form begins: its title, with a 项目名称 row just below — a title alone (in 目录, or
 * named in a sentence) is no form.
 */
function formStarts(lines: readonly Line[]): number[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (!TITLE.test(squash(l.text))) return;
    const below = lines.slice(i + 1, i + 1 + TITLE_REACH);
    if (below.some((b) => firstLabel(b) === '项目名称')) starts.push(i);
  });
  return starts;
}

const firstLabel = (l: Line): string => squash(l.cells[0]?.text ?? '');

/** The form's title and subtitle, then its rows down to the signoff line. */
function readForm(form: readonly Line[]): PerformanceTargetData {
  const first = form.findIndex((l) => firstLabel(l) === '项目名称');
  const head = form.slice(0, first);
  const title = head[0]?.cells.map((c) => c.text).join('');
  // The subtitle is the line between title and form: the year, "(2026年度)".
  const subtitle = head[1]?.text.trim();
  const body = readBody(form.slice(first));
  return {
    ...(title ? { title } : {}),
    ...(subtitle ? { subtitle } : {}),
    ...body,
  };
}

type Body = Omit<PerformanceTargetData, 'title' | 'subtitle'>;

/**
 * The rows of one form, by what each row is: a labelled field, the 项目资金 block (its label row
 * and the source rows under it), the 总体目标 and its header, the 绩效指标 rows, the signoff.
 */
function readBody(rows: readonly Line[]): Body {
  const fields: Partial<Record<keyof PerformanceTargetData, string>> = {};
  let funds: { unit: AmountUnit; total: FundPair; sources: FundSource[] } = { unit: '元', total: {}, sources: [] };
  let goals: Goals | undefined;
  let goalsHeader: Line | undefined;
  let signoff: Signoff | undefined;
  const indicatorRows: Line[] = [];
  let mode: 'funds' | 'indicators' | undefined;
  for (const row of rows) {
    const label = firstLabel(row);
    if ([...SIGNOFF.keys()].some((k) => label.startsWith(k))) {
      signoff = readSignoff(row.cells);
      break;
    }
    if (mode === 'indicators') indicatorRows.push(row);
    else if (label.startsWith('项目资金')) {
      funds = { unit: unitOf(label), total: fundPair(row.cells.slice(1)), sources: [] };
      mode = 'funds';
    } else if (label === '绩效指标') mode = 'indicators';
    else if (row.cells.some((c) => squash(c.text) === '实施期目标')) goalsHeader = row;
    else if (label === '总体目标') goals = readGoals(row.cells.slice(1), goalsHeader);
    else if (isLabelled(row)) {
      Object.assign(fields, labelled(row.cells));
      mode = undefined;
    } else if (mode === 'funds') funds.sources.push(fundSource(row.cells));
  }
  const indicators = readIndicators(indicatorRows);
  return {
    project: fields.project ?? '',
    ...pick(fields, ['department', 'implementer', 'attribute', 'term']),
    funds,
    ...pick(fields, ['overview', 'basis', 'necessity', 'safeguards', 'plan']),
    ...(goals ? { goals } : {}),
    indicators: {
      ...(indicators.period.length > 0 ? { period: indicators.period } : {}),
      ...(indicators.annual.length > 0 ? { annual: indicators.annual } : {}),
    },
    ...(signoff ? { signoff } : {}),
  };
}

/** The fields among `keys` that were printed, in the order of `keys` (the YAML form's order). */
function pick(fields: Partial<Record<string, string>>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (fields[k] === undefined ? [] : [[k, fields[k]]])));
}

const isLabelled = (row: Line): boolean => row.cells.some((c) => FIELDS.has(squash(c.text)));

/** A row of label and value cells ("主管部门及代码 | 121-… | 实施单位 | 大同市…"). */
function labelled(cells: readonly Cell[]): Partial<Record<keyof PerformanceTargetData, string>> {
  const out: Partial<Record<keyof PerformanceTargetData, string>> = {};
  cells.forEach((c, i) => {
    const key = FIELDS.get(squash(c.text));
    if (!key) return;
    const next = cells[i + 1];
    // A label followed by another label has a blank value: it is left out.
    if (next && !FIELDS.has(squash(next.text))) out[key] = next.text.trim();
  });
  return out;
}

/** "项目资金（元）": the unit of every amount in the block. */
function unitOf(label: string): AmountUnit {
  return /[(（]万元[)）]/.test(label) ? '万元' : '元';
}

/**
 * A funds row as (name, amount?) pairs: the 实施期 side first, the 年度 side second. A source with
 * no money printed ("其他资金") has a name and no amount.
 */
function sides(cells: readonly Cell[]): { name: string; amount?: string }[] {
  const pairs: { name: string; amount?: string }[] = [];
  for (const c of cells) {
    const text = c.text.trim();
    const last = pairs.at(-1);
    if (isAmount(text) && last && last.amount === undefined) last.amount = text;
    else pairs.push({ name: text });
  }
  return pairs;
}

function fundPair(cells: readonly Cell[]): FundPair {
  const [period, annual] = sides(cells);
  return {
    ...(period?.amount !== undefined ? { period: period.amount } : {}),
    ...(annual?.amount !== undefined ? { annual: annual.amount } : {}),
  };
}

/**
 * One source of funds ("其中：中央财政资金 | 0 | 其中：中央财政资金 | 0"). Both sides print the same
 * name; it is read from the first, without the "其中：" that opens the list, and with the break of a
 * narrow cell ("市县(区)财政资 金") joined.
 */
function fundSource(cells: readonly Cell[]): FundSource {
  const name = squash(sides(cells)[0]?.name ?? '').replace(/^其中[:：]/, '');
  return { name, ...fundPair(cells) };
}

/**
 * 总体目标: the 实施期 goal and the 年度 goal. A goal stands under its header ("实施期目标 |
 * 年度目标" on the line above) — not always in the header's cell, but never left of the 年度 header
 * when it is the 年度 goal.
 */
function readGoals(cells: readonly Cell[], header: Line | undefined): Goals {
  const annualAt = header?.cells.find((c) => squash(c.text) === '年度目标')?.x0;
  const texts = (pred: (c: Cell) => boolean) =>
    cells
      .filter(pred)
      .map((c) => c.text.trim())
      .join('');
  const [period, annual] =
    annualAt === undefined ? [cells[0]?.text.trim(), cells[1]?.text.trim()] : [texts((c) => c.x0 < annualAt), texts((c) => c.x0 >= annualAt)];
  return { ...(period ? { period } : {}), ...(annual ? { annual } : {}) };
}

/**
 * The 绩效指标 rows. Each printed row holds the 实施期 side and the 年度 side, and both print the
 * same cells: 二级指标, 三级指标, 指标值, preceded once by the 一级指标 shared by both. Merged cells
 * leave a 一级 or 二级 指标 out of the rows below the first; it is carried down.
 *
 * Positions are no help here (a merged cell shifts the rest of its row a column left), so a row is
 * read by its count of cells: odd when it opens with a 一级指标, the rest split in halves.
 */
function readIndicators(rows: readonly Line[]): { period: Indicator[]; annual: Indicator[] } {
  const out = { period: [] as Indicator[], annual: [] as Indicator[] };
  let level1: string | undefined;
  const level2: { period?: string; annual?: string } = {};
  for (const row of rows) {
    const texts = row.cells.map((c) => c.text.trim());
    if (texts.length % 2 === 1) level1 = texts.shift();
    const half = texts.length / 2;
    for (const [side, cells] of [
      ['period', texts.slice(0, half)],
      ['annual', texts.slice(half)],
    ] as const) {
      const read = indicatorSide(cells, level2[side]);
      if (!read) continue;
      level2[side] = read.level2;
      out[side].push({ ...(level1 ? { level1 } : {}), ...read });
    }
  }
  return out;
}

/**
 * One side of an indicator row, by its cells from the right: 指标值 and 三级指标 when there are two
 * (the 二级指标 is a merged cell above), all three when there are three. A lone cell is a 二级指标
 * printed with no indicator under it (经济效益, 生态效益).
 */
function indicatorSide(cells: readonly string[], carried: string | undefined): Omit<Indicator, 'level1'> | undefined {
  if (cells.length === 1) return { level2: cells[0] as string };
  if (cells.length === 2) return { ...(carried ? { level2: carried } : {}), level3: cells[0] as string, value: cells[1] as string };
  if (cells.length === 3) return { level2: cells[0] as string, level3: cells[1] as string, value: cells[2] as string };
  return undefined;
}

/**
 * "负责人： | 经办人： | 联系电话： | 填报日期： | 20251120094502": each label with the cell after it,
 * or with the text after its colon when printed in one cell. A label printed with no value is "".
 */
function readSignoff(cells: readonly Cell[]): Signoff {
  const out: Partial<Record<keyof Signoff, string>> = {};
  const labelOf = (text: string) => [...SIGNOFF].find(([k]) => squash(text).startsWith(k));
  cells.forEach((c, i) => {
    const found = labelOf(c.text);
    if (!found) return;
    const [label, key] = found;
    const inCell = squash(c.text).slice(label.length).replace(/^[:：]/, '');
    const next = cells[i + 1];
    out[key] = inCell !== '' ? inCell : next && !labelOf(next.text) ? next.text.trim() : '';
  });
  return out;
}
