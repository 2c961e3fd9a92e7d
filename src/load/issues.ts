/** Zod's issues, turned into the loader's own bilingual problems with suggestions. */
import type * as z from 'zod';
import { messages } from './messages.js';
import type { Problem } from './problem.js';
import { suggest } from './suggest.js';
import type { Path } from './tree.js';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; getter?: () => z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema found by following a data path through the schema, if any. */
function objectAt(schema: z.ZodType, path: Path): Def | undefined {
  let s: z.ZodType | undefined = schema;
  let i = 0;
  while (s) {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (def.type === 'lazy') s = def.getter?.();
    else if (i === path.length) return def.type === 'object' ? def : undefined;
    else if (def.type === 'object') s = def.shape?.[String(path[i++])];
    else if (def.type === 'array') {
      s = def.element;
      i++;
    } else return undefined;
  }
  return undefined;
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function fromZod(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = Object.keys(objectAt(schema, path)?.shape ?? {});
        for (const key of issue.keys) out.push({ path: [...path, key], at: 'key', message: messages.unknownKey(key, suggest(key, known)) });
        break;
      }
      case 'invalid_type':
        if (input === undefined) out.push({ path, at: 'key', message: messages.missingKey(String(path.at(-1) ?? '')) });
        else out.push({ path, message: messages.wrongType(issue.expected, kindOf(input)) });
        break;
      case 'invalid_value': {
        if (input === undefined) {
          out.push({ path, at: 'key', message: messages.missingKey(String(path.at(-1) ?? '')) });
          break;
        }
        const options = issue.values.map(String);
        const got = String(input);
        out.push({ path, message: messages.notOneOf(options, got, suggest(got, options)) });
        break;
      }
      case 'invalid_union':
        out.push({ path, message: messages.wrongType('string or array', kindOf(input)) });
        break;
      case 'invalid_format':
        out.push({ path, message: issue.message === 'year' ? messages.year(String(input)) : messages.invalid(issue.message) });
        break;
      case 'custom': {
        const p = issue.params as { kind?: string; reason?: string; text?: string } | undefined;
        if (p?.kind === 'amount') out.push({ path, message: messages.amount(p.reason ?? 'malformed', p.text ?? '') });
        else if (p?.kind === 'count') out.push({ path, message: messages.count(p.text ?? '') });
        else out.push({ path, message: messages.invalid(issue.message) });
        break;
      }
      default:
        out.push({ path, message: messages.invalid(issue.message) });
    }
  }
  return out;
}
