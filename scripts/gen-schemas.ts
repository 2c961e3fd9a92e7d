// Writes schemas/*.schema.json from the zod schemas. test/schemas.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { disclosureJsonSchema, renderJsonSchema, reportJsonSchema } from '../src/load/json-schema.js';

writeFileSync(new URL('../schemas/disclosure.schema.json', import.meta.url), renderJsonSchema(disclosureJsonSchema()));
writeFileSync(new URL('../schemas/report.schema.json', import.meta.url), renderJsonSchema(reportJsonSchema()));
