/**
 * Where output goes: standard output, or a file written atomically — a temporary file beside the
 * target, renamed over it at the end — that never replaces an input, and replaces an existing file
 * only when asked (--force). A failed write leaves no temporary file behind.
 */
import { existsSync } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from './io.js';

export interface Sink {
  write(data: string | Uint8Array): Promise<void>;
  /** Finishes the output; a message when it could not be written. */
  close(): Promise<string | undefined>;
  /** Gives the output up: a file being written is removed, the target left as it was. */
  abort(): Promise<void>;
}

/** A sink for `output` (standard output when undefined), or why it cannot be written. */
export async function sinkFor(io: Io, output: string | undefined, force: boolean, inputs: readonly string[]): Promise<Sink | string> {
  if (output === undefined) {
    // Bytes (a spreadsheet) never go to a terminal: callers ask for --output first.
    return {
      write: async (t) => {
        if (typeof t !== 'string') throw new Error('binary output needs a file');
        io.stdout(t);
      },
      close: async () => undefined,
      abort: async () => undefined,
    };
  }
  const target = resolve(io.cwd, output);
  if (inputs.some((i) => resolve(io.cwd, i) === target)) return `refusing to overwrite an input file: ${output}`;
  if (!force && existsSync(target)) return `${output} exists: use --force to replace it`;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'w');
  } catch (e) {
    return `cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? e}`;
  }
  let failed: string | undefined;
  return {
    write: async (t) => {
      if (t.length === 0 || failed) return;
      try {
        if (typeof t === 'string') await handle.write(t, null, 'utf8');
        else await handle.write(t);
      } catch (e) {
        failed = `cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? e}`;
      }
    },
    abort: async () => {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
    },
    close: async () => {
      try {
        await handle.close();
        if (failed) throw new Error(failed);
        await rename(temp, target);
        return undefined;
      } catch (e) {
        await rm(temp, { force: true });
        return failed ?? `cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? e}`;
      }
    },
  };
}
