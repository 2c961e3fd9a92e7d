/**
 * The prose read from each real source, PDF and text alike, against the hand-made fixtures: the
 * document facts, contents, 概况, 情况说明, 名词解释 and 项目经费情况说明, each compared exactly.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type ProseOptions, readProse } from '../../src/import/prose.js';
import { type Line, linesOfLayoutText, linesOfPdf, linesOfTabText } from '../../src/import/source.js';

const read = async (name: string): Promise<Line[]> => {
  const bytes = readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url));
  if (name.endsWith('.pdf')) return linesOfPdf(new Uint8Array(bytes));
  const text = bytes.toString('utf8');
  return name.startsWith('datong') ? linesOfTabText(text) : linesOfLayoutText(text);
};

const fixture = (name: string): Record<string, unknown> => parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));

const SOURCES: readonly (readonly [string, string])[] = [
  ['datong-hrss-2026-unit-budget.txt', 'datong-hrss-2026.yaml'],
  ...['putuo-zhengfuban-2025-dept', 'putuo-zhengfuban-2025-unit', 'putuo-caizhengju-2025-dept', 'shanghai-caizhengju-2025-unit'].flatMap((name) =>
    ['pdf', 'txt'].map((ext) => [`${name}-budget.${ext}`, `${name}.yaml`] as const),
  ),
  ...[2017, 2018, 2019].flatMap((y) => ['pdf', 'txt'].map((ext) => [`js-gaoyuan-${y}-dept-budget.${ext}`, `js-gaoyuan-${y}.yaml`] as const)),
];

const PARTS = ['document', 'contents', 'overview', 'narrative', 'glossary', 'project_descriptions'] as const;

describe('readProse on the real sources', async () => {
  const pairs = SOURCES.flatMap(([source, fix]) => PARTS.map((part) => [source, fix, part] as const));
  it.each(pairs)('%s: %s %s', async (source, fix, part) => {
    const [got, want] = await readBoth(source, fix, part);
    expect(got).toEqual(want);
  });
});

async function readBoth(source: string, fix: string, part: (typeof PARTS)[number]): Promise<[unknown, unknown]> {
  const prose = readProse(await read(source), OPTIONS[fix] ?? {});
  const want = fixture(fix)[part] ?? [];
  const got: unknown = prose[part];
  // The province of Datong (山西省) is printed nowhere on the cover or in the unit's name.
  if (part === 'document' && fix.startsWith('datong')) {
    const { region: _w, ...w } = want as Record<string, unknown>;
    const { region: _g, ...g } = got as Record<string, unknown>;
    return [g, w];
  }
  return [got, want];
}

const OPTIONS: Record<string, ProseOptions> = {
  'js-gaoyuan-2017.yaml': { tightDigits: true },
  'js-gaoyuan-2018.yaml': { tightDigits: true },
};

/** Lines of 江苏 2019's `pdftotext -layout` text, as printed there, under its narrative's part title. */
const narrativeOf = (body: string): unknown => readProse(linesOfLayoutText(`         第三部分      2019 年度部门预算情况说明\n\n${body}`), {}).narrative;

describe('readProse on pdftotext artefacts', () => {
  it('puts back the rest of a line that pdftotext set one line down, where an opening bracket overlapped its end', () => {
    const got = narrativeOf(
      [
        '   一、收支预算总体情况说明',
        '   反映部门年度总体收支预算情况。根据《江苏省财政厅关于 2019',
        '年省级部门预算的批复》',
        '          （苏财预„2019‟7 号）填列。',
        '   江苏省高级人民法院 2019 年度收入、支出预算总计 37188.34',
        '万元，与上年相比收、支预算总计各增加 4016.19 万元，增长 12.11%。',
        '其中：',
        '   （一）收入预算总计 37188.34 万元。包括：',
        '  2．行政事业单位离退休（款）机关事业单位基本养老保险缴费',
        '支出',
        ' （项）支出 1384.7 万元，与上年相比增加  57.89 万元，增长 4.36%。',
        '主要原因是机关事业单位基本养老保险缴费支出增加。',
      ].join('\n'),
    );
    expect(got).toEqual([
      {
        heading: '一、收支预算总体情况说明',
        text: [
          '反映部门年度总体收支预算情况。根据《江苏省财政厅关于 2019 年省级部门预算的批复》（苏财预〔2019〕7 号）填列。',
          '江苏省高级人民法院 2019 年度收入、支出预算总计 37188.34 万元，与上年相比收、支预算总计各增加 4016.19 万元，增长 12.11%。其中：',
          '（一）收入预算总计 37188.34 万元。包括：',
          '2．行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）支出 1384.7 万元，与上年相比增加 57.89 万元，增长 4.36%。主要原因是机关事业单位基本养老保险缴费支出增加。',
          '',
        ].join('\n'),
      },
    ]);
  });

  it.each([
    ['the line before ends a sentence', ['年省级部门预算的批复。', '          （苏财预„2019‟7 号）填列。']],
    ['the line opens a numbered item', ['年省级部门预算的批复》', '          （一）收入预算总计 37188.34 万元。']],
    ['a blank line stands between them', ['年省级部门预算的批复》', '', '          （苏财预„2019‟7 号）填列。']],
    ['it stands at the margin', ['其', '（苏财预„2019‟7 号）填列。']],
  ])('leaves a line opening with a bracket where it is when %s', (_, lines) => {
    const got = narrativeOf(['   一、收支预算总体情况说明', '   反映部门年度总体收支预算情况。根据《江苏省财政厅关于 2019', ...lines].join('\n')) as { text: string }[];
    // The bracket's line is a paragraph of its own, not the end of the line before it.
    expect(got[0]?.text.split('\n').at(-2)).toMatch(/^（/);
  });

  it('reads a heading wrapped at the margin as one, its curly quotes printed full width', () => {
    const got = narrativeOf(
      [
        '  八、一般公共预算基本支出预算情况说明',
        '  （二）公用经费 3580.05 万元。主要包括：办公费、水费、电',
        '费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待',
        '费、专用材料费、工会经费、福利费、公务用车运行维护费、其他',
        '交通费用、其他商品和服务支出。',
        '  九、一般公共预算“三公”经费、会议费、培训费支出预算情',
        '况说明',
        '  反映江苏省高级人民法院 2019 年度一般公共预算资金安排的',
        '“三公”经费情况。',
        '  江苏省高级人民法院 2019 年度一般公共预算拨款安排的“三',
        '公”经费预算支出中，因公出国（境）费支出 160 万元，占“三公”',
        '经费的 31.14%。',
      ].join('\n'),
    );
    expect(got).toEqual([
      {
        heading: '八、一般公共预算基本支出预算情况说明',
        text: '（二）公用经费 3580.05 万元。主要包括：办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、专用材料费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。\n',
      },
      {
        heading: '九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明',
        text: '反映江苏省高级人民法院 2019 年度一般公共预算资金安排的“三公”经费情况。\n江苏省高级人民法院 2019 年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出 160 万元，占“三公”经费的 31.14%。\n',
      },
    ]);
  });
});
