/**
 * Reports written file by file, so that a batch of 10,000 disclosures is checked in flat memory:
 * each file's report is rendered as soon as it (and every file before it) is done, then dropped.
 * The bytes are the same as rendering the whole report at once.
 */
import type { Rule } from '../engine/types.js';
import { RANK, THRESHOLD, type FailOn } from './build.js';
import { visible } from '../load/messages.js';
import { escapeData, escapeProperty } from './escape.js';
import { junitSuite } from './junit.js';
import { fileSection, type PrettyOptions, summaryLine } from './pretty.js';
import { sarifResults, sarifRun } from './sarif.js';
import type { CheckReport, FileReport } from './schema.js';
import type { Loaded } from '../load/load.js';
import { htmlFile, htmlHead, htmlTail } from './html.js';



export type Format = 'pretty' | 'json' | 'sarif' | 'junit' | 'github' | 'html';

export interface StreamOptions extends PrettyOptions {
  readonly format: Format;
  readonly failOn: FailOn;
  readonly version: string;
  readonly rules: readonly Rule[];
  readonly docsUrl?: string;
}

export interface Chunk {
  readonly out: string;
  readonly err: string;
}

type Summary = CheckReport['summary'];

/** Indents every line after the first, as JSON.stringify does for nested values. */
const indent = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);

export class ReportStream {
  private count = 0;
  private readonly summary: { -readonly [K in keyof Summary]: Summary[K] } = { errors: 0, warnings: 0, info: 0, tails: 0, files: 0, invalid: 0 };
  private failing = false;
  private junitTests = 0;
  private junitFailures = 0;
  private junitErrors = 0;
  private readonly junitSuites: string[] = [];
  private results = 0;

  constructor(private readonly o: StreamOptions) {}

  head(): string {
    const { format, version, failOn } = this.o;
    if (format === 'json') return `{\n  "format": "budget-report/1",\n  "tool": {\n    "name": "budget",\n    "version": ${JSON.stringify(version)}\n  },\n  "failOn": ${JSON.stringify(failOn)},\n  "files": [`;
    if (format === 'html') return htmlHead(this.o.lang, this.o.lang === 'zh' ? 'budget 检查报告' : 'budget check report');
    if (format === 'sarif') {
      const run = sarifRun(version, this.o);
      // Everything up to the results array, as JSON.stringify would lay it out.
      const text = JSON.stringify(run, null, 2);
      return text.slice(0, text.lastIndexOf('"results": []') + '"results": ['.length);
    }
    return '';
  }

  /** A file's report, rendered here; `index` is its place among every report of the run. */
  file(f: FileReport, index = 0): Chunk {
    return this.add(renderFile(f, this.o, undefined, index));
  }

  /** A file's report rendered elsewhere (a worker): only separators and totals are added here. */
  add(r: Rendered): Chunk {
    const n = this.count++;
    const s = this.summary;
    s.files++;
    if (r.invalid) s.invalid++;
    s.errors += r.counts.errors;
    s.warnings += r.counts.warnings;
    s.info += r.counts.info;
    s.tails += r.counts.tails;
    if (r.failing) this.failing = true;
    switch (this.o.format) {
      case 'json':
        return { out: `${n > 0 ? ',' : ''}\n    ${r.parts[0] ?? ''}`, err: '' };
      case 'sarif':
        return { out: r.parts.map((p) => `${this.results++ > 0 ? ',' : ''}\n        ${p}`).join(''), err: '' };
      case 'junit':
        this.junitTests += r.junit?.tests ?? 0;
        this.junitFailures += r.junit?.failures ?? 0;
        this.junitErrors += r.junit?.errors ?? 0;
        this.junitSuites.push(r.parts[0] ?? '');
        return { out: '', err: '' };
      case 'github':
      case 'html':
        return { out: r.parts[0] ?? '', err: '' };
      default:
        // Files that could not be loaded go to stderr; checked files to stdout.
        return r.invalid ? { out: '', err: r.parts[0] ?? '' } : { out: `${n > 0 ? '\n' : ''}${r.parts[0] ?? ''}`, err: '' };
    }
  }

  tail(): string {
    const s = this.summary;
    switch (this.o.format) {
      case 'json':
        return `${this.count > 0 ? '\n  ' : ''}],\n  "summary": ${indent(JSON.stringify(s, null, 2), '  ')}\n}\n`;
      case 'sarif':
        return `${this.results > 0 ? '\n      ' : ''}]\n    }\n  ]\n}\n`;
      case 'junit':
        return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="budget" tests="${this.junitTests}" failures="${this.junitFailures}" errors="${this.junitErrors}">\n${this.junitSuites.join('\n')}\n</testsuites>\n`;
      case 'github':
        return `budget: ${s.files} file(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.tails} tail(s), ${s.invalid} could not be loaded\n`;
      case 'html':
        return htmlTail(this.o, s.files > 1 ? s : undefined);
      default:
        return s.files > 1 ? `\n${summaryLine(s, this.o)}\n` : '';
    }
  }

  /** 2 when an input was bad; 1 when a finding reached --fail-on (never a tail or a waived one). */
  exitCode(): 0 | 1 | 2 {
    return this.summary.invalid > 0 ? 2 : this.failing ? 1 : 0;
  }
}

/** One file's share of the report, ready to write: what a worker sends back instead of the report. */
export interface Rendered {
  readonly parts: readonly string[];
  readonly invalid: boolean;
  readonly failing: boolean;
  readonly counts: FileReport['counts'];
  readonly junit?: { readonly tests: number; readonly failures: number; readonly errors: number };
}

/**
 * `loaded` draws the tables of an HTML report (a file that could not be loaded has none); `index`,
 * the file's place among the inputs, keeps its anchors apart from every other file's.
 */
export function renderFile(f: FileReport, o: StreamOptions, loaded?: Loaded, index = 0): Rendered {
  const base = {
    invalid: f.status === 'invalid',
    counts: f.counts,
    failing: f.findings.some((x) => !x.waived && x.outcome !== 'tail' && RANK[x.severity] >= THRESHOLD[o.failOn]),
  };
  switch (o.format) {
    case 'json':
      return { ...base, parts: [indent(JSON.stringify(f, null, 2), '    ')] };
    case 'sarif':
      return { ...base, parts: sarifResults(f, o).map((r) => indent(JSON.stringify(r, null, 2), '        ')) };
    case 'junit': {
      const suite = junitSuite(f, o.rules, o.lang, THRESHOLD[o.failOn]);
      return { ...base, parts: [suite.xml], junit: { tests: suite.tests, failures: suite.failures, errors: suite.errors } };
    }
    case 'github':
      return { ...base, parts: [githubLines(f, o.lang)] };
    case 'html':
      return { ...base, parts: [htmlFile(loaded, f, { lang: o.lang, version: o.version, failing: base.failing }, index)] };
    default:
      return { ...base, parts: [`${fileSection(f, o)}\n`] };
  }
}

/** The whole report at once: the same bytes as the stream. */
export function renderReport(report: CheckReport, o: StreamOptions): Chunk {
  const stream = new ReportStream(o);
  let out = stream.head();
  let err = '';
  for (const f of report.files) {
    const c = stream.file(f);
    out += c.out;
    err += c.err;
  }
  return { out: out + stream.tail(), err };
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Document text in a CI log: control characters shown (\x1b), never obeyed; then escaped. */
const safe = (s: string) => visible(s, Number.POSITIVE_INFINITY);

function githubLines(file: FileReport, lang: 'zh' | 'en'): string {
  const lines: string[] = [];
  for (const p of file.problems) {
    lines.push(`::error file=${escapeProperty(p.file)},line=${p.line},col=${p.col},title=${escapeProperty('budget: bad input')}::${escapeData(safe(p.message[lang]))}`);
  }
  for (const f of file.findings) {
    if (f.waived) continue;
    const title = `budget ${f.rule}${f.outcome === 'tail' ? ' (尾差 tail)' : ''}`;
    lines.push(`::${COMMAND[f.severity]} file=${escapeProperty(f.location.file)},line=${f.location.line},col=${f.location.col},title=${escapeProperty(title)}::${escapeData(safe(`${f.place}: ${f.message[lang]}`))}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
