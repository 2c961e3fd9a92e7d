import { Dec } from './decimal.js';

/** A printed figure: its value, and how many decimals were printed (the rounding rule needs them). */
export interface Amount {
  /** The source text, as written in the file ("1,179.18", "985.90", "0"). */
  readonly text: string;
  readonly value: Dec;
  /** Printed decimals: 2 for "985.90", 0 for "20,374,181". */
  readonly decimals: number;
}

const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export type AmountError = 'empty' | 'separator' | 'malformed';

/** A cell printed as a dash ("-", "—", "－") means nothing there: a blank. */
export const isDash = (text: string): boolean => /^\s*[-‐‑–—－―]+\s*$/.test(text);

/**
 * Reads a figure from its printed text without ever passing through a JS number. Full-width
 * digits and separators (１，１７９．１８) and spaces inside (no-break, ideographic) are read as
 * the document means them; the text is kept as printed.
 */
export function parseAmount(text: string): Amount | AmountError {
  const t = text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (t === '') return 'empty';
  const m = AMOUNT.exec(t);
  if (!m) {
    // "1.179,18" or "1,17,918": digits and separators only, but grouped wrongly.
    return /^-?[\d.,]+$/.test(t) ? 'separator' : 'malformed';
  }
  return { text, value: new Dec(t.replaceAll(',', '')), decimals: m[1]?.length ?? 0 };
}

/** Whether a text is a figure parseAmount reads ("0", "34", "1,234.50", "１，１７９．１８"). */
export const isAmount = (text: string): boolean => typeof parseAmount(text) === 'object';

/** A count printed as a whole number (vehicles, devices, projects). */
export function parseCount(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t)) return undefined;
  return Number(t);
}
