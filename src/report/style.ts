import { Chalk, type ChalkInstance } from 'chalk';

export interface Style {
  readonly lang: 'zh' | 'en';
  /** Colour level decided by the CLI; reporters never look at the terminal themselves. */
  readonly color: 0 | 1 | 2 | 3;
}

export const paint = (style: Style): ChalkInstance => new Chalk({ level: style.color });
export const t = (style: Style, text: { zh: string; en: string }): string => text[style.lang];

/** One of two texts by language, for the report's fixed wording. */
export const T = (lang: Style['lang'], zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** Severity and outcome words of the HTML report and the checklist (info is a note, as in SARIF). */
export const LEVEL_WORDS = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
  tail: { zh: '尾差', en: 'tail' },
} as const;

/** line:col, after the printed page when the file was a PDF ("p9 120:7"). */
export const at = (l: { line: number; col: number; page?: number }, sep = ' '): string => `${l.page !== undefined ? `p${l.page}${sep}` : ''}${l.line}:${l.col}`;

/**
 * file:line:col, as editors and CI annotations read it, then the printed page when the file was a
 * PDF ("report.pdf:120:7 (p9)").
 */
export const fileAt = (l: { file: string; line: number; col: number; page?: number }): string => `${l.file}:${l.line}:${l.col}${l.page !== undefined ? ` (p${l.page})` : ''}`;
