/**
 * Tables found in positioned lines: recognised by their printed titles (an alias list per role,
 * "部门" and "单位" variants alike), numbered as printed (表一, 预算公开表1, 公开 01 表, 一、, 1.,
 * or only in the contents), with their unit from "单位：万元 / 元", the issuer printed beside it,
 * the note below ("注：本表无数据") and the lines of their body.
 */
import type { TableRole } from '../model/vocabulary.js';
import { type Line, squash } from './source.js';

/** Title patterns by role, most specific first. "部门" and "单位" variants alike. */
export const TITLE_ALIASES: readonly (readonly [TableRole, RegExp])[] = [
  ['three_public_and_operating', /三公.*机关运行经费/],
  ['three_public', /三公/],
  ['operating_costs', /机关运行经费/],
  ['procurement', /政府采购/],
  ['fund_income', /政府性基金.*收入/],
  ['fund_expenditure', /政府性基金/],
  ['state_capital_expenditure', /国有资本经营.*支出.*功能/],
  ['state_capital', /国有资本经营/],
  ['appropriation_summary', /财政拨款收支.*总表/],
  // "一般公共预算财政拨款支出表" is the 一般公共预算 table, not the 财政拨款 one.
  ['general_basic_economic', /一般公共预算.*基本支出/],
  ['general_expenditure', /一般公共预算.*支出/],
  ['appropriation_basic_economic', /财政拨款基本支出/],
  ['appropriation_expenditure', /财政拨款支出/],
  ['projects_carryover', /项目支出.*上年结转/],
  ['projects', /项目支出/],
  ['summary', /收支.*总表/],
  ['income', /收入.*总表/],
  ['expenditure', /支出.*总表/],
];

const UNIT = /单位[:：]\s*(万|元)/;

export interface FoundTable {
  readonly role: TableRole;
  /** The number as printed, without its trailing "、" or "." ("一", "预算公开表1", "公开 01 表"). */
  readonly number?: string;
  readonly title: string;
  /** The unit name printed beside the unit ("部门名称：江苏省高级人民法院"). */
  readonly issuer?: string;
  readonly unit?: '万元' | '元';
  /** The note printed below, its numbered points on lines of their own. */
  readonly note?: string;
  /** The lines of the table body (header and rows), in order, page footers left out. */
  readonly lines: readonly Line[];
}

export interface FoundTables {
  readonly tables: readonly FoundTable[];
  /** The rounding note ("因取数时四舍五入…尾差") as printed under a table, a fact of the document. */
  readonly roundingNote?: string;
}

function roleOf(title: string): TableRole | undefined {
  // A title names a table; a sentence that names one ("详见收支总表。") is no title.
  if (!/表/.test(title) || title.length > 60 || /[。，；]/.test(title)) return undefined;
  return TITLE_ALIASES.find(([, re]) => re.test(title))?.[0];
}

const ISSUER = /^(?:单位名称|编制部门|部门名称|编制单位)[:：]/;
const CONTENTS = /……|\.{3}|…{2}/;
const FOOTER = /^(?:第?\d{1,3}页?|-\d{1,3}-)$/;
/** The printed number of a title's line, with its spacing, e.g. "公开 01 表 收支预算总表". */
const NUMBER_PREFIX = /^\s*((?:(?:预算|部门)?公开\s*(?:表\s*)?\d+\s*表?|表[一二三四五六七八九十]+|[一二三四五六七八九十]+、|\d+[.．]))\s*/;
const NUMBER_LINE = /^\s*((?:预算|部门)?公开\s*(?:表\s*)?\d+\s*表?)\s*$/;
const bare = (n: string) => n.replace(/[、.．]$/, '');

/**
 * Numbers given only in the contents ("1. 2025年部门财务收支预算总表 ……", with or without leaders
 * and page numbers), by title.
 */
function contentsNumbers(lines: readonly Line[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    const m = NUMBER_PREFIX.exec(l.text);
    if (!m?.[1]) continue;
    const title = squash(l.text.slice(m[0].length).replace(/[…．.]{2,}.*$/, ''));
    if (title !== '' && !out.has(title)) out.set(title, bare(squash(m[1])));
  }
  return out;
}

/** Splits the lines into tables at their titles; a title is followed (or preceded) by a unit line. */
export function findTables(lines: readonly Line[]): FoundTables {
  // The contents number the tables only of a document that prints no number on any table.
  const byContents = contentsNumbers(lines);
  const starts: { at: number; role: TableRole; number?: string; title: string; numberLine: boolean }[] = [];
  lines.forEach((l, i) => {
    if (CONTENTS.test(l.text)) return;
    const m = NUMBER_PREFIX.exec(l.text);
    const title = squash(m ? l.text.slice(m[0].length) : l.text);
    const role = roleOf(title);
    if (!role || /^注[:：]/.test(title)) return;
    // A contents entry without leaders ("1. 2025年部门收入预算总表"): the title is printed again below.
    if (m && lines.slice(i + 1).some((x) => squash(x.text).endsWith(title) && !NUMBER_PREFIX.test(x.text))) return;
    if (!lines.slice(Math.max(0, i - 1), i + 4).some((x) => UNIT.test(squash(x.text)))) return;
    const above = NUMBER_LINE.exec(lines[i - 1]?.text ?? '')?.[1];
    const number = m?.[1] ? bare(m[1].trim()) : above?.trim();
    starts.push({ at: i, role, title, numberLine: above !== undefined, ...(number ? { number } : {}) });
  });
  if (starts.every((s) => s.number === undefined))
    for (const s of starts) {
      const number = byContents.get(s.title);
      if (number) s.number = number;
    }
  let roundingNote: string | undefined;
  const tables = starts.map((s, k): FoundTable => {
    const next = starts[k + 1];
    let body = lines.slice(s.at + 1, next ? next.at - (next.numberLine ? 1 : 0) : lines.length);
    // A unit (and issuer) line printed just above the title belongs to the table too.
    const above = lines[s.at - 1];
    if (!s.numberLine && above && UNIT.test(squash(above.text)) && !body.slice(0, 3).some((l) => UNIT.test(squash(l.text)))) body = [above, ...body];
    const unitAt = body.findIndex((l) => UNIT.test(squash(l.text)));
    const unitLine = unitAt >= 0 ? body[unitAt] : undefined;
    const unitText = unitLine ? squash(unitLine.text) : '';
    const unit = UNIT.exec(unitText)?.[1] === '万' ? '万元' : unitLine ? '元' : undefined;
    // The issuer stands on the unit's line, on a line of its own above it, or (wrapped) just below;
    // a name wrapped onto the unit's line ("部门名称：江苏省高级人民法" / "院  单位：万元", or "部门名称：" /
    // "江苏省高级人民法院  单位：万元") is joined.
    let issuer: string | undefined;
    const zone = body.slice(0, unitAt + 2);
    const issuerAt = zone.findIndex((l) => l.cells.some((c) => ISSUER.test(squash(c.text))));
    if (issuerAt >= 0) {
      const cell = body[issuerAt]?.cells.find((c) => ISSUER.test(squash(c.text)));
      issuer = squash(cell?.text ?? '');
      const after = body[issuerAt + 1];
      const first = after?.cells[0];
      const wrapped = issuer.endsWith('：') || issuer.endsWith(':') || (first?.text.length ?? 99) <= 6;
      if (issuerAt + 1 === unitAt && first && !/[:：]/.test(first.text) && wrapped && after.cells.length > 1) issuer += squash(first.text);
    }
    body = body.slice(unitAt + 1);
    if (issuerAt === unitAt + 1) body = body.slice(1);
    // The body ends where the narrative or the next part begins.
    const stop = body.findIndex((l) => /^第[一二三四五]部分|情况说明$/.test(squash(l.text)));
    if (stop >= 0) body = body.slice(0, stop);
    body = body.filter((l) => !(l.cells.length === 1 && FOOTER.test(squash(l.text))));
    const noteAt = body.findIndex((l) => /^注[:：]/.test(squash(l.text)));
    let note: string | undefined;
    if (noteAt >= 0) {
      note = body
        .slice(noteAt)
        .map((l) => l.text.trim())
        .reduce((acc, t) => (/^\d+[.．]/.test(t) ? `${acc}\n${t}` : `${acc}${t}`), '');
      body = body.slice(0, noteAt);
      if (/尾差/.test(note)) {
        roundingNote ??= note;
        note = undefined;
      }
    }
    return {
      role: s.role,
      title: s.title,
      lines: body,
      ...(s.number ? { number: s.number } : {}),
      ...(issuer ? { issuer } : {}),
      ...(unit ? { unit } : {}),
      ...(note ? { note } : {}),
    };
  });
  return { tables, ...(roundingNote ? { roundingNote } : {}) };
}
