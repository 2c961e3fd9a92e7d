import * as z from 'zod';
import { ReportSchema } from '../report/schema.js';
import { DisclosureSchema, jsonOverrides } from './schema.js';



/** `schemas/disclosure.schema.json`, generated from the zod schema: what editors see of the format. */
export function disclosureJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DisclosureSchema, {
    io: 'input',
    target: 'draft-2020-12',
    reused: 'ref',
    override: (ctx) => {
      const json = jsonOverrides.get(ctx.zodSchema as unknown as z.ZodType);
      if (json === undefined) return;
      const js = ctx.jsonSchema as Record<string, unknown>;
      for (const k of Object.keys(js)) delete js[k];
      Object.assign(js, json);
    },
  });
  return { ...schema, title: 'budget-disclosure/1', description: '预算公开文件（部门预算 / 单位预算） — A Chinese government budget disclosure' };
}

/** `schemas/report.schema.json`: the JSON report of `budget check --format json`. */
export function reportJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ReportSchema, { io: 'output', target: 'draft-2020-12' }), title: 'budget-report/1' };
}

export const renderJsonSchema = (schema: Record<string, unknown>): string => `${JSON.stringify(schema, null, 2)}\n`;
