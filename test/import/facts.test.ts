/**
 * The 政府采购 and 国有资产 facts read from the 情况说明, against the hand-verified fixtures. Each
 * is read twice: from the fixture's own narrative (the exact text the facts were transcribed from)
 * and from the narrative readProse finds in each real source, PDF and text alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, parse } from 'yaml';
import { type AssetsData, readAssets, readProcurement } from '../../src/import/facts.js';
import { type ProseSection, readProse } from '../../src/import/prose.js';
import { type Line, linesOfLayoutText, linesOfPdf, linesOfTabText } from '../../src/import/source.js';
import { loadDisclosure } from '../../src/load/load.js';

const FIXTURES = [
  'datong-hrss-2026',
  'js-gaoyuan-2017',
  'js-gaoyuan-2018',
  'js-gaoyuan-2019',
  'putuo-caizhengju-2025-dept',
  'putuo-zhengfuban-2025-dept',
  'putuo-zhengfuban-2025-unit',
  'shanghai-caizhengju-2025-unit',
] as const;

const SOURCES: readonly (readonly [string, string])[] = [
  ['datong-hrss-2026-unit-budget.txt', 'datong-hrss-2026'],
  ...['putuo-zhengfuban-2025-dept', 'putuo-zhengfuban-2025-unit', 'putuo-caizhengju-2025-dept', 'shanghai-caizhengju-2025-unit'].flatMap((name) =>
    ['pdf', 'txt'].map((ext) => [`${name}-budget.${ext}`, name] as const),
  ),
  ...[2017, 2018, 2019].flatMap((y) => ['pdf', 'txt'].map((ext) => [`js-gaoyuan-${y}-dept-budget.${ext}`, `js-gaoyuan-${y}`] as const)),
];

const readText = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

/** The fixture as printed text: failsafe, so that amounts stay the strings they were written as. */
const fixtures = new Map(FIXTURES.map((f) => [f, parse(readText(`${f}.yaml`), { schema: 'failsafe' }) as Record<string, unknown>]));
const fixture = (f: string): Record<string, unknown> => fixtures.get(f as (typeof FIXTURES)[number]) ?? {};

const COUNT_KEYS = new Set(['count', 'establishment', 'actual', 'total', 'office_area_m2']);

/**
 * The fixture's assets with its counts as numbers. The form writes them as YAML integers, which the
 * loader reads as whole numbers; failsafe reads them as text. Only assets hold counts (a
 * procurement `total` is an amount, and stays text).
 */
function withCounts(assets: unknown): unknown {
  if (assets === undefined) return undefined;
  return JSON.parse(JSON.stringify(assets), (key, v) => (COUNT_KEYS.has(key) && typeof v === 'string' ? Number(v) : v));
}

const wantOf = (f: string) => ({ procurement: fixture(f).procurement, assets: withCounts(fixture(f).assets) });

describe('from the fixture’s own narrative', () => {
  it.each(FIXTURES)('%s: procurement', (f) => {
    expect(readProcurement(fixture(f).narrative as ProseSection[])).toEqual(wantOf(f).procurement);
  });
  it.each(FIXTURES)('%s: assets', (f) => {
    expect(readAssets(fixture(f).narrative as ProseSection[])).toEqual(wantOf(f).assets);
  });
});

const linesOf = async (name: string): Promise<Line[]> => {
  const bytes = readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url));
  if (name.endsWith('.pdf')) return linesOfPdf(new Uint8Array(bytes));
  const text = bytes.toString('utf8');
  return name.startsWith('datong') ? linesOfTabText(text) : linesOfLayoutText(text);
};

/** As in prose.test.ts: the Jiangsu 2017 and 2018 fixtures were transcribed without digit spacing. */
const tight = (f: string) => f === 'js-gaoyuan-2017' || f === 'js-gaoyuan-2018';

describe('from the narrative readProse finds in each source', () => {
  const narratives = new Map<string, Promise<readonly ProseSection[]>>();
  const narrativeOf = (source: string, f: string) => {
    let p = narratives.get(source);
    if (!p) {
      p = linesOf(source).then((lines) => readProse(lines, tight(f) ? { tightDigits: true } : {}).narrative);
      narratives.set(source, p);
    }
    return p;
  };
  it.each(SOURCES)('%s: procurement (%s)', async (source, f) => {
    expect(readProcurement(await narrativeOf(source, f))).toEqual(wantOf(f).procurement);
  });
  it.each(SOURCES)('%s: assets (%s)', async (source, f) => {
    expect(readAssets(await narrativeOf(source, f))).toEqual(wantOf(f).assets);
  });
});

describe('what the fixtures do not show', () => {
  const section = (text: string, heading = '五、国有资产占有使用情况'): ProseSection[] => [{ heading, text }];

  it('reads no facts from a narrative that states none', () => {
    expect(readProcurement(section('无。', '三、政府采购预算情况'))).toBeUndefined();
    expect(readAssets(section('无。', '三、政府采购预算情况'))).toBeUndefined();
  });

  it('never takes the year opening a paragraph for the total of a heading ending 政府采购预算', () => {
    expect(readProcurement([{ heading: '三、政府采购预算', text: '2025年本单位未安排政府采购预算。' }])).toBeUndefined();
  });

  it('reads a procurement total printed in 元 with separators, as printed', () => {
    expect(readProcurement(section('2025年政府采购预算总额1,200,000元，其中：货物预算200,000.00元。', '三、政府采购预算情况'))).toEqual({
      unit: '元',
      total: '1,200,000',
      goods: '200,000.00',
    });
  });

  it('reads a total printed with a full-width separator, as printed', () => {
    expect(readProcurement(section('2025年政府采购预算总额1，708.03万元。', '三、政府采购预算情况'))).toEqual({ unit: '万元', total: '1，708.03' });
  });

  it('reads facts stated in subsections', () => {
    const narrative: ProseSection[] = [
      { heading: '十一、国有资产占有使用情况', sections: [{ heading: '1、车辆情况：', text: '截至2025年12月31日，共有车辆2辆，其中：领导用车1辆，其他用车1辆。' }] },
    ];
    expect(readAssets(narrative)).toEqual({
      as_of: '2025年12月31日',
      vehicles: { actual: 2, by_category: [{ name: '领导用车', count: 1 }, { name: '其他用车', count: 1 }] },
    });
  });

  it('leaves out an office area that is not a whole number of square metres', () => {
    expect(readAssets(section('办公用房建筑总面积2400.5平方米。'))).toBeUndefined();
  });
});

describe('the facts read are valid in the YAML form', () => {
  it.each(FIXTURES)('%s loads with the facts read in place of its own', (f) => {
    const data = { ...fixture(f) };
    delete data.procurement;
    delete data.assets;
    const narrative = fixture(f).narrative as ProseSection[];
    const procurement = readProcurement(narrative);
    const assets: AssetsData | undefined = readAssets(narrative);
    const yaml = new Document({ ...data, ...(procurement ? { procurement } : {}), ...(assets ? { assets } : {}) }).toString({ lineWidth: 0 });
    const loaded = loadDisclosure(yaml, `${f}.yaml`);
    expect(loaded.ok ? [] : loaded.problems.map((p) => `${p.line}:${p.col} ${p.message.en}`)).toEqual([]);
    // And they load as the fixture's own facts do: the same amounts, as printed.
    const own = loadDisclosure(readText(`${f}.yaml`), `${f}.yaml`);
    const facts = (l: typeof loaded) => (l.ok ? JSON.parse(JSON.stringify({ procurement: l.loaded.disclosure.procurement, assets: l.loaded.disclosure.assets })) : undefined);
    expect(facts(loaded)).toEqual(facts(own));
    expect(facts(own)).not.toEqual({});
  });
});
