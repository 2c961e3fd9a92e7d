import { Chalk, type ChalkInstance } from 'chalk';

export interface Style {
  readonly lang: 'zh' | 'en';
  /** Colour level decided by the CLI; reporters never look at the terminal themselves. */
  readonly color: 0 | 1 | 2 | 3;
}

export const paint = (style: Style): ChalkInstance => new Chalk({ level: style.color });
export const t = (style: Style, text: { zh: string; en: string }): string => text[style.lang];
