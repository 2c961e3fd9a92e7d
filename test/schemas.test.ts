import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disclosureJsonSchema, renderJsonSchema, reportJsonSchema } from '../src/load/json-schema.js';

describe('schemas/disclosure.schema.json', () => {
  const committed = readFileSync(new URL('../schemas/disclosure.schema.json', import.meta.url), 'utf8');

  it('is what the zod schema generates (run `npm run schemas` after changing src/load/schema.ts)', () => {
    expect(committed).toBe(renderJsonSchema(disclosureJsonSchema()));
  });

  it('lets editors accept amounts as YAML numbers or strings', () => {
    const s = JSON.parse(committed);
    type Node = { $ref?: string; [k: string]: unknown };
    const deref = (n: Node): Node => (n.$ref ? deref(s.$defs[n.$ref.replace('#/$defs/', '')]) : n);
    const total = deref((deref(s.properties.procurement).properties as Record<string, Node>).total as Node);
    expect(total.anyOf).toEqual([{ type: 'number' }, { type: 'string', pattern: '^-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$' }]);
    expect(deref((deref(s.properties.document).properties as Record<string, Node>).year as Node).type).toBe('integer');
  });

  it('describes every property in Chinese and English', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          const desc = v.description ?? (v.$ref ? 'ref' : undefined);
          if (desc !== 'ref' && (typeof desc !== 'string' || !/ — /.test(desc))) missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(JSON.parse(committed), '$');
    expect(missing).toEqual([]);
  });
});

describe('schemas/report.schema.json', () => {
  it('is what the zod schema generates (run `npm run schemas` after changing src/report/schema.ts)', () => {
    const committed = readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(renderJsonSchema(reportJsonSchema()));
  });
});
