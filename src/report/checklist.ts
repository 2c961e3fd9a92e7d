/**
 * The review checklist (预算公开情况检查表): every part a disclosure of its kind must have, whether
 * it meets the requirements (符合要求 是 / 否) and the problems found in it. Reviewers fill it in by
 * hand today; the HTML report and the .xlsx checklist are both drawn from this one model.
 *
 * A part fails when it is missing, or when an error or a warning was found in it. Rounding tails
 * and notes never fail a part; waived findings are accepted.
 */
import type { Loaded } from '../load/load.js';
import type { Disclosure } from '../model/disclosure.js';
import { TABLE_ROLES, type TableRole } from '../model/vocabulary.js';
import { layoutOf } from '../rules/required-tables.js';
import type { FileReport } from './schema.js';
import { everySection } from '../model/sections.js';

type Finding = FileReport['findings'][number];

export interface ChecklistPart {
  /** Stable id, also the HTML anchor of the part's place ("part-table-income"). */
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly present: boolean;
  /** 符合要求: present, and no unwaived error or warning found in it. */
  readonly ok: boolean;
  /** Indices into the report's findings of the problems found in the part. */
  readonly problems: readonly number[];
}

interface Section {
  readonly heading: string;
  readonly text?: string | undefined;
  readonly sections?: readonly Section[] | undefined;
}

const isProblem = (f: Finding) => f.waived === undefined && f.outcome !== 'tail' && (f.severity === 'error' || f.severity === 'warning');

function tableTitle(d: Disclosure, role: TableRole): string {
  const t = d.tables[role];
  return t ? `${t.number ? `${t.number} ` : ''}${t.title}` : TABLE_ROLES[role].zh;
}

export function buildChecklist(loaded: Loaded, report: FileReport): ChecklistPart[] {
  const d = loaded.disclosure;
  const findings = report.findings;
  const taken = new Set<number>();
  const claim = (test: (f: Finding) => boolean): number[] =>
    findings.flatMap((f, i) => {
      if (taken.has(i) || !isProblem(f) || !test(f)) return [];
      taken.add(i);
      return [i];
    });
  const part = (id: string, zh: string, en: string, present: boolean, problems: number[]): ChecklistPart => ({
    id,
    name: { zh, en },
    present,
    ok: present && problems.length === 0,
    problems,
  });
  const overview = everySection(d.overview);
  const narrative = everySection(d.narrative);
  const has = (sections: readonly Section[], re: RegExp) => sections.some((s) => re.test(s.heading));
  const parts: ChecklistPart[] = [];

  // Tables first, so that a table's findings land in its own part rather than a prose part.
  const tableParts: ChecklistPart[] = [];
  // The tables printed, in printed order, then those the region's layout requires and are missing.
  const required = layoutOf(d.document.region).tables.map((r) => (typeof r === 'string' ? r : (r.find((x) => d.tables[x]) ?? r[0]))) as TableRole[];
  const roles = [...new Set<TableRole>([...(Object.keys(d.tables) as TableRole[]), ...required])];
  for (const role of roles) {
    const t = d.tables[role];
    const missing = (f: Finding) => f.rule === 'required-tables' && f.place === `tables › ${role}`;
    const problems = claim((f) => (t !== undefined && f.table === t.title) || missing(f));
    tableParts.push(part(`part-table-${role}`, tableTitle(d, role), t ? `Table: ${t.title}` : `Table: ${TABLE_ROLES[role].en}`, t !== undefined, problems));
  }
  const targets = claim((f) => f.table.startsWith('绩效目标表'));
  const assets = claim((f) => f.table.startsWith('国有资产'));
  const other = (re: RegExp) => claim((f) => f.table.startsWith('情况说明') && re.test(f.table));
  const others = /三公|机关运行|政府采购|国有资产|绩效|其他/;
  const otherProblems = other(others);
  const narrativeProblems = claim((f) => f.table.startsWith('情况说明'));
  const rest = claim(() => true);

  parts.push(part('part-cover', '封面', 'Cover', d.document.title !== '', []));
  parts.push(part('part-contents', '目录', 'Contents', (d.contents?.length ?? 0) > 0, []));
  parts.push(part('part-duties', '职能', 'Duties', has(overview, /职能|职责/), []));
  parts.push(part('part-structure', '机构设置', 'Organisation', has(overview, /机构/), []));
  parts.push(part('part-glossary', '名词解释', 'Glossary', (d.glossary?.length ?? 0) > 0, []));
  parts.push(part('part-narrative', '编制说明（情况说明）', 'Explanatory notes', narrative.length > 0, narrativeProblems));
  parts.push(...tableParts);
  parts.push(part('part-other', '其他相关说明', 'Other explanations', has(narrative, others), [...otherProblems, ...assets, ...rest]));
  // 项目 and 绩效 parts are required where the layout prints a project table; elsewhere they are
  // listed only when printed.
  const projects = d.tables.projects !== undefined || (d.project_descriptions?.length ?? 0) > 0 || (d.performance_targets?.length ?? 0) > 0;
  if (projects || required.includes('projects') || targets.length > 0) parts.push(part('part-targets', '项目及绩效目标', 'Projects and performance targets', projects, targets));
  return parts;
}
