/**
 * Inputs as a user gives them: files, directories (every .yaml / .yml below, sorted), and globs
 * ("disclosures/**\/2026*.yaml", quoted so that the shell leaves them alone). Order is kept: the
 * inputs in the order given, each directory's files in path order, duplicates once.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

const DISCLOSURE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory() && !SKIP_DIRS.has(e.name)) out.push(...(await walk(path)));
    else if (e.isFile() && DISCLOSURE.test(e.name)) out.push(path);
  }
  return out;
}

/** A glob as a regular expression over '/'-separated relative paths: *, ?, **, [..] and {a,b}. */
export function globRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&')).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      re += glob.slice(i, end + 1);
      i = end;
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** A path found below an input, named from the input as given ("fixtures/" + "a.yaml"). */
const under = (input: string, rel: string): string => {
  const base = input.replace(/\/+$/, '').replace(/^\.\//, '');
  const tail = rel.split(sep).join('/');
  return base === '' || base === '.' ? tail : `${base}/${tail}`;
};

export const isGlob = (s: string): boolean => /[*?[{]/.test(s);

export interface Expanded {
  readonly files: string[];
  /** Inputs that matched nothing (a glob with no match, a path that does not exist). */
  readonly missing: string[];
}

export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const missing: string[] = [];
  const add = (f: string) => {
    if (!files.includes(f)) files.push(f);
  };
  for (const input of inputs) {
    if (isGlob(input)) {
      // Walk from the part before the first wildcard; name files as the input names them.
      const first = input.search(/[*?[{]/);
      const base = input.slice(0, input.lastIndexOf('/', first) + 1);
      const re = globRegex(input.replace(/^\.\//, ''));
      let found: string[] = [];
      try {
        found = (await walk(resolve(cwd, base || '.'))).map((p) => under(base, relative(resolve(cwd, base || '.'), p))).filter((p) => re.test(p));
      } catch {
        found = [];
      }
      if (found.length === 0) missing.push(input);
      found.forEach(add);
      continue;
    }
    try {
      const s = await stat(resolve(cwd, input));
      if (s.isDirectory()) {
        const below = (await walk(resolve(cwd, input))).map((p) => under(input, relative(resolve(cwd, input), p)));
        below.forEach(add);
        if (below.length === 0) missing.push(input);
      } else add(input);
    } catch {
      add(input); // reported by the reader, with its reason
    }
  }
  return { files, missing };
}
