/**
 * Printed pages of places in an imported document's YAML. Apart from source-file.ts, so that check
 * and compare can use it without loading the importer for a YAML input.
 */

/** The printed page of a place (line and column) of an imported document's YAML, where it has one. */
export type PageOf = (line: number, col: number) => number | undefined;

/** A location given its printed page, where `pageOf` knows one. */
export function withPage<L extends { line: number; col: number }>(l: L, pageOf: PageOf | undefined): L {
  const page = pageOf?.(l.line, l.col);
  return page === undefined ? l : { ...l, page };
}
