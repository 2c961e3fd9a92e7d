import type { DisclosureParsed } from '../load/schema.js';
import type { Path } from '../load/tree.js';
import type { Amount } from './amount.js';
import type { AmountUnit, BlockKey, TableRole } from './vocabulary.js';

export interface Column {
  readonly key: string;
  /** The printed header, top line first (the key when none is printed). */
  readonly header: readonly string[];
  readonly number?: string;
  readonly kind: 'stub' | 'amount' | 'text';
}

export interface Row {
  /** Where the row is in the file, for locating its cells. */
  readonly path: Path;
  readonly code?: string;
  readonly name?: string;
  readonly govEcon?: string;
  readonly group?: string;
  /** Amount cells by column key; a blank cell is absent. */
  readonly amounts: ReadonlyMap<string, Amount>;
  readonly texts: ReadonlyMap<string, string>;
}

export interface Grid {
  readonly path: Path;
  readonly heading?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

export interface Table {
  readonly role: TableRole;
  readonly path: Path;
  readonly number?: string;
  readonly title: string;
  readonly issuer?: string;
  readonly unit: AmountUnit;
  readonly note?: string;
  /** The grid of a one-block table. */
  readonly grid?: Grid;
  /** The blocks of a table printed side by side. */
  readonly blocks: Partial<Record<BlockKey, Grid>>;
}

/** A loaded disclosure: the validated document, with its tables in typed form. */
export interface Disclosure extends Omit<DisclosureParsed, 'tables'> {
  readonly tables: Partial<Record<TableRole, Table>>;
}
