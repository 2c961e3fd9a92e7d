import type { Text } from '../load/messages.js';
import type { Path } from '../load/tree.js';
import type { Loaded } from '../load/load.js';
import type { Disclosure } from '../model/disclosure.js';
import type { AmountUnit } from '../model/vocabulary.js';
import type { Comparison, Outcome } from '../reconcile/rounding.js';

export type Severity = 'error' | 'warning' | 'info';

/** A place in the document: its path in the file, and how it reads in print. */
export interface Ref {
  readonly path: Path;
  /** Printed place, outermost first: [表名, row, column]. */
  readonly place: readonly string[];
  /** The figure there, as printed, when there is one. */
  readonly text?: string;
  /** A file offset inside the value at `path` (a claim inside a paragraph of prose). */
  readonly offset?: number;
  readonly unit?: AmountUnit;
}

/** What a rule reports: data, turned into words and places by the engine and the reporters. */
export interface Report {
  readonly at: Ref;
  readonly related: readonly Ref[];
  readonly message: Text;
  /** The numbers behind a summation or comparison; its outcome decides tail or discrepancy. */
  readonly comparison?: Comparison;
  /** Overrides the rule's severity for this finding (never for a tail, which is always info). */
  readonly severity?: Severity;
}

export interface Context {
  readonly disclosure: Disclosure;
  /** The loaded file, for rules that read prose at its exact place. */
  readonly loaded: Loaded;
  report(r: Report): void;
  /** The rule cannot apply: the tables it compares are not in this document. */
  skip(reason: Text): void;
}

export type Group = 'table' | 'cross' | 'targets' | 'plausibility' | 'completeness' | 'narrative' | 'hygiene';

export interface Rule {
  /** Stable kebab-case id, equal to the rule's file name. */
  readonly id: string;
  readonly group: Group;
  readonly severity: Severity;
  /** The identity the rule checks, in one line. */
  readonly description: Text;
  check(ctx: Context): void;
}

export interface Location {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface Related {
  readonly place: string;
  readonly location: Location;
  readonly value?: string;
}

/** A finding as reported: located, with exact decimal strings. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly outcome: Exclude<Outcome, 'exact'> | 'finding';
  readonly message: Text;
  readonly place: string;
  /** The table the finding belongs to, for grouping (empty for parts outside tables). */
  readonly table: string;
  readonly location: Location;
  readonly value?: string;
  readonly unit?: AmountUnit;
  readonly related: readonly Related[];
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly allowance?: string;
}

export interface Skipped {
  readonly rule: string;
  readonly reason: Text;
}
