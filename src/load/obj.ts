/** A YAML mapping as plain data, and the test for one (arrays and null are not). */
export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
