/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, one per
 * finding, with the documented escaping (data: % CR LF; properties also : and ,).
 */
import type { CheckReport } from './schema.js';

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function renderGithub(report: CheckReport, lang: 'zh' | 'en'): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const p of file.problems) {
      lines.push(`::error file=${escapeProperty(p.file)},line=${p.line},col=${p.col},title=${escapeProperty('budget: bad input')}::${escapeData(p.message[lang])}`);
    }
    for (const f of file.findings) {
      if (f.waived) continue;
      const title = `budget ${f.rule}${f.outcome === 'tail' ? ' (尾差 tail)' : ''}`;
      lines.push(
        `::${COMMAND[f.severity]} file=${escapeProperty(f.location.file)},line=${f.location.line},col=${f.location.col},title=${escapeProperty(title)}::${escapeData(`${f.place}: ${f.message[lang]}`)}`,
      );
    }
  }
  const s = report.summary;
  lines.push(`budget: ${s.files} file(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.tails} tail(s), ${s.invalid} could not be loaded`);
  return `${lines.join('\n')}\n`;
}
