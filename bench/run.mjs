// npm run bench: the speed of budget, each figure a ratio against a baseline measured in the same
// run, pair by pair (alternating runs, medians), so that a busy machine slows both alike.
//   node bench/run.mjs [--quick] [--import]   --quick skips the 10,000-file memory run;
//                                             --import runs only the import measure
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const importOnly = process.argv.includes('--import');
const node = process.execPath;
const bin = `${root}bin/budget.js`;
const hasTime = existsSync('/usr/bin/time');
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** Wall time (ms) and peak RSS (KB, when /usr/bin/time exists) of one command (node's, by default). */
function once(args, program = node) {
  const cmd = hasTime ? ['/usr/bin/time', '-f', '%M', program, ...args] : [program, ...args];
  const t = process.hrtime.bigint();
  // The report itself is discarded: 10,000 files make more JSON than a string can hold.
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) : Number.NaN;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, rss };
}

/** The wall time (ms) of several commands run at once. */
async function together(commands) {
  const t = process.hrtime.bigint();
  await Promise.all(
    commands.map(
      (args) =>
        new Promise((done, fail) => {
          const p = spawn(node, args, { cwd: root, stdio: 'ignore' });
          p.on('error', fail);
          p.on('exit', (code) => (code === 0 || code === 1 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`))));
        }),
    ),
  );
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The total wall time of several commands, run one after another. */
const total = (commands) => commands.reduce((ms, [args, program]) => ms + once(args, program).ms, 0);

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
console.log(`budget bench on ${process.platform} ${process.arch}, node ${process.version}`);
if (!importOnly) {
  rmSync(data, { recursive: true, force: true });
  const dir1k = `${data}/1k`;
  generate(dir1k, 1000);

  pair('1. check the reference vs node -e 0', [bin, 'check', 'fixtures/datong-hrss-2026.yaml'], ['-e', '0'], 15, '≤ 1.3×');
  pair('2. check 1,000 files (--jobs 1) vs a bare yaml parseDocument of them', [bin, 'check', '--jobs', '1', '--format', 'json', dir1k], ['bench/parse-only.mjs', dir1k], 3, '≤ 1.2×');
  pair('3. --jobs 1 vs --jobs 2 on the same 1,000', [bin, 'check', '--jobs', '1', '--format', 'json', dir1k], [bin, 'check', '--jobs', '2', '--format', 'json', dir1k], 3, '≥ 1.8×');
  // What two cores give this work at all: the 1,000 files in one process, against two processes
  // at once that each check half. No thread is shared, so this is the ceiling --jobs 2 can reach.
  {
    const half = (g) => [bin, 'check', '--jobs', '1', '--format', 'json', `${dir1k}/d00[${g}]*.yaml`];
    const one = [];
    const two = [];
    for (let i = 0; i < 3; i++) {
      one.push(once([bin, 'check', '--jobs', '1', '--format', 'json', dir1k]).ms);
      two.push(await together([half('0-4'), half('5-9')]));
    }
    const ratio = median(one) / median(two);
    console.log(`   the machine's ceiling: one process vs two at once on halves: ${median(one).toFixed(0)} ms against ${median(two).toFixed(0)} ms = ${ratio.toFixed(2)}×`);
  }
  const rss1k = once([bin, 'check', '--jobs', '1', '--format', 'json', dir1k]).rss;
  console.log(`4. peak RSS, 1,000 files (--jobs 1): ${(rss1k / 1024).toFixed(0)} MB (goal ≤ 150 MB, flat)`);
}
// 5. Import: every PDF of fixtures/sources, one process each, against a bare pdf.js text
// extraction of each (the same process start and pdf.js load), and pdftotext for scale.
const pdfs = readdirSync(`${root}fixtures/sources`).filter((f) => f.endsWith('.pdf')).map((f) => `fixtures/sources/${f}`);
{
  const imports = pdfs.map((f) => [[bin, 'import', f]]);
  const texts = pdfs.map((f) => [['bench/pdf-text.mjs', f]]);
  const poppler = pdfs.map((f) => [['-layout', f, '-'], 'pdftotext']);
  const ti = [];
  const tt = [];
  const tp = [];
  for (let i = 0; i < 5; i++) {
    ti.push(total(imports));
    tt.push(total(texts));
    if (hasPdftotext) tp.push(total(poppler));
  }
  const [mi, mt] = [median(ti), median(tt)];
  console.log(`5. import the ${pdfs.length} PDFs vs a bare pdf.js getTextContent of them: ${mi.toFixed(0)} ms against ${mt.toFixed(0)} ms = ${(mi / mt).toFixed(2)}× (goal ≤ 1.3×)`);
  if (hasPdftotext) console.log(`   for scale, pdftotext -layout on the same: ${median(tp).toFixed(0)} ms (pdf.js text ${(mt / median(tp)).toFixed(1)}× that)`);
}
if (!quick && !importOnly) {
  const dir10k = `${data}/10k`;
  generate(dir10k, 10000);
  const rss10k = once([bin, 'check', '--jobs', '1', '--format', 'json', dir10k]).rss;
  console.log(`   peak RSS, 10,000 files (--jobs 1): ${(rss10k / 1024).toFixed(0)} MB`);
}
rmSync(data, { recursive: true, force: true });
