/**
 * `budget import FILE [-o out.yaml]`: a published disclosure (PDF, `pdftotext -layout` text or the
 * tab-separated extraction) written as the YAML form. The YAML goes to standard output, or to a
 * file written atomically that never replaces the input, nor an existing file without --force.
 */
import { messages } from '../load/messages.js';
import { renderProblems } from '../report/load.js';
import { EXIT } from './exit.js';
import { colorLevel, type Io, type Lang } from './io.js';
import { sinkFor } from './output.js';
import { readBytes } from './read.js';
import { readSource } from './source-file.js';

export interface ImportOptions {
  readonly lang: Lang;
  readonly color: boolean | undefined;
  readonly output?: string;
  readonly force: boolean;
  readonly maxBytes?: number;
  readonly maxPages?: number;
}

export async function importFile(file: string, opts: ImportOptions, io: Io): Promise<number> {
  const { bytes, error } = await readBytes(io, file);
  const read = await readSource(file, bytes, error, {
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
  });
  if (!read.ok) {
    io.stderr(renderProblems([read.problem], { lang: opts.lang, color: colorLevel(io, opts.color) }));
    return EXIT.badInput;
  }
  const sink = await sinkFor(io, opts.output, opts.force, [file]);
  if (typeof sink === 'string') {
    io.stderr(`budget: ${sink}\n`);
    return EXIT.badInput;
  }
  await sink.write(read.yaml);
  const problem = await sink.close();
  if (problem) {
    io.stderr(`budget: ${problem}\n`);
    return EXIT.badInput;
  }
  if (read.encoding) io.stderr(`budget: ${file}: ${messages.decodedFrom(read.encoding)[opts.lang]}\n`);
  const tables = Object.keys(read.imported.data.tables as object);
  io.stderr(
    opts.lang === 'zh'
      ? `budget: ${file}：读出 ${tables.length} 张表（${tables.join('、')}）\n`
      : `budget: ${file}: ${tables.length} tables read (${tables.join(', ')})\n`,
  );
  if (read.imported.unplaced.length > 0) io.stderr(`budget: ${file}: ${messages.unplaced(read.imported.unplaced.length)[opts.lang]}\n`);
  return EXIT.ok;
}
