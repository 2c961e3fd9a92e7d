/** A worker thread of `budget check --jobs N`: checks the files it is sent, one message each. */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { checkBytes, type JobSettings, type ReadLimits } from './check-file.js';

interface Job {
  readonly index: number;
  /** The path to read (absolute). */
  readonly file: string;
  /** The path as the user gave it, for every report. */
  readonly display: string;
  readonly settings: JobSettings;
  readonly limits: ReadLimits;
}

parentPort?.on('message', async (job: Job) => {
  let bytes: Uint8Array | undefined;
  let error: unknown;
  try {
    bytes = await readFile(job.file);
  } catch (e) {
    error = e;
  }
  const done = await checkBytes(job.display, bytes, error, job.settings, job.index, job.limits);
  parentPort?.postMessage({ index: job.index, done });
});
