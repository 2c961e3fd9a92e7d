/**
 * commander wiring only: parse flags, call the core, pick a reporter, write, return the exit code.
 * Heavy modules (the YAML parser, zod) are imported on the path that needs them, so that
 * `budget --help` and `budget --version` start fast.
 */
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './exit.js';
import type { FailOn } from '../report/build.js';
import type { Format } from './check.js';
import { type Io, type Lang, langFromEnv } from './io.js';

declare const BUDGET_VERSION: string;
const VERSION = typeof BUDGET_VERSION === 'string' ? BUDGET_VERSION : '0.0.0-dev';


const CHECK_EXAMPLES = `
Examples:
  $ budget check fixtures/datong-hrss-2026.yaml
  $ budget check --lang en --verbose fixtures/datong-hrss-2026.yaml
  $ budget check --format json disclosure.yaml > report.json
  $ budget check --fail-on warning disclosure.yaml
  $ budget check --format html -o report.html disclosure.yaml
  $ budget check --format checklist -o 检查表.xlsx disclosure.yaml

Exit codes:
  0  every file loaded and no finding reached --fail-on
  1  findings at or above --fail-on
  2  bad input or usage: every problem is listed with file:line:col`;

const COMPARE_EXAMPLES = `
Examples:
  $ budget compare fixtures/js-gaoyuan-2018.yaml fixtures/js-gaoyuan-2019.yaml
  $ budget compare --min-change 5% --table expenditure 2025.yaml 2026.yaml
  $ budget compare --format markdown 2025.yaml 2026.yaml > changes.md

Exit codes:
  0  no claim about last year is contradicted (and nothing moved past --fail-on-change)
  1  a claim is contradicted by the older document, or a row moved past --fail-on-change
  2  bad input or usage`;

const IMPORT_EXAMPLES = `
Examples:
  $ budget import 2025年部门预算公开.pdf -o 2025.yaml
  $ budget import fixtures/sources/js-gaoyuan-2019-dept-budget.pdf | less
  $ budget check 2025年部门预算公开.pdf          (imports in memory, then checks)

What could not be placed is listed verbatim under unplaced:, with its page, and a warning says so.
Check every figure of an imported file against the printed document before relying on it.

Exit codes:
  0  imported
  2  bad input (unreadable, encrypted, scanned or corrupt PDF; no budget table found) or usage`;

const MAIN_EXAMPLES = `
Examples:
  $ budget check fixtures/datong-hrss-2026.yaml   reconcile a disclosure
  $ budget compare 2025.yaml 2026.yaml            what moved, and last year's claims checked
  $ budget import 2026.pdf -o 2026.yaml           a published PDF into the YAML form
  $ budget check --help                           options of check
  $ budget rules                                  the rules and the identities they check

Docs: README.md and docs/format.md (the YAML form of a disclosure).`;

export function defaultIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readFile: (p) => readFile(p),
  };
}

interface CheckFlags {
  lang?: Lang;
  color?: boolean;
  format: Format;
  failOn: FailOn;
  verbose?: boolean;
  config?: string;
  waivers?: string;
  output?: string;
  force?: boolean;
  jobs?: number;
  docsUrl?: string;
  maxFileSize?: number;
  maxPages?: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

export async function run(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('budget')
    .description('Reconciles Chinese government budget disclosures (部门预算公开 / 单位预算公开).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', MAIN_EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check')
    .description('check disclosures (YAML, or PDFs imported in memory) and report what does not reconcile')
    .argument('<files...>', 'disclosure files (.yaml; .pdf and .txt are imported first)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'sarif', 'junit', 'github', 'html', 'checklist']).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file (atomically; see --force); required by checklist (.xlsx)')
    .option('--force', 'replace an existing --output file')
    .addOption(new Option('-j, --jobs <n>', 'worker threads (default: the number of cores)').argParser(positiveInt))
    .option('--waivers <file>', 'accepted findings (default: ./budget-waivers.yaml when present)')
    .option('--docs-url <url>', 'base URL of the rule pages, for SARIF helpUri')
    .addOption(new Option('--max-file-size <mb>', 'refuse larger input files (default: 20 MB)').argParser(positiveInt))
    .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages (default: 500)').argParser(positiveInt))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding reaches this severity (tails never do)')
        .choices(['error', 'warning', 'info', 'never'])
        .default('error'),
    )
    .addOption(new Option('--lang <lang>', 'language of messages (default: from the locale)').choices(['zh', 'en']))
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('-v, --verbose', 'also list what each file holds and the rules that did not apply')
    .option('-c, --config <file>', 'rules switched off or at another severity (default: ./budget.config.yaml when present)')
    .addHelpText('after', CHECK_EXAMPLES)
    .exitOverride()
    .action(async (files: string[], opts: CheckFlags) => {
      const { check } = await import('./check.js');
      code = await check(
        files,
        {
          lang: opts.lang ?? langFromEnv(io.env),
          color: opts.color,
          format: opts.format,
          failOn: opts.failOn,
          verbose: opts.verbose === true,
          version: VERSION,
          force: opts.force === true,
          today: io.env.BUDGET_TODAY ?? new Date().toISOString().slice(0, 10),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          ...(opts.waivers !== undefined ? { waivers: opts.waivers } : {}),
          ...(opts.output !== undefined ? { output: opts.output } : {}),
          ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
          ...(opts.docsUrl !== undefined ? { docsUrl: opts.docsUrl } : {}),
          ...(opts.maxFileSize !== undefined ? { maxBytes: opts.maxFileSize * 1024 * 1024 } : {}),
          ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
        },
        io,
      );
    });

  program
    .command('compare')
    .description("two years side by side, and the newer year's claims about the older one checked")
    .argument('<old>', 'the older disclosure (.yaml, or .pdf / .txt imported first)')
    .argument('<new>', 'the newer disclosure (.yaml, or .pdf / .txt imported first)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'markdown', 'csv', 'html']).default('pretty'))
    .option('-o, --output <file>', 'write the comparison to a file (atomically; see --force)')
    .option('--force', 'replace an existing --output file')
    .option('--min-change <threshold>', 'hide rows that moved less: an amount (in the table unit) or a percent ("5%")')
    .option('--fail-on-change <threshold>', 'exit 1 when a row moved at least this much')
    .option('--table <roles...>', 'compare only these tables (roles: summary, expenditure, projects …)')
    .addOption(new Option('--max-file-size <mb>', 'refuse larger input files (default: 20 MB)').argParser(positiveInt))
    .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages (default: 500)').argParser(positiveInt))
    .addOption(new Option('--lang <lang>', 'language (default: from the locale)').choices(['zh', 'en']))
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .addHelpText('after', COMPARE_EXAMPLES)
    .exitOverride()
    .action(async (oldFile: string, newFile: string, opts: { format: 'pretty' | 'json' | 'markdown' | 'csv' | 'html'; output?: string; force?: boolean; maxFileSize?: number; maxPages?: number; minChange?: string; failOnChange?: string; table?: string[]; lang?: Lang; color?: boolean }) => {
      const { compare } = await import('./compare.js');
      code = await compare(
        oldFile,
        newFile,
        {
          lang: opts.lang ?? langFromEnv(io.env),
          color: opts.color,
          format: opts.format,
          version: VERSION,
          force: opts.force === true,
          ...(opts.output !== undefined ? { output: opts.output } : {}),
          ...(opts.maxFileSize !== undefined ? { maxBytes: opts.maxFileSize * 1024 * 1024 } : {}),
          ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
          ...(opts.minChange !== undefined ? { minChange: opts.minChange } : {}),
          ...(opts.failOnChange !== undefined ? { failOnChange: opts.failOnChange } : {}),
          ...(opts.table !== undefined ? { tables: opts.table } : {}),
        },
        io,
      );
    });

  program
    .command('import')
    .description('read a published disclosure (PDF, or its text) into the YAML form')
    .argument('<file>', 'the disclosure as published: .pdf, or pdftotext -layout / tab-separated .txt')
    .option('-o, --output <file>', 'write the YAML to a file (atomically; see --force), not to standard output')
    .option('--force', 'replace an existing --output file')
    .addOption(new Option('--max-file-size <mb>', 'refuse larger input files (default: 20 MB)').argParser(positiveInt))
    .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages (default: 500)').argParser(positiveInt))
    .addOption(new Option('--lang <lang>', 'language of messages (default: from the locale)').choices(['zh', 'en']))
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .addHelpText('after', IMPORT_EXAMPLES)
    .exitOverride()
    .action(async (file: string, opts: { output?: string; force?: boolean; maxFileSize?: number; maxPages?: number; lang?: Lang; color?: boolean }) => {
      const { importFile } = await import('./import.js');
      code = await importFile(
        file,
        {
          lang: opts.lang ?? langFromEnv(io.env),
          color: opts.color,
          force: opts.force === true,
          ...(opts.output !== undefined ? { output: opts.output } : {}),
          ...(opts.maxFileSize !== undefined ? { maxBytes: opts.maxFileSize * 1024 * 1024 } : {}),
          ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
        },
        io,
      );
    });

  program
    .command('rules')
    .description('list the rules: id, group, severity and the identity each checks')
    .addOption(new Option('--lang <lang>', 'language (default: from the locale)').choices(['zh', 'en']))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .exitOverride()
    .action(async (opts: { lang?: Lang; format: 'pretty' | 'json' }) => {
      const { listRules } = await import('./rules.js');
      io.stdout(listRules(opts.lang ?? langFromEnv(io.env), opts.format));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    throw e;
  }
  return code;
}
