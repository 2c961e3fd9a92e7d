/** What the CLI needs from the outside world, so that tests can run it in memory. */
export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

export type Lang = 'zh' | 'en';

/** Chinese for a Chinese locale, English otherwise. */
export function langFromEnv(env: Io['env']): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** Colour level from --no-color, NO_COLOR and FORCE_COLOR, then the terminal. */
export function colorLevel(io: Io, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  return io.stdoutIsTTY ? 1 : 0;
}
