/**
 * SARIF 2.1.0 for GitHub code scanning: every rule declared with its help, results with a physical
 * location, related locations, and fingerprints built from rule + table + row + column — never
 * from line numbers, so an alert survives edits elsewhere in the file. Waived findings are kept
 * as suppressed results. Deterministic: no timestamps.
 */
import { createHash } from 'node:crypto';
import type { Rule } from '../engine/types.js';
import type { FileReport } from './schema.js';

export interface SarifOptions {
  readonly rules: readonly Rule[];
  /** Base for each rule's help page; relative ("docs/rules/<id>.md") unless given. */
  readonly docsUrl?: string;
  readonly lang: 'zh' | 'en';
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative URI reference for a path: each segment percent-encoded, '/' kept. */
export const uriOf = (file: string): string =>
  file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');

const fingerprint = (parts: readonly string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** The pseudo-rule of input problems: a file that cannot be read as a disclosure (exit code 2). */
const LOAD = {
  id: 'load',
  zh: '文件无法作为预算公开文件载入（退出码 2）',
  en: 'The file cannot be loaded as a disclosure (exit code 2)',
} as const;

/** The results of one file: its input problems first (rule "load"), then its findings. */
export function sarifResults(file: FileReport, o: SarifOptions) {
  const index = new Map(o.rules.map((r, i) => [r.id, i]));
  const problems = file.problems.map((p) => ({
    ruleId: LOAD.id,
    ruleIndex: o.rules.length,
    level: 'error',
    kind: 'fail',
    message: { text: p.place ? `${p.message[o.lang]} [${p.place}]` : p.message[o.lang] },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(p.file) }, region: { startLine: p.line, startColumn: p.col } } }],
    partialFingerprints: { 'budgetFinding/v1': fingerprint([LOAD.id, p.place, p.message.en]) },
  }));
  return [...problems, ...findingResults(file, o, index)];
}

function findingResults(file: FileReport, o: SarifOptions, index: ReadonlyMap<string, number>) {
  return file.findings.map((f) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    kind: f.waived ? 'review' : 'fail',
    message: { text: `${f.message[o.lang]} [${f.place}]` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: uriOf(f.location.file) }, region: { startLine: f.location.line, startColumn: f.location.col } },
        logicalLocations: [{ fullyQualifiedName: f.place, kind: 'member' }],
      },
    ],
    relatedLocations: f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: { artifactLocation: { uri: uriOf(r.location.file) }, region: { startLine: r.location.line, startColumn: r.location.col } },
      message: { text: r.value !== undefined ? `${r.place}: ${r.value}` : r.place },
    })),
    partialFingerprints: { 'budgetFinding/v1': fingerprint([f.rule, f.place]) },
    properties: {
      outcome: f.outcome,
      ...(f.expected !== undefined ? { expected: f.expected, actual: f.actual, difference: f.difference, allowance: f.allowance } : {}),
    },
    ...(f.waived ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.waived.reason }] } : {}),
  }));
}

/** The SARIF document with an empty results array: the stream fills it in. */
export function sarifRun(version: string, o: SarifOptions) {
  const help = (id: string) => `${o.docsUrl ?? 'docs/rules/'}${id}.md`;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'budget',
            version,
            informationUri: `${o.docsUrl ?? 'docs/rules/'}README.md`,
            rules: [
              ...o.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description[o.lang] },
              fullDescription: { text: `${r.description.zh} — ${r.description.en}` },
              helpUri: help(r.id),
              help: { text: `${r.description[o.lang]} See ${help(r.id)}.` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['budget', r.group] },
              })),
              // Declared last, so that the rules' indexes stay those of `budget rules`.
              {
                id: LOAD.id,
                name: 'Load',
                shortDescription: { text: LOAD[o.lang] },
                fullDescription: { text: `${LOAD.zh} — ${LOAD.en}` },
                helpUri: help('README'),
                help: { text: `${LOAD[o.lang]} See ${help('README')}.` },
                defaultConfiguration: { level: 'error' },
                properties: { tags: ['budget', 'input'] },
              },
            ],
          },
        },
        columnKind: 'unicodeCodePoints',
        results: [] as unknown[],
      },
    ],
  };
}
