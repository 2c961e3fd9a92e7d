import type { LocatedProblem } from '../load/problem.js';
import { messages } from '../load/messages.js';
import type { Io } from './io.js';

export type Read = { ok: true; text: string } | { ok: false; problem: LocatedProblem };

const problem = (file: string, message: LocatedProblem['message']): Read => ({
  ok: false,
  problem: { file, line: 1, col: 1, place: '', message },
});

/** Reads a file as UTF-8 text; anything else is a problem at 1:1, never a thrown error. */
export async function readText(io: Io, file: string): Promise<Read> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    return problem(file, messages.unreadable(reason));
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return problem(file, messages.notUtf8());
  }
}
