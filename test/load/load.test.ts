import { describe, expect, it } from 'vitest';
import { loadDisclosure } from '../../src/load/load.js';
import { MINIMAL, withLine } from './fixtures.js';

const problemsOf = (text: string) => {
  const r = loadDisclosure(text, 'd.yaml');
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => `${p.line}:${p.col} ${p.message.en} | ${p.place}`);
};

describe('loadDisclosure: a valid file', () => {
  it('loads amounts exactly from their source text with their printed decimals', () => {
    const r = loadDisclosure(MINIMAL, 'd.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const rows = r.loaded.disclosure.tables.expenditure?.grid?.rows ?? [];
    const total = rows[0]?.amounts;
    expect(total?.get('基本支出')?.text).toBe('985.90');
    expect(total?.get('基本支出')?.decimals).toBe(2);
    expect(total?.get('项目支出')?.value.toString()).toBe('193.28');
    expect(rows[1]?.amounts.get('合计')?.value.toString()).toBe('1028.04');
    expect(rows[1]?.code).toBe('208');
    expect(r.loaded.disclosure.document.year).toBe(2026);
  });

  it('locates any value by its path', () => {
    const r = loadDisclosure(MINIMAL, 'd.yaml');
    if (!r.ok) throw new Error('load failed');
    expect(r.loaded.locate(['tables', 'expenditure', 'rows', 1, '合计'])).toEqual({ line: 20, col: 44 });
    expect(r.loaded.locate(['tables', 'expenditure', 'rows', 1, '合计'], 'key')).toEqual({ line: 20, col: 40 });
  });

  it('accepts a byte-order mark', () => {
    expect(loadDisclosure(`\ufeff${MINIMAL}`, 'd.yaml').ok).toBe(true);
  });
});

describe('loadDisclosure: every problem at once, located', () => {
  it('reports a YAML syntax error', () => {
    expect(problemsOf(withLine(19, '      - {name: 合计, 合计: 1179.18'))).toEqual([
      '20:7 Bad indentation (BAD_INDENT: Flow map in block collection must be sufficiently indented and end with a }) | ',
    ]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    expect(problemsOf(withLine(7, '  unit: 测试单位二'))).toEqual([
      '2:1 Missing required key "amount_unit" | document › amount_unit',
      '7:3 Duplicate key (DUPLICATE_KEY: Map keys must be unique) | ',
    ]);
  });

  it('reports an unknown key with a suggestion, at the key', () => {
    expect(problemsOf(withLine(12, '    colums:'))).toEqual([
      '12:5 Unknown key "colums"; did you mean "columns"? | tables › expenditure › colums',
      '18:5 rows without columns | tables › expenditure › rows',
    ]);
  });

  it('reports an unknown table role with a suggestion', () => {
    expect(problemsOf(withLine(9, '  expenditures:'))).toEqual([
      '9:3 Unknown key "expenditures"; did you mean "expenditure"? | tables › expenditures',
    ]);
  });

  it('reports a wrong type', () => {
    expect(problemsOf(withLine(3, '  title: [a, b]'))).toEqual(['3:10 Expected string, got array | document › title']);
  });

  it.each([
    ['"1.179,18"', 'Invalid amount "1.179,18": use commas between groups of three digits and a point for decimals ("1,179.18")'],
    ['12a', 'Invalid amount "12a": expected a number such as 1179.18 or "1,179.18"'],
  ])('reports a malformed amount %s at its cell', (amount, message) => {
    expect(problemsOf(withLine(20, `      - {code: "208", name: 社会保障和就业支出, 合计: ${amount}, 基本支出: 834.76, 项目支出: 193.28}`))).toEqual([
      `20:44 ${message} | tables › expenditure › #2 208 社会保障和就业支出 › 合计`,
    ]);
  });

  it('reports a unit that is not 万元 or 元, with a suggestion', () => {
    expect(problemsOf(withLine(11, '    unit: 千元'))).toEqual([
      '11:11 Expected one of "万元", "元", got "千元"; did you mean "万元"? | tables › expenditure › unit',
    ]);
  });

  it('reports a missing required part at its parent', () => {
    expect(problemsOf(withLine(5, '  year_: 2026'))).toEqual([
      '2:1 Missing required key "year" | document › year',
      '5:3 Unknown key "year_"; did you mean "year"? | document › year_',
    ]);
  });

  it('reports a malformed year', () => {
    expect(problemsOf(withLine(5, '  year: 二〇二六'))).toEqual(['5:9 Invalid year "二〇二六": expected four digits | document › year']);
  });

  it('reports an unknown amount column key with a suggestion', () => {
    expect(problemsOf(withLine(16, '      - {key: 基本支岀}'))).toEqual([
      '16:15 Unknown amount column key "基本支岀" (mark a column of words kind: text); did you mean "基本支出"? | tables › expenditure › columns › #4 › key',
      '19:33 Cell "基本支出" is not a column of this table; did you mean "基本支岀"? | tables › expenditure › #1 合计 › 基本支出',
      '20:56 Cell "基本支出" is not a column of this table; did you mean "基本支岀"? | tables › expenditure › #2 208 社会保障和就业支出 › 基本支出',
    ]);
  });

  it('reports many problems of one file together, in file order', () => {
    const text = withLine(20, '      - {code: "208", name: 社会保障和就业支出, 合计: 1a, 基本支出: 834.76, 项目支出: 193.28}').replace(
      'kind: 单位预算',
      'kind: 单位预箅',
    );
    expect(problemsOf(text)).toEqual([
      '6:9 Expected one of "部门预算", "单位预算", got "单位预箅"; did you mean "单位预算"? | document › kind',
      '20:44 Invalid amount "1a": expected a number such as 1179.18 or "1,179.18" | tables › expenditure › #2 208 社会保障和就业支出 › 合计',
    ]);
  });

  it('reports an empty file', () => {
    expect(problemsOf('')).toEqual(['1:1 The file is empty | ']);
  });

  it('reports a table with neither rows nor blocks', () => {
    expect(problemsOf(MINIMAL.split('\n').slice(0, 11).join('\n'))).toEqual([
      '9:3 A table needs columns and rows, or side-by-side income / expenditure blocks (one or the other) | tables › expenditure',
    ]);
  });

  it('gives every message in Chinese too', () => {
    const r = loadDisclosure(withLine(12, '    colums:'), 'd.yaml');
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => p.message.zh)).toEqual(['未知的键 "colums"，是否想写 "columns"？', '有 rows 却没有 columns']);
  });
});

describe('loadDisclosure: hostile and odd input', () => {
  it('reports only syntax problems when the YAML is broken, not a cascade of schema problems', () => {
    expect(problemsOf('format: budget-disclosure/1\ndocument: {title: x\n')).toEqual([
      '3:1 Bad indentation (BAD_INDENT: Flow map in block collection must be sufficiently indented and end with a }) | ',
    ]);
  });

  it('refuses a document that is not a mapping', () => {
    expect(problemsOf('- a\n- b\n')).toEqual(['1:1 Expected a YAML mapping (format: budget-disclosure/1 …) | ']);
  });

  it('quotes a value from the document on one line, cut short, control characters shown', () => {
    expect(problemsOf(withLine(9, `  "${'很长的表名'.repeat(10)}\\u001b[31m":`))).toEqual([
      `9:3 Unknown key "${'很长的表名'.repeat(7)}很长的表…" | tables › ${'很长的表名'.repeat(7)}很长的表…`,
    ]);
    expect(problemsOf(withLine(5, '  year: "20\\n26"'))).toEqual(['5:9 Invalid year "20↵26": expected four digits | document › year']);
    expect(problemsOf(withLine(9, '  "\\u001b[2J":'))).toEqual(['9:3 Unknown key "\\x1b[2J" | tables › \\x1b[2J']);
  });

  it('bounds alias expansion', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(problemsOf(bomb)).toEqual(['2:20 Too many alias expansions (ALIAS_LIMIT: more than 10000 alias expansions) | ']);
  });
});
