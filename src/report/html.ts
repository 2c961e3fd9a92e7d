/**
 * The HTML report: one self-contained page (inline CSS and SVG; no script, no network, no font)
 * that a reviewer reads on screen or prints. It holds, for each file:
 * - the verdict and the counts;
 * - the review checklist, each problem linked to its place;
 * - every table drawn as printed (title, unit, multi-level header, rows in printed order), with the
 *   cells of each finding marked by colour and by a text label, and the findings beside it;
 * - the narrative as printed, each claim marked with its verdict and the recomputed figure;
 * - charts of the recomputed shares.
 * Marked cells carry `data-loc` (line:col of the YAML), as findings do, so tests and people can
 * tell which finding marks which cell.
 */
import type { Loaded } from '../load/load.js';
import type { Grid, Table } from '../model/disclosure.js';
import type { TableRole } from '../model/vocabulary.js';
import { buildChecklist } from './checklist.js';
import { LEVEL_WORDS, T } from './style.js';
import type { CheckReport, FileReport } from './schema.js';

type Finding = FileReport['findings'][number];
type Lang = 'zh' | 'en';

export interface HtmlOptions {
  readonly lang: Lang;
  readonly version: string;
  /** Whether a finding of the file reaches --fail-on: the verdict, as the exit code has it. */
  readonly failing: boolean;
}

/** Text made safe inside HTML: markup escaped, control characters shown, never obeyed. */
export function esc(s: string): string {
  const control = (code: number) => (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
  return [...s]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if (control(code)) return `\\x${code.toString(16).padStart(2, '0')}`;
      return ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as Record<string, string>)[c] ?? c;
    })
    .join('');
}

const levelOf = (f: Finding) => (f.outcome === 'tail' ? 'tail' : f.severity);
const loc = (l: { line: number; col: number }) => `${l.line}:${l.col}`;

const HTML_STYLE = `
:root { --err: #b3261e; --err-bg: #fde7e5; --warn: #8a5a00; --warn-bg: #fff2cc; --tail: #155e75; --tail-bg: #e0f2f7; --ok: #1b6e3a; --line: #c9c9c9; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 1200px; padding: 24px; color: #1d1d1d; line-height: 1.5; }
h1 { font-size: 1.6em; margin: 0 0 .2em; } h2 { font-size: 1.3em; border-bottom: 2px solid #333; padding-bottom: .2em; margin-top: 2em; } h3 { font-size: 1.1em; margin: 1.5em 0 .4em; }
.meta { color: #555; }
.verdict { display: inline-block; padding: .2em .8em; border-radius: 4px; font-weight: bold; }
.verdict.pass { background: #e3f4e8; color: var(--ok); } .verdict.fail { background: var(--err-bg); color: var(--err); }
.counts { display: flex; gap: 1.2em; flex-wrap: wrap; margin: .6em 0; }
.counts span { border: 1px solid var(--line); border-radius: 4px; padding: .2em .6em; }
table { border-collapse: collapse; margin: .4em 0; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .25em .5em; vertical-align: middle; }
th { background: #f3f3f3; font-weight: 600; text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.printed { overflow-x: auto; }
.blocks { display: flex; gap: 1em; flex-wrap: wrap; align-items: flex-start; }
.unit { color: #555; font-size: .9em; }
td.mark { position: relative; }
td.mark.error { background: var(--err-bg); outline: 2px solid var(--err); }
td.mark.warning { background: var(--warn-bg); outline: 2px solid var(--warn); }
td.mark.tail { background: var(--tail-bg); outline: 2px dashed var(--tail); }
td.mark.info { background: var(--tail-bg); }
.tag { display: inline-block; font-size: .72em; font-weight: bold; border-radius: 3px; padding: 0 .3em; margin-right: .3em; color: #fff; }
.tag.error { background: var(--err); } .tag.warning { background: var(--warn); } .tag.tail { background: var(--tail); } .tag.info { background: #666; }
.findings { margin: .4em 0 1.2em; padding-left: 1.4em; }
.findings li { margin: .3em 0; }
.figures { color: #333; font-size: .9em; }
.checklist td.ok { color: var(--ok); font-weight: bold; text-align: center; } .checklist td.no { color: var(--err); font-weight: bold; text-align: center; }
.narrative p { margin: .3em 0; white-space: pre-wrap; }
mark { padding: 0 .1em; border-radius: 2px; }
mark.verified { background: #e3f4e8; border-bottom: 2px solid var(--ok); }
mark.contradicted { background: var(--err-bg); border-bottom: 2px solid var(--err); }
mark.tail { background: var(--tail-bg); border-bottom: 2px dashed var(--tail); }
mark.unverified { background: #eee; border-bottom: 2px dotted #777; }
.claim-label { font-size: .75em; color: #333; }
svg text { font-size: 12px; }
a { color: #0b57d0; }
footer { margin-top: 3em; color: #777; font-size: .85em; }
@media print {
  body { max-width: none; padding: 0; }
  section.printed-table, section.narrative, section.checklist, section.charts { break-before: page; }
  a { color: inherit; text-decoration: none; }
  td.mark.error, td.mark.warning, td.mark.tail { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

export function htmlHead(lang: Lang, title: string): string {
  return `<!DOCTYPE html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n`;
}

export function htmlTail(o: { lang: Lang; version: string }, summary?: CheckReport['summary']): string {
  const s = summary
    ? `<p>${T(o.lang, `共 ${summary.files} 个文件：${summary.errors} 个错误，${summary.warnings} 个警告，${summary.tails} 处尾差，${summary.invalid} 个无法载入`, `${summary.files} file(s): ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.tails} tail(s), ${summary.invalid} could not be loaded`)}</p>\n`
    : '';
  return `<footer>\n${s}<p>budget ${esc(o.version)}</p>\n</footer>\n</body>\n</html>\n`;
}

/** The cells of the drawn tables by the YAML place of their value (line:col). */
class CellIndex {
  private readonly ids = new Map<string, string>();
  private n = 0;
  add(locations: readonly string[]): string {
    const id = `cell-${++this.n}`;
    for (const l of locations) if (!this.ids.has(l)) this.ids.set(l, id);
    return id;
  }
  get(l: { line: number; col: number }): string | undefined {
    return this.ids.get(loc(l));
  }
}

interface Ctx {
  readonly o: HtmlOptions;
  readonly report: FileReport;
  readonly loaded: Loaded;
  readonly cells: CellIndex;
  /** Findings (by index) marking each line:col. */
  readonly marks: Map<string, number[]>;
  readonly prefix: string;
}

/** One file's section of the HTML report. */
export function htmlFile(loaded: Loaded | undefined, report: FileReport, o: HtmlOptions, index = 0): string {
  const lang = o.lang;
  const prefix = `f${index + 1}`;
  const out: string[] = [`<article id="${prefix}">`];
  if (report.status === 'invalid') {
    out.push(`<h1>${esc(report.file)}</h1>`, `<p class="verdict fail">${T(lang, '无法载入', 'Could not be loaded')}</p>`, '<ul>');
    for (const p of report.problems) out.push(`<li><code>${esc(`${p.file}:${p.line}:${p.col}`)}</code> ${esc(p.message[lang])}${p.place ? ` <span class="meta">${esc(p.place)}</span>` : ''}</li>`);
    out.push('</ul>', '</article>');
    return `${out.join('\n')}\n`;
  }
  if (!loaded) {
    // A report of no disclosure (the waivers file's own findings): its findings only.
    out.push(`<h1>${esc(report.file)}</h1>`, findingList({ o, report, cells: new CellIndex(), prefix }, report.findings.map((_, i) => i)), '</article>');
    return `${out.join('\n')}\n`;
  }
  const d = loaded.disclosure;
  const marks = new Map<string, number[]>();
  report.findings.forEach((f, i) => {
    const k = loc(f.location);
    marks.set(k, [...(marks.get(k) ?? []), i]);
  });
  const ctx: Ctx = { o, report, loaded, cells: new CellIndex(), marks, prefix };
  // Tables are drawn first (into a buffer), so that every cell id exists before a link names it.
  const tables = [
    ...(Object.entries(d.tables) as [TableRole, Table][]).map(([role, t]) => drawTable(ctx, role, t)),
    ...(d.performance_targets ?? []).map((_, k) => drawTarget(ctx, k)),
  ];
  const failing = o.failing;
  const unverified = report.claims.filter((c) => c.verdict === 'unverified').length;
  const c = report.counts;
  out.push(
    `<header>`,
    `<h1>${esc(d.document.title)}</h1>`,
    `<p class="meta">${esc(d.document.unit)} · ${d.document.year} · ${esc(d.document.kind)} · ${T(lang, '金额单位', 'unit')} ${esc(d.document.amount_unit)} · <code>${esc(report.file)}</code></p>`,
    `<p><span class="verdict ${failing ? 'fail' : 'pass'}">${failing ? T(lang, '未通过', 'Does not pass') : T(lang, '通过', 'Passes')}</span></p>`,
    `<div class="counts"><span>${T(lang, '错误', 'Errors')} <b>${c.errors}</b></span><span>${T(lang, '警告', 'Warnings')} <b>${c.warnings}</b></span><span>${T(lang, '尾差', 'Rounding tails')} <b>${c.tails}</b></span><span>${T(lang, '未核实的说法', 'Unverified claims')} <b>${unverified}</b></span></div>`,
    `</header>`,
  );
  out.push(checklistSection(ctx));
  out.push(...tables);
  out.push(otherFindings(ctx));
  out.push(narrativeSection(ctx));
  out.push(chartsSection(ctx));
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

function findingLink(ctx: Ctx, i: number): string {
  const f = ctx.report.findings[i] as Finding;
  const level = levelOf(f);
  return `<a href="#${ctx.prefix}-finding-${i + 1}"><span class="tag ${level}">${LEVEL_WORDS[level][ctx.o.lang]}</span>${esc(f.place)}</a>`;
}

function checklistSection(ctx: Ctx): string {
  const { o } = ctx;
  const rows = buildChecklist(ctx.loaded, ctx.report).map((p) => {
    const problems = p.problems.map((i) => `<li>${findingLink(ctx, i)}</li>`).join('');
    const missing = p.present ? '' : `<li>${T(o.lang, '缺少此部分', 'This part is missing')}</li>`;
    const label = esc(p.name[o.lang]);
    const name = p.id.startsWith('part-table-') && p.present ? `<a href="#${ctx.prefix}-${p.id}">${label}</a>` : label;
    return `<tr id="${ctx.prefix}-check-${p.id}"><td>${name}</td><td class="${p.ok ? 'ok' : 'no'}">${p.ok ? T(o.lang, '是', 'Yes') : T(o.lang, '否', 'No')}</td><td>${missing || problems ? `<ul>${missing}${problems}</ul>` : ''}</td></tr>`;
  });
  return `<section class="checklist">\n<h2>${T(o.lang, '检查表', 'Review checklist')}</h2>\n<table class="checklist"><thead><tr><th>${T(o.lang, '部分', 'Part')}</th><th>${T(o.lang, '符合要求', 'Meets the requirements')}</th><th>${T(o.lang, '问题说明', 'Problems')}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n</section>`;
}

/** The header rows of a grid: each printed header cell once, spanning its columns and lines. */
function headerRows(grid: Grid): string[] {
  const depth = Math.max(1, ...grid.columns.map((c) => c.header.length));
  const rows: string[] = [];
  for (let level = 0; level < depth; level++) {
    const cells: string[] = [];
    for (let i = 0; i < grid.columns.length; ) {
      const col = grid.columns[i];
      if (!col || col.header.length <= level) {
        i++;
        continue;
      }
      const prefix = col.header.slice(0, level + 1).join('\u0000');
      let span = 1;
      const last = level === col.header.length - 1;
      // Columns sharing this header (and every header above it) are under one printed cell.
      while (!last && grid.columns[i + span]?.header.slice(0, level + 1).join('\u0000') === prefix && (grid.columns[i + span]?.header.length ?? 0) > level + 1) span++;
      const rowspan = last ? depth - level : 1;
      cells.push(`<th${span > 1 ? ` colspan="${span}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${esc(col.header[level] ?? '')}</th>`);
      i += span;
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  if (grid.columns.some((c) => c.number !== undefined)) rows.push(`<tr>${grid.columns.map((c) => `<th>${esc(c.number ?? '')}</th>`).join('')}</tr>`);
  return rows;
}

/** A cell of a drawn table, marked when a finding is located at it. */
function markedCell(ctx: Ctx, locations: readonly string[], value: string | undefined, numeric: boolean, attrs = ''): string {
  const id = ctx.cells.add(locations);
  const found = [...new Set(locations.flatMap((l) => ctx.marks.get(l) ?? []))];
  if (found.length === 0) return `<td id="${ctx.prefix}-${id}"${numeric ? ' class="num"' : ''}${attrs}>${esc(value ?? '')}</td>`;
  const levels = found.map((i) => levelOf(ctx.report.findings[i] as Finding));
  const level = (['error', 'warning', 'tail', 'info'] as const).find((l) => levels.includes(l)) ?? 'info';
  const tags = [...new Set(levels)].map((l) => `<span class="tag ${l}">${LEVEL_WORDS[l][ctx.o.lang]}</span>`).join('');
  const links = found.map((i) => `<a href="#${ctx.prefix}-finding-${i + 1}" aria-label="finding ${i + 1}">${i + 1}</a>`).join(' ');
  const at = locations.filter((l) => ctx.marks.has(l));
  return `<td id="${ctx.prefix}-${id}" class="mark ${level}${numeric ? ' num' : ''}" data-loc="${at.join(' ')}" data-findings="${found.map((i) => i + 1).join(' ')}"${attrs}>${tags}${esc(value ?? '')} <sup>${links}</sup></td>`;
}

function drawGrid(ctx: Ctx, grid: Grid): string {
  const { loaded } = ctx;
  const body = grid.rows.map((row) => {
    const rowLoc = loc(loaded.locate(row.path));
    const cells = grid.columns.map((col, k) => {
      const value = col.key === 'code' ? row.code : col.key === 'name' ? row.name : col.key === 'gov_econ' ? row.govEcon : col.key === 'group' ? row.group : (row.amounts.get(col.key)?.text ?? row.texts.get(col.key));
      // A finding on a blank cell is located at its row: the row's first cell stands for it.
      const locations = [loc(loaded.locate([...row.path, col.key])), ...(k === 0 ? [rowLoc] : [])];
      const own = value === undefined ? locations.slice(1) : locations;
      return markedCell(ctx, own, value, col.kind === 'amount');
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>\n<thead>${headerRows(grid).join('')}</thead>\n<tbody>\n${body.join('\n')}\n</tbody></table>`;
}

function drawTable(ctx: Ctx, role: TableRole, t: Table): string {
  const { o } = ctx;
  const grids = t.grid ? [t.grid] : Object.values(t.blocks).filter((g): g is Grid => g !== undefined);
  const drawn = grids.length === 1 && t.grid ? drawGrid(ctx, t.grid) : `<div class="blocks">${grids.map((g) => `<div><h4>${esc(g.heading ?? '')}</h4>${drawGrid(ctx, g)}</div>`).join('')}</div>`;
  const findings = ctx.report.findings.flatMap((f, i) => (f.table === t.title ? [i] : []));
  return [
    `<section class="printed-table" id="${ctx.prefix}-part-table-${role}">`,
    `<h3>${t.number ? `${esc(t.number)} ` : ''}${esc(t.title)}</h3>`,
    `<p class="unit">${t.issuer ? `${esc(t.issuer)}　` : ''}${T(o.lang, '单位：', 'Unit: ')}${esc(t.unit)}</p>`,
    `<div class="printed">${drawn}</div>`,
    t.note ? `<p class="unit">${esc(t.note)}</p>` : '',
    findingList(ctx, findings),
    '</section>',
  ].join('\n');
}

function findingList(ctx: Pick<Ctx, 'o' | 'report' | 'cells' | 'prefix'>, indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const { o } = ctx;
  const items = indices.map((i) => {
    const f = ctx.report.findings[i] as Finding;
    const level = levelOf(f);
    const cell = ctx.cells.get(f.location);
    const page = f.location.page !== undefined ? `${T(o.lang, `第${f.location.page}页`, `p. ${f.location.page}`)} · ` : '';
    const where = `${page}${cell ? `<a href="#${ctx.prefix}-${cell}">${esc(f.place)}</a>` : esc(f.place)}`;
    const figures = [
      f.expected !== undefined ? `${T(o.lang, '应为', 'expected')} ${esc(f.expected)}` : '',
      f.actual !== undefined ? `${T(o.lang, '印刷', 'printed')} ${esc(f.actual)}` : '',
      f.difference !== undefined ? `${T(o.lang, '差额', 'difference')} ${esc(f.difference)}` : '',
      f.allowance !== undefined ? `${T(o.lang, '舍入容许', 'rounding allows')} ${esc(f.allowance)}` : '',
    ].filter((s) => s !== '');
    const related = f.related.map((r) => {
      const rc = ctx.cells.get(r.location);
      const label = `${esc(r.place)}${r.value !== undefined ? ` ${esc(r.value)}` : ''}`;
      return `<li>↳ ${rc ? `<a href="#${ctx.prefix}-${rc}">${label}</a>` : label}</li>`;
    });
    return `<li value="${i + 1}" id="${ctx.prefix}-finding-${i + 1}" class="${level}" data-loc="${loc(f.location)}"><span class="tag ${level}">${LEVEL_WORDS[level][o.lang]}</span>${where}: ${esc(f.message[o.lang])}${f.waived ? ` <em>(${T(o.lang, '已豁免', 'waived')}: ${esc(f.waived.reason)})</em>` : ''}${figures.length > 0 ? `<div class="figures">${figures.join('；')}</div>` : ''}${related.length > 0 ? `<ul>${related.join('')}</ul>` : ''} <code class="meta">${esc(f.rule)}</code></li>`;
  });
  return `<ol class="findings">\n${items.join('\n')}\n</ol>`;
}

/** A 项目支出绩效目标表 drawn as a form: the project, its funds and its indicators as printed. */
function drawTarget(ctx: Ctx, k: number): string {
  const { o, loaded } = ctx;
  const t = loaded.disclosure.performance_targets?.[k];
  if (!t) return '';
  const base: (string | number)[] = ['performance_targets', k];
  const cell = (path: (string | number)[], value: string | number | undefined, numeric = false, attrs = '') =>
    markedCell(ctx, [loc(loaded.locate([...base, ...path]))], value === undefined ? undefined : String(value), numeric, attrs);
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String((v as { text?: string }).text ?? v));
  const rows: string[] = [];
  const pair = (label: string, path: string, value: unknown) => rows.push(`<tr><th>${esc(label)}</th>${cell([path], text(value), false, ' colspan="3"')}</tr>`);
  pair(T(o.lang, '项目名称', 'Project'), 'project', t.project);
  pair(T(o.lang, '主管部门及代码', 'Department'), 'department', t.department);
  pair(T(o.lang, '实施单位', 'Implementer'), 'implementer', t.implementer);
  const funds = t.funds;
  if (funds) {
    rows.push(`<tr><th>${T(o.lang, `项目资金（${esc(funds.unit ?? '')}）`, `Funds (${esc(funds.unit ?? '')})`)}</th><th>${T(o.lang, '实施期资金总额', 'Period')}</th><th>${T(o.lang, '年度资金总额', 'Year')}</th><th></th></tr>`);
    rows.push(`<tr><th>${T(o.lang, '合计', 'Total')}</th>${cell(['funds', 'total', 'period'], text(funds.total?.period), true)}${cell(['funds', 'total', 'annual'], text(funds.total?.annual), true)}<td></td></tr>`);
    (funds.sources ?? []).forEach((src, i) => {
      rows.push(`<tr><th>${esc(src.name)}</th>${cell(['funds', 'sources', i, 'period'], text(src.period), true)}${cell(['funds', 'sources', i, 'annual'], text(src.annual), true)}<td></td></tr>`);
    });
  }
  for (const side of ['period', 'annual'] as const) {
    const list = t.indicators?.[side] ?? [];
    if (list.length === 0) continue;
    rows.push(`<tr><th colspan="4">${side === 'period' ? T(o.lang, '实施期绩效指标', 'Indicators, whole period') : T(o.lang, '年度绩效指标', 'Indicators, this year')}</th></tr>`);
    list.forEach((ind, i) => {
      const p = ['indicators', side, i];
      rows.push(`<tr>${cell([...p, 'level1'], ind.level1)}${cell([...p, 'level2'], ind.level2)}${cell([...p, 'level3'], ind.level3)}${cell([...p, 'value'], ind.value)}</tr>`);
    });
  }
  const title = `绩效目标表 ${t.project ?? ''}`;
  const findings = ctx.report.findings.flatMap((f, i) => (f.table === title ? [i] : []));
  return [
    `<section class="printed-table" id="${ctx.prefix}-part-target-${k + 1}">`,
    `<h3>${esc(t.title ?? '')} · ${esc(t.project ?? '')}</h3>`,
    `<div class="printed"><table><tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
    findingList(ctx, findings),
    '</section>',
  ].join('\n');
}

/** Findings that belong to no drawn table or form: the narrative's, the assets'. */
function otherFindings(ctx: Ctx): string {
  const titles = new Set<string | undefined>([
    ...Object.values(ctx.loaded.disclosure.tables).map((t) => t?.title),
    ...(ctx.loaded.disclosure.performance_targets ?? []).map((t) => `绩效目标表 ${t.project ?? ''}`),
  ]);
  const rest = ctx.report.findings.flatMap((f, i) => (titles.has(f.table) ? [] : [i]));
  if (rest.length === 0) return '';
  return `<section class="other-findings">\n<h2>${T(ctx.o.lang, '表外的发现', 'Findings outside the tables')}</h2>\n${findingList(ctx, rest)}\n</section>`;
}

interface Section {
  readonly heading: string;
  readonly text?: string | undefined;
  readonly sections?: readonly Section[] | undefined;
}

function narrativeSection(ctx: Ctx): string {
  const { o, loaded } = ctx;
  const narrative = loaded.disclosure.narrative ?? [];
  if (narrative.length === 0) return '';
  const claims = ctx.report.claims.map((c, i) => ({ c, i }));
  const draw = (s: Section, path: (string | number)[], level: number): string => {
    const span = loaded.spanOf([...path, 'text']);
    const from = span ? loaded.position(span.start).line : 0;
    const to = span?.end !== undefined ? loaded.position(span.end).line : -1;
    const own = claims.filter(({ c }) => c.location.line >= from && c.location.line <= to);
    let html = esc(s.text ?? '');
    let at = 0;
    // Each claim's excerpt marked where it stands, in order; claims on the same words share one
    // mark; one not found is listed below.
    const missed: typeof own = [];
    const groups: { excerpt: string; claims: typeof own }[] = [];
    for (const x of own) {
      const g = groups.find((y) => y.excerpt === x.c.excerpt);
      if (g) g.claims.push(x);
      else groups.push({ excerpt: x.c.excerpt, claims: [x] });
    }
    for (const g of groups) {
      const needle = esc(g.excerpt);
      const k = html.indexOf(needle, at);
      if (k < 0) {
        missed.push(...g.claims);
        continue;
      }
      const first = g.claims[0] as (typeof own)[number];
      const labels = g.claims.map(({ c, i }) => `<span class="claim-label" id="${ctx.prefix}-claim-${i + 1}"> [${verdictLabel(o.lang, c.verdict)}${c.recomputed ? ` · ${esc(c.recomputed)}` : ''}]</span>`).join('');
      const worst = g.claims.map((x) => x.c.verdict).find((v) => v === 'contradicted') ?? first.c.verdict;
      const mark = `<mark class="${worst}">${needle}</mark>${labels}`;
      html = html.slice(0, k) + mark + html.slice(k + needle.length);
      at = k + mark.length;
    }
    const list = missed.map(({ c, i }) => `<li id="${ctx.prefix}-claim-${i + 1}" class="${c.verdict}">${esc(c.excerpt)} [${verdictLabel(o.lang, c.verdict)}${c.recomputed ? ` · ${esc(c.recomputed)}` : ''}]</li>`);
    const h = Math.min(6, level + 3);
    return [
      `<h${h}>${esc(s.heading)}</h${h}>`,
      s.text ? `<p>${html}</p>` : '',
      list.length > 0 ? `<ul>${list.join('')}</ul>` : '',
      ...(s.sections ?? []).map((x, k) => draw(x, [...path, 'sections', k], level + 1)),
    ].join('\n');
  };
  const body = narrative.map((s, k) => draw(s, ['narrative', k], 0)).join('\n');
  return `<section class="narrative">\n<h2>${T(o.lang, '情况说明', 'Narrative')}</h2>\n${body}\n</section>`;
}

function verdictLabel(lang: Lang, v: FileReport['claims'][number]['verdict']): string {
  const labels = { verified: ['属实', 'verified'], contradicted: ['不符', 'contradicted'], tail: ['尾差', 'rounding tail'], unverified: ['未核实', 'not verified'] } as const;
  return labels[v][lang === 'zh' ? 0 : 1];
}

/** A horizontal bar chart drawn as inline SVG: one bar a row, its label and its value. */
export function barChart(title: string, bars: readonly { label: string; value: number; text: string }[]): string {
  const width = 640;
  const labelWidth = 220;
  const row = 22;
  const max = Math.max(...bars.map((b) => Math.abs(b.value)), 1e-9);
  const negative = bars.some((b) => b.value < 0);
  const zero = negative ? labelWidth + (width - labelWidth - 80) / 2 : labelWidth;
  const scale = (negative ? (width - labelWidth - 80) / 2 : width - labelWidth - 80) / max;
  const height = bars.length * row + 30;
  const items = bars.map((b, k) => {
    const y = 24 + k * row;
    const w = Math.abs(b.value) * scale;
    const x = b.value < 0 ? zero - w : zero;
    const label = b.label.length > 16 ? `${b.label.slice(0, 15)}…` : b.label;
    return `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${esc(label)}</text><rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(1, w).toFixed(1)}" height="${row - 6}" fill="${b.value < 0 ? '#b3261e' : '#3b6ea8'}"><title>${esc(`${b.label}: ${b.text}`)}</title></rect><text x="${(b.value < 0 ? zero + 4 : x + w + 4).toFixed(1)}" y="${y + 13}">${esc(b.text)}</text>`;
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}"><text x="0" y="14" font-weight="bold">${esc(title)}</text>${items.join('')}</svg></figure>`;
}

function chartsSection(ctx: Ctx): string {
  const { o } = ctx;
  if (ctx.report.shares.length === 0) return '';
  // Percentages are exact decimal strings; a chart only needs their proportion.
  const charts = ctx.report.shares.map((g) => barChart(`${g.title[o.lang]}（${g.whole.value} ${g.whole.unit}）`, g.shares.map((s) => ({ label: s.label, value: Number(s.percent), text: `${s.value} · ${s.percent}%` }))));
  return `<section class="charts">\n<h2>${T(o.lang, '图表（按表格重新计算）', 'Charts (recomputed from the tables)')}</h2>\n${charts.join('\n')}\n</section>`;
}
