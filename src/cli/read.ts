import type { LocatedProblem } from '../load/problem.js';
import { messages } from '../load/messages.js';
import type { Io } from './io.js';

/** Text read from a file, and the encoding it was decoded from when not plain UTF-8. */
export type Read = { ok: true; text: string; encoding?: 'UTF-16LE' | 'UTF-16BE' | 'GB18030' } | { ok: false; problem: LocatedProblem };

const problem = (file: string, message: LocatedProblem['message']): Read => ({
  ok: false,
  problem: { file, line: 1, col: 1, place: '', message },
});

/**
 * Files read as published documents rather than as the YAML form. (Here, not beside the importer,
 * so that checking YAML never loads the importer.)
 */
export const isSourceFile = (file: string): boolean => /\.(?:pdf|txt)$/i.test(file);

/** Files larger than this are refused unless --max-file-size raises it: a disclosure is < 1 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Bytes (or the error reading them) as text. UTF-8 (with or without BOM) is read as it is;
 * UTF-16 with a BOM, and GB18030/GBK (common on Windows finance machines) are decoded and the
 * caller says so; anything else is refused at 1:1 — never decoded into mojibake silently.
 */
export function decode(file: string, bytes: Uint8Array | undefined, error?: unknown, maxBytes = DEFAULT_MAX_BYTES): Read {
  if (bytes === undefined) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return problem(file, messages.unreadable(reason));
  }
  if (bytes.length > maxBytes) return problem(file, messages.tooLarge(bytes.length, maxBytes));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK) is the other encoding Chinese offices save in.
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (/[\u4e00-\u9fff]/.test(text)) return { ok: true, text, encoding: 'GB18030' };
    } catch {
      // neither
    }
    return problem(file, messages.notUtf8());
  }
}

/** Reads a file as text; anything else is a problem at 1:1, never a thrown error. */
export async function readText(io: Io, file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Read> {
  try {
    return decode(file, await io.readFile(file), undefined, maxBytes);
  } catch (e) {
    return decode(file, undefined, e);
  }
}

/** A file's bytes, or the error reading them: never a thrown error. */
export async function readBytes(io: Io, file: string): Promise<{ bytes?: Uint8Array; error?: unknown }> {
  try {
    return { bytes: await io.readFile(file) };
  } catch (error) {
    return { error };
  }
}
