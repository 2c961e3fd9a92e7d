/**
 * The `yaml` library, loaded on first use. Most disclosures are read by the fast reader
 * (fast-tree.ts) and never need it; loading it costs a check about 15 ms of start-up.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export const yamlLib = (): typeof Yaml => {
  lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
};
