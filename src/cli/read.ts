import type { LocatedProblem } from '../load/problem.js';
import { messages } from '../load/messages.js';
import type { Io } from './io.js';

export type Read = { ok: true; text: string } | { ok: false; problem: LocatedProblem };

const problem = (file: string, message: LocatedProblem['message']): Read => ({
  ok: false,
  problem: { file, line: 1, col: 1, place: '', message },
});

/** Bytes (or the error reading them) as UTF-8 text; anything else is a problem at 1:1. */
export function decode(file: string, bytes: Uint8Array | undefined, error?: unknown): Read {
  if (bytes === undefined) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return problem(file, messages.unreadable(reason));
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return problem(file, messages.notUtf8());
  }
}

/** Reads a file as UTF-8 text; anything else is a problem at 1:1, never a thrown error. */
export async function readText(io: Io, file: string): Promise<Read> {
  try {
    return decode(file, await io.readFile(file));
  } catch (e) {
    return decode(file, undefined, e);
  }
}
