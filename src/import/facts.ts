/**
 * The 政府采购 and 国有资产 facts (`procurement:`, `assets:`), read from the sentences of the
 * 情况说明 that state them:
 *
 *   政府采购预算总额20.50万元。其中：政府采购货物预算7.50万元、…工程预算0万元、…服务预算13.00万元。
 *   截至2024年8月31日，…共有车辆0辆，其中：部级领导干部用车0辆、…；单价100万元（含）以上设备（不含车辆）0台（套）。
 *
 * Amounts keep their printed text ("1,708.03", "0.00"), never a JS number; counts of vehicles,
 * devices and square metres are whole numbers, as the form has them.
 */
import { parseCount } from '../model/amount.js';
import { NUM } from '../narrative/claims.js';
import type { AmountUnit } from '../model/vocabulary.js';
import type { ProseSection } from './prose.js';
import { everySection } from '../model/sections.js';

export interface ProcurementData {
  readonly unit: AmountUnit;
  readonly total?: string;
  readonly goods?: string;
  readonly works?: string;
  readonly services?: string;
  readonly sme_reserved?: string;
  readonly small_micro_reserved?: string;
}

export interface VehiclesData {
  readonly establishment?: number;
  readonly actual?: number;
  readonly total?: number;
  readonly by_category?: readonly { readonly name: string; readonly count: number }[];
}

export interface EquipmentData {
  readonly kind: string;
  readonly threshold: string;
  readonly count: number;
}

export interface AssetsData {
  readonly as_of?: string;
  readonly vehicles?: VehiclesData;
  readonly office_area_m2?: number;
  readonly equipment?: readonly EquipmentData[];
  readonly planned?: { readonly vehicles?: VehiclesData; readonly equipment?: readonly EquipmentData[] };
}

const UNIT = '(万元|元)';

/**
 * A section's prose as one run of text, its subsections' included. The prose reader may break a
 * paragraph inside a word ("拟购\n买货物") where a printed line ended short, so line breaks are
 * dropped: sentences end with 。 or ；, never with a line. A subsection's heading is a sentence of
 * its own; the section's own heading is left out (a heading ending "政府采购预算" must not lend
 * the year opening its text as an amount).
 */
function flatText(s: ProseSection): string {
  const nested = (s.sections ?? []).map((x) => `${x.heading}。${flatText(x)}`);
  return [s.text ?? '', ...nested].join('。').replace(/\n/g, '');
}

// ---------------------------------------------------------------------------------------------
// 政府采购

/** The total: "政府采购预算总额20.50万元", "政府采购预算总金额为 5227.59 万元", "政府采购预算34万元". */
const PROCUREMENT_TOTAL = new RegExp(String.raw`政府采购预算(?:总额|总金额)?为?\s*${NUM}\s*${UNIT}`);

/** The parts: "政府采购货物预算7.50万元", "拟购买货物525.4万元", "拟采购货物支出 1637.72 万元". */
const part = (name: string) => new RegExp(String.raw`${name}(?:预算|支出)?\s*${NUM}\s*${UNIT}`);
const PARTS = { goods: part('货物'), works: part('工程'), services: part('服务') } as const;

/** "面向中小企业预留政府采购项目预算金额34万元，其中，预留给小型和微型企业的政府采购项目预算为34万元". */
const SME = new RegExp(String.raw`面向中小企业预留[^，。；\d]*?${NUM}\s*${UNIT}`);
const SMALL_MICRO = new RegExp(String.raw`预留给小型和微型企业[^，。；\d]*?${NUM}\s*${UNIT}`);

/** The 政府采购 facts of the section that states the procurement total, if any does. */
export function readProcurement(narrative: readonly ProseSection[]): ProcurementData | undefined {
  for (const s of everySection(narrative)) {
    // Only the section's own text: a parent's subsections are read as sections of their own.
    const text = (s.text ?? '').replace(/\n/g, '');
    const total = PROCUREMENT_TOTAL.exec(text);
    if (!total) continue;
    // The parts follow the total; a "服务" before it is some other service.
    const after = text.slice(total.index + total[0].length);
    return {
      unit: total[2] as AmountUnit,
      total: total[1] as string,
      ...amountOf('goods', PARTS.goods, after),
      ...amountOf('works', PARTS.works, after),
      ...amountOf('services', PARTS.services, after),
      ...amountOf('sme_reserved', SME, after),
      ...amountOf('small_micro_reserved', SMALL_MICRO, after),
    };
  }
  return undefined;
}

/** `{key: amount}` when `re` finds the amount in `text`, else nothing. */
function amountOf(key: Exclude<keyof ProcurementData, 'unit'>, re: RegExp, text: string): Partial<Record<typeof key, string>> {
  const amount = re.exec(text)?.[1];
  return amount === undefined ? {} : { [key]: amount };
}

// ---------------------------------------------------------------------------------------------
// 国有资产

const ASSETS_HEADING = /国有资产/;
const AS_OF = /截至\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;
/** "办公用房建筑总面积2400平方米": a whole number of square metres. */
const OFFICE_AREA = /办公用房[^。；]*?面积\s*(\d+)\s*平方米/;
/**
 * "价值50万元（原值）以上的通用设备0台（套）", "单价100万元（含）以上设备（不含车辆）0台（套）". The
 * threshold keeps whether it is inclusive ("（含）"); "（原值）" says what is valued, as 单价 does,
 * and is no part of it.
 */
const EQUIPMENT = /(\d+(?:\.\d+)?\s*万元?\s*(?:[（(]含[）)])?)\s*(?:[（(]原值[）)])?\s*以上的?\s*([^，；。\d]+?)\s*(\d+)\s*台/g;
/** A vehicle category and its count: "机要通信用车1辆", "执法执勤用车 38 辆". */
const CATEGORY = /([^，、；。：:,\s\d][^，、；。：:,\d]*?)\s*(\d+)\s*辆/g;

/** The 国有资产 facts of the section so headed (车辆, 办公用房, 设备; what is planned apart). */
export function readAssets(narrative: readonly ProseSection[]): AssetsData | undefined {
  const section = everySection(narrative).find((s) => ASSETS_HEADING.test(s.heading));
  if (!section) return undefined;
  const text = flatText(section);
  const sentences = text.split('。').filter((s) => s.trim() !== '');
  // What the budget plans to buy is stated in sentences of its own ("2025年部门预算安排购置车辆0辆…").
  const planned = sentences.filter((s) => /安排购置/.test(s));
  const held = sentences.filter((s) => !/安排购置/.test(s));
  const asOf = AS_OF.exec(text)?.[1];
  const area = count(OFFICE_AREA.exec(text)?.[1]);
  const vehicles = vehiclesOf(held, 'actual');
  const equipment = held.flatMap(equipmentOf);
  const plannedVehicles = vehiclesOf(planned, 'total');
  const plannedEquipment = planned.flatMap(equipmentOf);
  const out: AssetsData = {
    ...(asOf ? { as_of: asOf } : {}),
    ...(vehicles ? { vehicles } : {}),
    ...(area !== undefined ? { office_area_m2: area } : {}),
    ...(equipment.length > 0 ? { equipment } : {}),
    ...(plannedVehicles || plannedEquipment.length > 0
      ? { planned: { ...(plannedVehicles ? { vehicles: plannedVehicles } : {}), ...(plannedEquipment.length > 0 ? { equipment: plannedEquipment } : {}) } }
      : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

const count = (text: string | undefined): number | undefined => (text === undefined ? undefined : parseCount(text));

/**
 * The vehicles of the first clause that counts any: its headline before 其中 ("共有公务用车编制1辆，
 * 实有1辆", "共有车辆 66 辆", "安排购置车辆0辆"), then the categories after it. A headline count
 * not named 编制 or 实有 is the vehicles held (`actual`), or those to buy (`total`) when planned.
 */
function vehiclesOf(sentences: readonly string[], headlineKey: 'actual' | 'total'): VehiclesData | undefined {
  const clause = sentences.flatMap((s) => s.split('；')).find((c) => /\d+\s*辆/.test(c));
  if (!clause) return undefined;
  const at = clause.search(/其中[：:，,]?/);
  const headline = at < 0 ? clause : clause.slice(0, at);
  const list = at < 0 ? '' : clause.slice(at).replace(/^其中[：:，,]?/, '');
  const establishment = count(/编制\s*(\d+)\s*辆/.exec(headline)?.[1]);
  const actual = count(/实有\s*(\d+)\s*辆/.exec(headline)?.[1]);
  const plain = establishment === undefined && actual === undefined ? count(/(\d+)\s*辆/.exec(headline)?.[1]) : undefined;
  const byCategory = [...list.matchAll(CATEGORY)].map((m) => ({ name: (m[1] as string).trim(), count: Number(m[2]) }));
  return {
    ...(establishment !== undefined ? { establishment } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(plain !== undefined ? { [headlineKey]: plain } : {}),
    ...(byCategory.length > 0 ? { by_category: byCategory } : {}),
  };
}

/**
 * The devices counted in one sentence. The spaces pdf.js and pdftotext print between digits and
 * Chinese ("20 万元（含）") are layout, not part of the threshold.
 */
function equipmentOf(sentence: string): EquipmentData[] {
  return [...sentence.matchAll(EQUIPMENT)].map((m) => ({
    kind: (m[2] as string).trim(),
    threshold: (m[1] as string).replace(/\s+/g, ''),
    count: Number(m[3]),
  }));
}
