// npm run bench: the speed of budget, each figure a ratio against a baseline measured in the same
// run, pair by pair (alternating runs, medians), so that a busy machine slows both alike.
//   node bench/run.mjs [--quick]     --quick skips the 10,000-file memory run
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const node = process.execPath;
const bin = `${root}bin/budget.js`;
const hasTime = existsSync('/usr/bin/time');

/** Wall time (ms) and peak RSS (KB, when /usr/bin/time exists) of one command. */
function once(args) {
  const cmd = hasTime ? ['/usr/bin/time', '-f', '%M', node, ...args] : [node, ...args];
  const t = process.hrtime.bigint();
  // The report itself is discarded: 10,000 files make more JSON than a string can hold.
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) : Number.NaN;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a and b alternately n times; returns their medians and the ratio a / b. */
function pair(label, a, b, n, goal) {
  const ta = [];
  const tb = [];
  for (let i = 0; i < n; i++) {
    ta.push(once(a).ms);
    tb.push(once(b).ms);
  }
  const ratio = median(ta) / median(tb);
  console.log(`${label}: ${median(ta).toFixed(0)} ms against ${median(tb).toFixed(0)} ms = ${ratio.toFixed(2)}× (goal ${goal})`);
  return ratio;
}

spawnSync(node, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const data = `${root}bench/.data`;
rmSync(data, { recursive: true, force: true });
const dir1k = `${data}/1k`;
generate(dir1k, 1000);

console.log(`budget bench on ${process.platform} ${process.arch}, node ${process.version}`);
pair('1. check the reference vs node -e 0', [bin, 'check', 'fixtures/datong-hrss-2026.yaml'], ['-e', '0'], 15, '≤ 1.3×');
pair('2. check 1,000 files (--jobs 1) vs a bare yaml parseDocument of them', [bin, 'check', '--jobs', '1', '--format', 'json', dir1k], ['bench/parse-only.mjs', dir1k], 3, '≤ 1.2×');
pair('3. --jobs 1 vs --jobs 2 on the same 1,000', [bin, 'check', '--jobs', '1', '--format', 'json', dir1k], [bin, 'check', '--jobs', '2', '--format', 'json', dir1k], 3, '≥ 1.8×');
const rss1k = once([bin, 'check', '--jobs', '1', '--format', 'json', dir1k]).rss;
console.log(`4. peak RSS, 1,000 files (--jobs 1): ${(rss1k / 1024).toFixed(0)} MB (goal ≤ 150 MB, flat)`);
if (!quick) {
  const dir10k = `${data}/10k`;
  generate(dir10k, 10000);
  const rss10k = once([bin, 'check', '--jobs', '1', '--format', 'json', dir10k]).rss;
  console.log(`   peak RSS, 10,000 files (--jobs 1): ${(rss10k / 1024).toFixed(0)} MB`);
}
rmSync(data, { recursive: true, force: true });
