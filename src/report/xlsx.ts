/**
 * The review checklist as a spreadsheet, in the layout reviewers use: one row per part — 部分,
 * 符合要求 (是 / 否), 问题说明 — with the problems found listed in the cell. Written with exceljs.
 */
import type { Loaded } from '../load/load.js';
import { buildChecklist } from './checklist.js';
import { at, LEVEL_WORDS } from './style.js';
import type { FileReport } from './schema.js';

type Lang = 'zh' | 'en';

/** The .xlsx bytes of the checklist of one checked file. */
export async function checklistXlsx(loaded: Loaded, report: FileReport, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const zh = lang === 'zh';
  const d = loaded.disclosure.document;
  const book = new ExcelJS.Workbook();
  book.creator = 'budget';
  // A fixed date keeps the file the same for the same input.
  book.created = new Date(0);
  book.modified = new Date(0);
  const sheet = book.addWorksheet(zh ? '检查表' : 'Checklist');
  sheet.columns = [{ width: 44 }, { width: 12 }, { width: 90 }];
  sheet.addRow([`${d.title} ${zh ? '预算公开情况检查表' : 'review checklist'}`]);
  sheet.mergeCells(1, 1, 1, 3);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([`${d.unit} · ${d.year} · ${d.kind} · ${report.file}`]);
  sheet.mergeCells(2, 1, 2, 3);
  const head = sheet.addRow(zh ? ['部分', '符合要求', '问题说明'] : ['Part', 'Meets the requirements', 'Problems']);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
    c.border = { bottom: { style: 'thin' } };
  });
  for (const part of buildChecklist(loaded, report)) {
    const problems = part.problems.map((i) => {
      const f = report.findings[i];
      if (!f) return '';
      return `${LEVEL_WORDS[f.severity][lang]} ${f.place}: ${f.message[lang]} (${at(f.location)}, ${f.rule})`;
    });
    if (!part.present) problems.unshift(zh ? '缺少此部分' : 'This part is missing');
    const row = sheet.addRow([zh ? part.name.zh : part.name.en, part.ok ? (zh ? '是' : 'Yes') : zh ? '否' : 'No', problems.join('\n')]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).font = { bold: true, color: { argb: part.ok ? 'FF1B6E3A' : 'FFB3261E' } };
    row.getCell(2).alignment = { vertical: 'top', horizontal: 'center' };
  }
  // exceljs zips with JSZip, which stamps every part with the time of writing: the same input would
  // give other bytes each run. Its default date is set for this write only.
  const { default: JSZip } = await import('jszip');
  const defaults = JSZip.defaults as { date: Date | null };
  const saved = defaults.date;
  defaults.date = new Date(Date.UTC(1980, 0, 1));
  try {
    return new Uint8Array(await book.xlsx.writeBuffer());
  } finally {
    defaults.date = saved;
  }
}
