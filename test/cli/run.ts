import { readFile } from 'node:fs/promises';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in process, with the project root as working directory and no colour. */
export async function runCli(argv: string[], env: Record<string, string> = {}, tty = false): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const root = new URL('../../', import.meta.url).pathname;
  const io: Io = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: { LANG: 'C', ...env },
    cwd: root,
    stdoutIsTTY: false,
    stderrIsTTY: tty,
    readFile: (p) => readFile(p.startsWith('/') ? p : root + p),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
