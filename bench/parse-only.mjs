// The baseline of the batch benchmark: a bare yaml parseDocument of every file, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
let errors = 0;
for (const f of readdirSync(dir).sort()) errors += parseDocument(readFileSync(join(dir, f), 'utf8')).errors.length;
if (errors > 0) process.exitCode = 1;
