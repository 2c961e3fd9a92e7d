// Types of generate.mjs, for the tests that read its generated disclosures.
export function mulberry32(seed: number): () => number;
export function generateTexts(count: number, seed?: number): Generator<string>;
export function generate(dir: string, count: number, seed?: number): string[];
