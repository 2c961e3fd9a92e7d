import type { Rule } from '../engine/types.js';
import type { Table } from '../model/disclosure.js';
import { type Cell, cell, hasColumn, listHead } from './lib/cells.js';
import { totalCell } from './lib/lookup.js';
import { checkSum, ident } from './lib/sum.js';

/** The general-budget money of a project table: its total row, 一般公共预算 where printed, else 合计. */
function headCell(table: Table | undefined): Cell | undefined {
  const grid = table?.grid;
  const head = grid && listHead(grid).head;
  if (!table || !grid || !head) return undefined;
  return cell(table, grid, head, hasColumn(grid, '一般公共预算') ? '一般公共预算' : '合计');
}

export const projectsAgree: Rule = {
  id: 'projects-agree',
  group: 'cross',
  severity: 'error',
  description: {
    zh: '一般公共预算支出表的项目支出合计 = 项目支出预算表（本年；含上年结转时加上年结转表）的一般公共预算',
    en: "The general expenditure table's 项目支出 total = the project table's general-budget money (plus carried-over projects when included)",
  },
  check(ctx) {
    const t = ctx.disclosure.tables;
    const general = totalCell(t.general_expenditure, '项目支出');
    const projects = headCell(t.projects);
    if (!general || !projects) return ctx.skip({ zh: '无一般公共预算支出表或项目支出预算表', en: 'no general expenditure or project table' });
    // A general expenditure table "不含上年结转" leaves carried-over projects out.
    const carry = t.general_expenditure?.title.includes('不含上年结转') ? undefined : headCell(t.projects_carryover);
    const parts = carry ? [projects, carry] : [projects];
    checkSum(ctx, general, parts, ident(`一般公共预算支出表 项目支出 = ${carry ? '本年项目 + 上年结转项目' : '项目支出预算表'}`, `general expenditure 项目支出 = ${carry ? 'projects + carried-over projects' : 'project table'}`));
  },
};
