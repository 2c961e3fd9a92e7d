/**
 * The fast reader must yield exactly what `yaml` yields (data, spans in order, positions), or
 * nothing at all. Compared on every fixture, on the benchmark's generated files, on edge cases
 * written out, and on random edits of the fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { generateTexts } from '../../bench/generate.mjs';
import { readTreeFast } from '../../src/load/fast-tree.js';
import { readTree, readTreeYaml, type Tree } from '../../src/load/tree.js';
import { edits } from '../fuzz/edits.js';

const FIXTURES = readdirSync(new URL('../../fixtures/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => [f, readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8')] as const);

const DEPTH = 60;

/** Both readers on `text`: the fast one must agree with yaml's, offset by offset. */
function same(text: string, everyOffset = false): void {
  const fast = readTreeFast(text, DEPTH);
  const slow = readTreeYaml(text);
  if (fast === undefined) throw new Error('the fast reader gave up');
  expect(slow.syntax).toEqual([]);
  expect(fast.data).toStrictEqual(slow.data);
  expect([...fast.spans]).toStrictEqual([...slow.spans]);
  samePositions(readTree(text), slow, text, everyOffset);
}

/** On random text: the same tree, or the fast reader gives up. Whether it read the text. */
function agreesOrGivesUp(text: string): boolean {
  const fast = readTreeFast(text, DEPTH);
  if (fast === undefined) return false;
  const slow = readTreeYaml(text);
  expect(slow.syntax).toEqual([]);
  expect(fast.data).toStrictEqual(slow.data);
  expect([...fast.spans]).toStrictEqual([...slow.spans]);
  return true;
}

function samePositions(a: Tree, b: Tree, text: string, everyOffset: boolean): void {
  const offsets = new Set<number>([0, text.length]);
  for (const s of b.spans.values()) for (const o of [s.start, s.end, s.keyStart]) if (o !== undefined) offsets.add(o);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) offsets.add(i).add(i + 1);
  if (everyOffset) for (let i = 0; i <= text.length; i++) offsets.add(i);
  for (const o of offsets) expect(a.position(o), `offset ${o}`).toEqual(b.position(o));
}

describe('the fast YAML reader agrees with yaml', () => {
  it.each(FIXTURES)('%s', (_name, text) => same(text));

  it("on the benchmark's generated files, the larger ones too", () => {
    for (const text of generateTexts(20)) same(text);
  });

  // Each of these is read by the fast reader; the expected data is written out so that the
  // comparison cannot pass on two readers that are wrong alike.
  const ACCEPTED: [string, unknown][] = [
    ['a: 1\nb: x y  # c\n', { a: '1', b: 'x y' }],
    ['a:\nb: ~\nc: Null\nd: true\ne: FALSE\nf: yes\n', { a: null, b: null, c: null, d: true, e: false, f: 'yes' }],
    ['a: # only a comment\nb:   \n', { a: null, b: null }],
    ['- \n- # c\n-', [null, null, null]],
    ['a: [ 1 , "x" ,  y z ]  # c\n', { a: ['1', 'x', 'y z'] }],
    ["a: 'it''s'\nb: \"q\"", { a: "it's", b: 'q' }],
    ['a: |-\n  x\n\n  y\n\n\nb: 1', { a: 'x\n\ny', b: '1' }],
    ['a: |\n  x', { a: 'x\n' }],
    ['a: |  # hi\n   x\n    y\n  \n', { a: 'x\n y\n' }],
    ['a: |\n  # not a comment\n# a comment\nb: 1\n', { a: '# not a comment\n', b: '1' }],
    ['a: {}\nb: []\nc: { }', { a: {}, b: [], c: {} }],
    ['a: x#y\nb: -1.5\nc: a:b\nd: 0x1F\ne: .inf\nf: 1e3\n', { a: 'x#y', b: '-1.5', c: 'a:b', d: '0x1F', e: '.inf', f: '1e3' }],
    ['a:b: c\n', { 'a:b': 'c' }],
    ['1: a\nb: 2\n"1.0": c\n', { 1: 'a', b: '2', '1.0': 'c' }],
    ['a... b: 1\nc: ...\n...x: 2\n', { 'a... b': '1', c: '...', '...x': '2' }],
    ['rows:\n  - {code: "208", name: 社会保障, 合计: 1028.04}\n  - {name: 合计, header: [收入, 2026年]}\n', { rows: [{ code: '208', name: '社会保障', 合计: '1028.04' }, { name: '合计', header: ['收入', '2026年'] }] }],
    ['- a: 1\n  b:\n    - x\n    -   y\n  c: |\n    t\n- b\n', [{ a: '1', b: ['x', 'y'], c: 't\n' }, 'b']],
    ['-   a: 1\n    b: 2\n', [{ a: '1', b: '2' }]],
    ['- - x\n  - - y\n    - z: 1\n      w: 2\n- -\n', [['x', ['y', { z: '1', w: '2' }]], [null]]],
    ['# only comments\n\n# here\n', null],
    ['', null],
    ['  a: 1\n  b: 2\n', { a: '1', b: '2' }],
    ['__proto__: 1\nconstructor: 2\n', JSON.parse('{"__proto__": "1", "constructor": "2"}')],
    ['a: [-1, "", \'\']\n', { a: ['-1', '', ''] }],
    ['a: 注：本套报表因取数时四舍五入，部分金额可能存在尾差\n', { a: '注：本套报表因取数时四舍五入，部分金额可能存在尾差' }],
    ['a:\n\n  # between\n\n  b: 1\n', { a: { b: '1' } }],
    ['"208": x\n\'a\'\'b\': y\n', { 208: 'x', "a'b": 'y' }],
    ['- "k": v\n  \'j\': w\n- "k"\n- \'it\'\'s\': 1\n', [{ k: 'v', j: 'w' }, 'k', { "it's": '1' }]],
    ['a: {"208": x, \'b\': [y]}\n', { a: { 208: 'x', b: ['y'] } }],
  ];
  it.each(ACCEPTED)('reads %j', (text, data) => {
    same(text, true);
    const read = readTree(text).data;
    // The expected data is written with ordinary objects; the readers make prototype-free ones.
    expect(JSON.parse(JSON.stringify(read))).toEqual(data);
  });

  // Valid or not, these are left to yaml: the fast reader must give up on each.
  const REFUSED = [
    'a: &x 1\nb: *x\n', // anchors and aliases
    'a: !!str 1\n', // tags
    'a: >\n  folded\n', // folded block scalar
    'a: |+\n  kept\n\n', // keep chomping
    'a: |2\n   indented\n', // indentation indicator
    'a: |\n\n  leading blank\n', // a literal that opens with a blank line
    'a: |\n  x\n   \n', // a blank line with more spaces than the text's indentation
    'a: [1,\n  2]\n', // a flow collection over several lines
    'a: plain\n  continued\n', // a multi-line plain scalar
    'a:\n  plain on the next line\n',
    'a: "esc\\n"\n', // escapes
    'a: "open\n', // unclosed quotes
    'a: 1\r\nb: 2\r\n', // carriage returns
    'a:\t1\n', // tabs
    '\ufeffa: 1\n', // a byte-order mark
    'a: 1\na: 2\n', // a duplicate key
    '1.1: a\n1.10: b\n', // keys that are one number to yaml
    '2024: a\n2024.0: b\n',
    'null: a\n~: b\n',
    'true: a\nTrue: b\n',
    'x: {1: a, 01: b}\n',
    '- 1: a\n  1.0: b\n',
    '... a: 1\n', // the end of the document, to yaml
    'a: 1\n... b: 2\n',
    'a: {x: 1, x: 2}\n',
    'a: b: c\n', // a nested mapping on one line
    'a: -\n',
    'a: - x\n',
    'a:\n- x\n- y\n', // a sequence at its key's column
    '"quoted" : 1\n', // a space between a quoted key and its colon
    '{"a":1}\n',
    '? a\n: 1\n', // an explicit key
    '---\na: 1\n', // document markers
    'a: 1\n...\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: [1, 2,]\n', // a trailing comma
    'a: {b}\n', // a flow key without a value
    'a: {b: }\n',
    'a: [b: c]\n',
    'a: [x #y]\n',
    'a : 1\n', // a space before the colon
    'a: 1\n b: 2\n', // a stray indentation
    '  a: 1\nb: 2\n', // a dedent below the root
    'plain document\n', // a document that is not a collection
    '{a: 1}\n',
    `${'k'.repeat(1001)}: 1\n`, // an over-long implicit key
    `"${'k'.repeat(1100)}": 1\n`, // and a quoted one
    'a: |\nb: 1\n', // a literal block not indented past its key: empty, to yaml
    'x:\n  t: |\n  b: 1\n',
    'a:\n  b: 1\n c: 2\n', // a dedent to no column in use
    'a: |\n  x\n b: 1\n',
    '- a\nb: 1\n',
    `${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n')} 1\n`, // too deep
  ];
  it.each(REFUSED)('leaves %j to yaml', (text) => {
    expect(readTreeFast(text, DEPTH)).toBeUndefined();
    // And the tree is then yaml's own, syntax errors included.
    const tree = readTree(text);
    const slow = readTreeYaml(text);
    expect(tree.data).toStrictEqual(slow.data);
    expect(tree.syntax).toStrictEqual(slow.syntax);
  });

  it('under random edits of the fixtures: the same tree, or yaml alone', () => {
    const texts = FIXTURES.map(([, t]) => t);
    const runs = Number(process.env.FUZZ_RUNS ?? 300);
    let read = 0;
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(edits, { minLength: 1, maxLength: 4 }), (which, chain) => {
        if (agreesOrGivesUp(chain.reduce((t, e) => e(t), texts[which] ?? ''))) read++;
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
    );
    // Many edits keep the text inside the subset (140 of the 300 default runs): the comparison is not vacuous.
    expect(read).toBeGreaterThan(runs / 4);
  }, 3_600_000);

  it('on random documents written by yaml itself, in block and in flow style', () => {
    const runs = Number(process.env.FUZZ_RUNS ?? 300);
    let read = 0;
    // Text of several lines too, so that yaml writes block literals (fc.string() holds no newline).
    const lines = fc.array(fc.oneof(fc.string(), fc.constantFrom('合计 1179.18', '')), { minLength: 2, maxLength: 4 }).map((l) => l.join('\n'));
    const scalar = fc.oneof(fc.string(), lines, fc.constantFrom('合计', '1179.18', '-0.5', 'null', '~', 'true', 'a: b', '#c', ' x ', "it's", '"q"', '[x]', '- x', '|'), fc.boolean(), fc.constant(null));
    const key = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('name', '金额', 'a b', '1'));
    const node = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    // A mapping at the root, as a disclosure has.
    const value = fc.dictionary(key, node, { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(value, fc.constantFrom('block', 'flow') as fc.Arbitrary<'block' | 'flow'>, fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.boolean(), (v, collectionStyle, indent, indentSeq, flowCollectionPadding) => {
        // lineWidth 0: flow collections stay on one line, as the fast reader requires.
        const text = stringify(v, { collectionStyle, indent, indentSeq, flowCollectionPadding, lineWidth: 0 });
        if (agreesOrGivesUp(text)) read++;
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
    );
    // Refused: flow style at the root (half the runs), sequences at their key's column, escapes,
    // flow collections nested in flow ones with quoted keys. 447 of 3,000 runs are read.
    expect(read).toBeGreaterThan(runs / 10);
  }, 3_600_000);
});

describe('readTree', () => {
  it('reads every fixture without loading yaml at all', async () => {
    vi.resetModules();
    vi.doMock('../../src/load/yaml-lib.js', () => ({
      yamlLib: () => {
        throw new Error('yaml was loaded');
      },
    }));
    try {
      const { readTree: fresh } = await import('../../src/load/tree.js');
      for (const [, text] of FIXTURES) expect(fresh(text).syntax).toEqual([]);
    } finally {
      vi.doUnmock('../../src/load/yaml-lib.js');
      vi.resetModules();
    }
  });
});
