// Writes N generated disclosures into a directory, reproducibly (seeded): each is the reference
// with its unit renamed and its table figures moved by small seeded amounts, so every file is
// checked for real; every tenth is ten times larger (its narrative and target tables repeated).
import Decimal from 'decimal.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REFERENCE = readFileSync(new URL('../fixtures/datong-hrss-2026.yaml', import.meta.url), 'utf8');

/** The reference with its narrative sections and target tables repeated `times` times. */
function larger(text, times) {
  const lines = text.split('\n');
  const block = (start) => {
    const from = lines.indexOf(`${start}:`);
    let to = from + 1;
    while (to < lines.length && (lines[to].startsWith(' ') || lines[to] === '')) to++;
    return [from, to];
  };
  const out = [...lines];
  for (const key of ['performance_targets', 'narrative']) {
    const [from, to] = block(key);
    const body = lines.slice(from + 1, to);
    const extra = [];
    for (let i = 1; i < times; i++) extra.push(...body);
    const at = out.indexOf(`${key}:`) + 1 + body.length;
    out.splice(at, 0, ...extra);
  }
  return out.join('\n');
}

/** The first `count` generated disclosures, as text: the same seed gives the same texts. */
export function* generateTexts(count, seed = 20261129) {
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    let text = REFERENCE.replaceAll('大同市人力资源和社会保障局', `测试单位${String(i).padStart(5, '0')}`);
    // Move a few 万元 figures by a seeded cent: the checker must then do real work on them.
    text = text.replace(/(合计: )(\d+\.\d\d)/g, (m, k, v) => (random() < 0.05 ? `${k}${new Decimal(v).plus('0.01').toFixed(2)}` : m));
    if (i % 10 === 9) text = larger(text, 10);
    yield text;
  }
}

export function generate(dir, count, seed = 20261129) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  let i = 0;
  for (const text of generateTexts(count, seed)) {
    const file = join(dir, `d${String(i++).padStart(5, '0')}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/.data', count = '1000'] = process.argv.slice(2);
  generate(dir, Number(count));
  console.log(`wrote ${count} disclosures to ${dir}`);
}
