/**
 * placeTable on small printed tables: the header's shape read from positions alone (centred
 * parents, wrapped headers, codes printed in parts, blank columns, headers printed again on the next
 * page), rows with wrapped names, and cells that are no amounts unplaced rather than written.
 */
import { describe, expect, it } from 'vitest';
import { placeTable } from '../../src/import/grid.js';
import type { Line } from '../../src/import/source.js';

type C = readonly [text: string, x0: number, x1: number];
const line = (y: number, ...cells: C[]): Line => ({
  page: Math.floor(y / 10_000) + 1,
  y,
  unit: 'pt',
  cells: cells.map(([text, x0, x1]) => ({ text, x0, x1 })),
  text: cells.map((c) => c[0]).join(' '),
});

describe('placeTable: headers', () => {
  it('gives a parent the run of columns it is centred on, nested like the print (Shanghai 本年支出)', () => {
    // As pdf.js reads 普陀区政府办 2025 单位预算, page 8: 本年支出 over 项目 and 预算数; 预算数 over 合计,
    // 基本支出 (over 人员经费, 公用经费) and 项目支出, each centred, 合计 and 项目支出 midway down.
    const placed = placeTable([
      line(14.13, ['本年收入', 143, 191], ['本年支出', 506, 554]),
      line(16.21, ['预算数', 583, 619]),
      line(18.3, ['项目', 108, 132], ['预算数', 211, 247], ['项目', 335, 359], ['基本支出', 578, 626]),
      line(19.3, ['合计', 449, 473], ['项目支出', 717, 765]),
      line(20.38, ['人员经费', 525, 573], ['公用经费', 622, 670]),
      line(22.63, ['一、财政拨款收入', 60, 156], ['91,016,775.35', 196, 273], ['一、一般公共服务支出', 279, 398], ['82,096,797.42', 418, 496], ['13,819,399.88', 513, 591], ['1,867,397.54', 624, 697], ['66,410,000.00', 703, 781]),
      line(25.21, ['1、一般公共预算资金', 60, 174], ['91,016,775.35', 196, 273], ['二、社会保障和就业支出', 279, 410], ['4,213,779.28', 424, 496], ['3,948,399.28', 519, 591], ['265,380.00', 636, 696]),
    ], { blocks: true });
    expect(placed).toEqual({
      kind: 'blocks',
      blocks: {
        income: {
          heading: '本年收入',
          columns: [
            { key: 'name', header: ['本年收入', '项目'] },
            { key: '金额', header: ['本年收入', '预算数'] },
          ],
          rows: [
            { name: '一、财政拨款收入', 金额: '91,016,775.35' },
            { name: '1、一般公共预算资金', 金额: '91,016,775.35' },
          ],
          pages: [1, 1],
        },
        expenditure: {
          heading: '本年支出',
          columns: [
            { key: 'name', header: ['本年支出', '项目'] },
            { key: '合计', header: ['本年支出', '预算数', '合计'] },
            { key: '人员经费', header: ['本年支出', '预算数', '基本支出', '人员经费'] },
            { key: '公用经费', header: ['本年支出', '预算数', '基本支出', '公用经费'] },
            { key: '项目支出', header: ['本年支出', '预算数', '项目支出'] },
          ],
          rows: [
            { name: '一、一般公共服务支出', 合计: '82,096,797.42', 人员经费: '13,819,399.88', 公用经费: '1,867,397.54', 项目支出: '66,410,000.00' },
            { name: '二、社会保障和就业支出', 合计: '4,213,779.28', 人员经费: '3,948,399.28', 公用经费: '265,380.00' },
          ],
          pages: [1, 1],
        },
      },
      unplaced: [],
    });
  });

  it('joins a header wrapped onto the next line, and adds the columns left blank in every row', () => {
    // 机关运行经费预算 / 数 is one header; 小计, 购置费 and 运行费 head columns with no figure.
    const placed = placeTable([
      line(15.09, ['“三公”经费预算数', 304, 412]),
      line(17.25, ['机关运行经费预算', 664, 760]),
      line(17.84, ['公务用车购置及运行费', 450, 570]),
      line(18.42, ['数', 706, 718]),
      line(19.25, ['合计', 93, 117], ['因公出国(境)费', 164, 248], ['公务接待费', 277, 337]),
      line(20.59, ['小计', 396, 420], ['购置费', 492, 528], ['运行费', 593, 629]),
      line(24.84, ['867.50', 111, 147], ['839.00', 213, 249], ['28.50', 320, 350], ['213.28', 725, 761]),
    ]);
    expect(placed.kind === 'grid' && placed.columns).toEqual([
      { key: '合计', header: ['“三公”经费预算数', '合计'] },
      { key: '因公出国（境）费', header: ['“三公”经费预算数', '因公出国(境)费'] },
      { key: '公务接待费', header: ['“三公”经费预算数', '公务接待费'] },
      { key: '公务用车购置及运行费', header: ['“三公”经费预算数', '公务用车购置及运行费', '小计'] },
      { key: '公务用车购置费', header: ['“三公”经费预算数', '公务用车购置及运行费', '购置费'] },
      { key: '公务用车运行维护费', header: ['“三公”经费预算数', '公务用车购置及运行费', '运行费'] },
      { key: '机关运行经费', header: ['机关运行经费预算数'] },
    ]);
    expect(placed.kind === 'grid' && placed.rows).toEqual([{ 合计: '867.50', '因公出国（境）费': '839.00', 公务接待费: '28.50', 机关运行经费: '213.28' }]);
  });

  it('reads a code printed in columns of its parts (类 款 项) as one code, and a header wrapped in its cell', () => {
    // 普陀区政府办 2025 单位预算, page 9: 事业单位 / 经营收入 is one header, wrapped.
    const placed = placeTable([
      line(13.59, ['项目', 224, 248], ['收入预算', 552, 600]),
      line(15.67, ['功能分类科目编码', 85, 181]),
      line(16.09, ['事业单位', 639, 687]),
      line(16.67, ['功能分类科目名称', 240, 336], ['合计', 426, 450], ['财政拨款收入', 489, 561], ['事业收入', 575, 623], ['其他收入', 704, 752]),
      line(17.25, ['经营收入', 639, 687]),
      line(17.67, ['类', 93, 105], ['款', 127, 139], ['项', 162, 174]),
      line(19.75, ['201', 89, 107], ['一般公共服务支出', 186, 282], ['82,096,797.42', 404, 481], ['82,096,797.42', 487, 564]),
      line(21.2, ['201', 89, 107], ['03', 126, 138], ['01', 162, 174], ['行政运行', 186, 234], ['12,029,501.84', 404, 481], ['12,029,501.84', 487, 564]),
    ]);
    expect(placed.kind === 'grid' && [placed.columns, placed.rows]).toEqual([
      [
        { key: 'code', header: ['项目', '功能分类科目编码'] },
        { key: 'name', header: ['项目', '功能分类科目名称'] },
        { key: '合计', header: ['收入预算', '合计'] },
        { key: '财政拨款收入', header: ['收入预算', '财政拨款收入'] },
        { key: '事业收入', header: ['收入预算', '事业收入'] },
        { key: '事业单位经营收入', header: ['收入预算', '事业单位经营收入'] },
        { key: '其他收入', header: ['收入预算', '其他收入'] },
      ],
      [
        { code: '201', name: '一般公共服务支出', 合计: '82,096,797.42', 财政拨款收入: '82,096,797.42' },
        { code: '2010301', name: '行政运行', 合计: '12,029,501.84', 财政拨款收入: '12,029,501.84' },
      ],
    ]);
  });

  it('gives a parent every column beside its children whose header stands on their line (上海市财政局 收入预算)', () => {
    // 收入预算's text is centred over 财政拨款收入 … 事业单位经营收入 alone as well as over all five
    // columns; 合计 and 其他收入, on its children's line and with no parent of their own, are its too.
    const placed = placeTable([
      line(12.44, ['项目', 187, 211], ['收入预算', 552, 600]),
      line(14.37, ['功能分类科目编码', 43, 139]),
      line(14.73, ['事业单位', 641, 689]),
      line(15.34, ['功能分类科目名称', 198, 294], ['合计', 386, 410], ['财政拨款收入', 450, 522], ['事业收入', 551, 599], ['其他收入', 729, 777]),
      line(15.95, ['经营收入', 641, 689]),
      line(16.34, ['类', 53, 65], ['款', 85, 97], ['项', 116, 128]),
      line(18.27, ['201', 50, 68], ['一般公共服务支出', 139, 235], ['127,886,849', 374, 440], ['127,886,849', 463, 529]),
      line(20.2, ['201', 50, 68], ['06', 84, 96], ['财政事务', 139, 187], ['127,886,849', 374, 440], ['127,886,849', 463, 529]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.map((c) => c.header)).toEqual([
      ['项目', '功能分类科目编码'],
      ['项目', '功能分类科目名称'],
      ['收入预算', '合计'],
      ['收入预算', '财政拨款收入'],
      ['收入预算', '事业收入'],
      ['收入预算', '事业单位经营收入'],
      ['收入预算', '其他收入'],
    ]);
  });

  it('does not read the header printed again on the next page as rows', () => {
    const head = (y: number) => line(y, ['科目名称', 100, 140], ['金额', 300, 320]);
    const placed = placeTable([
      head(1),
      line(3, ['行政运行', 100, 140], ['1.00', 300, 320]),
      head(10_001),
      line(10_003, ['机关服务', 100, 140], ['2.00', 300, 320]),
    ]);
    expect(placed.kind === 'grid' && [placed.rows, placed.pages]).toEqual([
      [
        { name: '行政运行', 金额: '1.00' },
        { name: '机关服务', 金额: '2.00' },
      ],
      [1, 2],
    ]);
  });
});

describe('placeTable: Jiangsu shapes', () => {
  it('gives every row of a category its merged category cell, printed once between two 小计', () => {
    // 江苏省高级人民法院 2019, 收入预算总表: the figures stand a little below their names.
    const placed = placeTable([
      line(17.65, ['项目名称', 223, 263], ['金额', 474, 494]),
      line(19.69, ['收入总计', 223, 263], ['37,188.34', 492, 533]),
      line(21.98, ['小计', 213, 233]),
      line(22.58, ['37,188.34', 492, 533]),
      line(24.27, ['一般公共预算资金', 92, 172], ['公共财政拨款（补助）资金', 213, 333]),
      line(25.11, ['37,188.34', 492, 533]),
      line(26.79, ['专项收入', 213, 253]),
      line(28.84, ['政府性基金', 107, 157], ['小计', 213, 233]),
      line(47.22, ['小计', 213, 233]),
      line(48.25, ['上年结转和结余资金', 87, 177]),
      line(49.26, ['其中：动用上年结转和结余资金', 213, 353]),
    ]);
    expect(placed.kind === 'grid' && [placed.columns, placed.rows]).toEqual([
      [{ key: 'group', header: ['项目名称'] }, { key: 'name', header: ['项目名称'] }, { key: '金额' }],
      [
        { name: '收入总计', 金额: '37,188.34' },
        { group: '一般公共预算资金', name: '小计', 金额: '37,188.34' },
        { group: '一般公共预算资金', name: '公共财政拨款（补助）资金', 金额: '37,188.34' },
        { group: '一般公共预算资金', name: '专项收入' },
        { group: '政府性基金', name: '小计' },
        { group: '上年结转和结余资金', name: '小计' },
        { group: '上年结转和结余资金', name: '其中：动用上年结转和结余资金' },
      ],
    ]);
  });

  it('reads a letter-spaced total ("合 计 0") as a row, and a narrower cell over a wider one as its parent', () => {
    const empty = placeTable([
      line(44.78, ['功能科目编码', 105, 165], ['功能科目名称', 265, 325], ['金', 442, 452], ['额', 467, 477]),
      line(47.1, ['合', 207, 217], ['计', 227, 237], ['0', 462, 467]),
    ]);
    expect(empty.kind === 'grid' && empty.rows).toEqual([{ name: '合计', 金额: '0' }]);
    // 财政拨款收支预算总表: 支出 over 支出用途 over 项目名称 and 金额 — a parent with one child.
    const placed = placeTable(
      [
        line(16.45, ['收入', 171, 191], ['支出', 412, 432]),
        line(18.19, ['支出用途', 402, 442]),
        line(19.07, ['项目名称', 112, 153], ['金额', 247, 267]),
        line(19.95, ['项目名称', 351, 392], ['金额', 478, 498]),
        line(21.71, ['一、一般公共预算', 62, 142], ['37,188.34', 255, 300], ['一、基本支出', 311, 371], ['21,968.00', 488, 533]),
        line(26.99, ['收入合计', 112, 153], ['37,188.34', 255, 300], ['支出合计', 351, 392], ['37,188.34', 488, 533]),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && Object.entries(placed.blocks).map(([k, b]) => [k, b.heading, b.columns])).toEqual([
      ['income', '收入', [{ key: 'name', header: ['收入', '项目名称'] }, { key: '金额', header: ['收入', '金额'] }]],
      ['purpose', '支出用途', [{ key: 'name', header: ['支出', '支出用途', '项目名称'] }, { key: '金额', header: ['支出', '支出用途', '金额'] }]],
    ]);
  });
});

/** A line of `pdftotext -layout` text: x in characters, one to a character, wide or narrow. */
const text = (y: number, ...cells: C[]): Line => ({ ...line(y, ...cells), unit: 'char' });

/** 江苏省高级人民法院's 政府采购预算表 header as pdf.js reads it (points), and a row under it. */
const PROCUREMENT_PT = line(13.68, ['采购品目大类', 69, 129], ['专项名称', 153, 193], ['经济科目', 247, 287], ['采购物品名称', 332, 392], ['采购组织形式', 422, 482], ['总计', 509, 529]);
const meetingRow = (y: number) => line(y, ['会议服务', 309, 349], ['分散自行组织', 422, 482], ['1.00', 519, 539]);
/** The same header as pdftotext lays it out (characters): 采购品目 / 大类 and 采购组织形 / 式 wrapped. */
const PROCUREMENT_TEXT = [
  text(1, ['采购品目', 0, 4], ['采购组织形', 44, 49]),
  text(2, ['专项名称', 14, 18], ['经济科目', 22, 26], ['采购物品名称', 35, 41], ['总计', 53, 55]),
  text(3, ['大类', 2, 4], ['式', 46, 47]),
];

/** 江苏 2018's 收支预算总表 from pdftotext, its first rows: 三、单位预留机动经 / 费 wraps around its figure. */
const SUMMARY_2018_TEXT = [
  text(80008, ['收入', 9, 11], ['支出', 46, 48]),
  text(80010, ['功能分类', 36, 40], ['支出用途', 61, 65]),
  text(80011, ['项目名称', 2, 6], ['金额', 15, 17]),
  text(80012, ['功能科目名称', 29, 35], ['金额', 44, 46], ['项目名称', 59, 63], ['金额', 70, 72]),
  text(80014, ['一、财政拨款', 0, 6], ['33,172.15', 14, 23], ['一、一般公共服务支出', 26, 36], ['一、基本支出', 55, 61], ['18,570.82', 68, 77]),
  text(80016, ['1.一般公共预算', 1, 9], ['33,172.15', 14, 23], ['二、外交支出', 26, 32], ['二、项目支出', 55, 61], ['11,343.27', 68, 77]),
  text(80018, ['三、单位预留机动经', 55, 64]),
  text(80019, ['2.政府性基金预算', 1, 10], ['三、国防支出', 26, 32], ['3,258.06', 69, 77]),
  text(80020, ['费', 55, 56]),
  text(80022, ['二、财政专户管理资金', 0, 10], ['四、公共安全支出', 26, 34], ['26,200.88', 43, 52]),
  text(80024, ['三、其他资金', 0, 6], ['五、教育支出', 26, 32]),
];

/** 江苏 2018's 政府采购预算表 from pdftotext: rows printed around their figures, one line apart. */
const PROCUREMENT_2018_TEXT = [
  ...PROCUREMENT_TEXT,
  text(4, ['合计', 0, 2], ['4,641.62', 53, 61]),
  text(5, ['一、货物 A', 0, 6], ['962.86', 54, 60]),
  text(6, ['信息网络建设维护', 9, 17], ['信息网络及软件', 21, 28]),
  text(7, ['676.00', 54, 60]),
  text(8, ['费', 9, 10], ['购置更新', 21, 25]),
  text(9, ['其他计算机设备及软', 31, 40]),
  text(10, ['政府集中采购', 44, 50], ['676.00', 54, 60]),
  text(11, ['件', 31, 32]),
  text(12, ['办公设备购置', 9, 15], ['办公设备购置', 21, 27], ['10.00', 56, 61]),
  text(13, ['其他办公设备', 31, 37], ['分散自行组织', 44, 50], ['10.00', 56, 61]),
];

/**
 * 江苏 2019's 政府采购支出预算表 from pdftotext: its header (采购品目大 / 类 wrapped), and the top of
 * its first page, where cells wrap around their rows' figures.
 */
const PROCUREMENT_2019_TEXT = [
  text(150003, ['采购品目大', 0, 5]),
  text(150004, ['专项名称', 9, 13], ['经济科目', 22, 26], ['采购物品名称', 35, 41], ['采购组织形式', 47, 53], ['总计', 57, 59]),
  text(150005, ['类', 3, 4]),
  text(150006, ['合计', 0, 2], ['5,227.59', 57, 65]),
  text(150007, ['一、货物 A', 0, 6], ['1,637.72', 57, 65]),
  text(150008, ['信息网络及软件购', 20, 28]),
  text(150009, ['信息网络建设费', 10, 17], ['966.50', 58, 64]),
  text(150010, ['置更新', 20, 23]),
  text(150011, ['PC 服务器', 34, 40], ['政府集中采购', 47, 53], ['68.00', 60, 65]),
  text(150012, ['台式计算机（20 万', 34, 44]),
  text(150013, ['政府集中采购', 47, 53], ['99.00', 60, 65]),
  text(150014, ['以上）', 34, 37]),
  text(150015, ['便携式计算机（20', 34, 43]),
  text(150016, ['政府集中采购', 47, 53], ['112.50', 58, 64]),
  text(150017, ['万以上）', 34, 38]),
  text(150018, ['计算机软件', 34, 39], ['政府集中采购', 47, 53], ['177.00', 58, 64]),
  text(150019, ['其他计算机设备及', 34, 42]),
  text(150020, ['政府集中采购', 47, 53], ['510.00', 58, 64]),
  text(150021, ['软件', 34, 36]),
  text(150022, ['设备购置费', 10, 15], ['办公设备购置', 20, 26], ['653.22', 59, 65]),
  text(150023, ['其他办公设备', 34, 40], ['分散自行组织', 47, 53], ['153.22', 59, 65]),
  text(150024, ['其他通用设备', 34, 40], ['政府集中采购', 47, 53], ['500.00', 59, 65]),
  text(150025, ['办公设备购置', 10, 16], ['办公设备购置', 20, 26], ['9.00', 61, 65]),
  text(150026, ['家具用具', 34, 38], ['分散自行组织', 47, 53], ['9.00', 61, 65]),
  text(150027, ['审判专项业务费', 10, 17], ['印刷费', 20, 23], ['9.00', 61, 65]),
  text(150028, ['印刷品', 34, 37], ['分散自行组织', 47, 53], ['9.00', 61, 65]),
];

/** The foot of the same table's second page, where pdftotext sets its columns further left. */
const PROCUREMENT_2019_PAGE_16 = [
  text(160016, ['公务用车运行维护', 19, 27]),
  text(160017, ['交通运行费', 8, 13], ['110.00', 53, 59]),
  text(160018, ['费', 19, 20]),
  text(160019, ['车辆维修和保养服', 33, 41]),
  text(160020, ['分散自行组织', 44, 50], ['110.00', 53, 59]),
  text(160021, ['务', 33, 34]),
  text(160022, ['物业管理费', 8, 13], ['租赁费', 19, 22], ['180.00', 53, 59]),
  text(160023, ['房屋租赁服务', 33, 39], ['部门集中采购', 44, 50], ['180.00', 53, 59]),
  text(160024, ['物业管理费', 19, 24], ['466.00', 53, 59]),
  text(160025, ['物业管理服务', 33, 39], ['分散自行组织', 44, 50], ['36.00', 54, 59]),
  text(160026, ['部门集中采购', 44, 50], ['430.00', 53, 59]),
  text(160027, ['机关后勤保障经费', 8, 16], ['劳务费', 19, 22], ['360.00', 53, 59]),
];

describe('placeTable: headers in pdftotext text', () => {
  it('reads the lower of two stub headers over a column of names as its own, the higher (项目) as a parent over the stub', () => {
    // 普陀区财政局 2025 部门收入预算总表: 功能分类科目名称, centred in its wide cell, stands right of the
    // names (set flush left), and 项目, printed once over code and name, stands over the names.
    const placed = placeTable([
      text(3, ['项目', 19, 21], ['收入预算', 70, 74]),
      text(4, ['功能分类科目编码', 0, 8]),
      text(5, ['功能分类科目名称', 23, 31], ['合计', 40, 42], ['财政拨款收入', 54, 60]),
      text(6, ['类', 0, 1], ['款', 6, 7], ['项', 11, 12]),
      text(8, ['201', 0, 3], ['一般公共服务支出', 16, 24], ['22,186,440.80', 38, 51], ['22,186,440.80', 54, 67]),
      text(10, ['201', 0, 3], ['06', 6, 8], ['财政事务', 16, 20], ['22,186,440.80', 38, 51], ['22,186,440.80', 54, 67]),
      text(11, ['201', 0, 3], ['06', 6, 8], ['01', 11, 13], ['行政运行', 16, 20], ['16,231,840.80', 38, 51], ['16,231,840.80', 54, 67]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.slice(0, 2)).toEqual([
      { key: 'code', header: ['项目', '功能分类科目编码'] },
      { key: 'name', header: ['项目', '功能分类科目名称'] },
    ]);
    expect(placed.kind === 'grid' && placed.rows[0]).toEqual({ code: '201', name: '一般公共服务支出', 合计: '22,186,440.80', 财政拨款收入: '22,186,440.80' });
  });

  it('gives the stub header (项目) the code and name columns only, never a figure column', () => {
    // 上海市财政局 2025 国有资本经营预算支出功能分类预算表, empty: 项目 stands as near the centre of
    // code, name and 合计 as of code and name.
    const placed = placeTable([
      text(3, ['项目', 14, 16], ['国有资本经营预算支出', 33, 43]),
      text(4, ['功能分类科目编码', 0, 8]),
      text(5, ['功能分类科目名称', 15, 23], ['合计', 28, 30], ['基本支出', 35, 39], ['项目支出', 46, 50]),
      text(6, ['类', 0, 1], ['款', 4, 5], ['项', 8, 9]),
      text(9, ['合计', 14, 16]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.map((c) => c.header)).toEqual([
      ['项目', '功能分类科目编码'],
      ['项目', '功能分类科目名称'],
      ['国有资本经营预算支出', '合计'],
      ['国有资本经营预算支出', '基本支出'],
      ['国有资本经营预算支出', '项目支出'],
    ]);
  });

  it('joins a header printed on two lines centred on its siblings\' line (事业单位 / 经营收入)', () => {
    const placed = placeTable([
      text(3, ['项目', 19, 21], ['收入预算', 70, 74]),
      text(4, ['功能分类科目编码', 0, 8], ['事业单位', 77, 81]),
      text(5, ['功能分类科目名称', 23, 31], ['合计', 40, 42], ['财政拨款收入', 54, 60], ['事业收入', 70, 74], ['其他收入', 84, 88]),
      text(6, ['类', 0, 1], ['款', 6, 7], ['项', 11, 12], ['经营收入', 77, 81]),
      text(8, ['201', 0, 3], ['一般公共服务支出', 16, 24], ['22,186,440.80', 38, 51], ['22,186,440.80', 54, 67]),
      text(10, ['201', 0, 3], ['06', 6, 8], ['财政事务', 16, 20], ['22,186,440.80', 38, 51], ['22,186,440.80', 54, 67]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.slice(4)).toEqual([
      { key: '事业收入', header: ['收入预算', '事业收入'] },
      { key: '事业单位经营收入', header: ['收入预算', '事业单位经营收入'] },
      { key: '其他收入', header: ['收入预算', '其他收入'] },
    ]);
  });

  it('joins a lone character to the header it stands under, a line of other headers between (机关运行经费预算 / 数)', () => {
    // 上海市财政局 2025 单位“三公”经费和机关运行经费预算表.
    const placed = placeTable([
      text(4, ['“三公”经费预算数', 34, 43]),
      text(5, ['机关运行经费预算', 79, 87]),
      text(6, ['公务用车购置及运行费', 52, 62]),
      text(7, ['合计', 3, 5], ['因公出国(境)费', 17, 25], ['公务接待费', 31, 36], ['数', 83, 84]),
      text(8, ['小计', 43, 45], ['购置费', 56, 59], ['运行费', 65, 68]),
      text(9, ['346.30', 8, 14], ['288.70', 22, 28], ['25.40', 35, 40], ['32.20', 48, 53], ['32.20', 71, 76], ['2,517.78', 83, 91]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.map((c) => [c.key, ...(c.header ?? [])].join(' '))).toEqual([
      '合计 “三公”经费预算数 合计',
      '因公出国（境）费 “三公”经费预算数 因公出国(境)费',
      '公务接待费 “三公”经费预算数 公务接待费',
      '公务用车购置及运行费 “三公”经费预算数 公务用车购置及运行费 小计',
      '公务用车购置费 “三公”经费预算数 公务用车购置及运行费 购置费',
      '公务用车运行维护费 “三公”经费预算数 公务用车购置及运行费 运行费',
      '机关运行经费 机关运行经费预算数',
    ]);
  });

  it('gives a parent the column beside its children on their line, though its centre lies nearer a shorter run', () => {
    // 普陀区政府办 2025 单位一般公共预算基本支出表: 一般公共预算基本支出 stands left of its cell's centre.
    const placed = placeTable([
      text(3, ['项目', 22, 24], ['一般公共预算基本支出', 47, 57]),
      text(5, ['经济分类科目编码', 1, 9]),
      text(6, ['部门经济分类科目名称', 24, 34], ['合计', 41, 43], ['人员经费', 53, 57], ['公用经费', 68, 72]),
      text(7, ['类', 2, 3], ['款', 8, 9]),
      text(9, ['301', 1, 4], ['工资福利支出', 13, 19], ['21,170,337.81', 37, 50], ['21,170,337.81', 51, 64]),
      text(10, ['301', 1, 4], ['01', 8, 10], ['基本工资', 13, 17], ['2,540,192.00', 37, 49], ['2,540,192.00', 52, 64]),
      text(12, ['302', 1, 4], ['01', 8, 10], ['办公费', 13, 16], ['70,000.00', 41, 50], ['70,000.00', 63, 72]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.map((c) => c.header)).toEqual([
      ['项目', '经济分类科目编码'],
      ['项目', '部门经济分类科目名称'],
      ['一般公共预算基本支出', '合计'],
      ['一般公共预算基本支出', '人员经费'],
      ['一般公共预算基本支出', '公用经费'],
    ]);
  });

  it('gives a parent the two columns it stands between, over neither child (基本支出 over 人员经费 and 公用经费)', () => {
    // 普陀区政府办 2025 预算单位财务收支预算总表: 基本支出 stands right of 人员经费's figures, between
    // its two children on the line below.
    const placed = placeTable(
      [
        text(3, ['本年收入', 10, 14], ['本年支出', 61, 65]),
        text(5, ['预算数', 72, 75]),
        text(7, ['项目', 4, 6], ['预算数', 19, 22], ['项目', 37, 39], ['基本支出', 71, 75]),
        text(8, ['合计', 50, 52], ['项目支出', 93, 97]),
        text(9, ['人员经费', 63, 67], ['公用经费', 78, 82]),
        text(11, ['一、财政拨款收入', 0, 8], ['91,016,775.35', 17, 30], ['一、一般公共服务支出', 31, 41], ['82,096,797.42', 45, 58], ['13,819,399.88', 61, 74], ['1,867,397.54', 78, 90], ['66,410,000.00', 91, 104]),
        text(13, ['1、一般公共预算资金', 0, 10], ['91,016,775.35', 17, 30], ['二、社会保障和就业支出', 31, 42], ['4,213,779.28', 46, 58], ['3,948,399.28', 62, 74], ['265,380.00', 79, 89]),
        text(15, ['2、政府性基金', 0, 7], ['三、卫生健康支出', 33, 41], ['1,097,073.43', 46, 58], ['1,097,073.43', 62, 74]),
        text(17, ['3、国有资本经营预算', 0, 10], ['四、住房保障支出', 33, 41], ['3,609,125.22', 46, 58], ['3,609,125.22', 62, 74]),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && placed.blocks.expenditure?.columns.map((c) => c.header?.join(' '))).toEqual([
      '本年支出 项目',
      '本年支出 预算数 合计',
      '本年支出 预算数 基本支出 人员经费',
      '本年支出 预算数 基本支出 公用经费',
      '本年支出 预算数 项目支出',
    ]);
  });

  it('reads a header off the centre of the one above it as its child, not its wrapped end (财政拨款收入 over 项目)', () => {
    // 上海市财政局 2025 预算单位财政拨款收支预算总表: 项目 stands on the line under 财政拨款收入, partly
    // under it, but centred three characters left of it; a wrapped header's lines share a centre.
    const placed = placeTable(
      [
        text(3, ['财政拨款收入', 5, 11], ['财政拨款支出', 52, 58]),
        text(4, ['项目', 4, 6], ['预算数', 14, 17], ['项目', 33, 35], ['合计', 43, 45], ['一般公共预算', 56, 62], ['政府性基金预算 国有资本经营预算', 71, 87]),
        text(6, ['一、一般公共预算资金', 0, 10], ['171,915,169', 14, 25], ['一、一般公共服务支出', 26, 36], ['127,886,849', 42, 53], ['127,886,849', 57, 68]),
        text(8, ['二、政府性基金', 0, 7], ['二、社会保障和就业支出', 28, 39], ['17,560,320', 43, 53], ['17,560,320', 58, 68]),
        text(10, ['三、国有资本经营预算', 0, 10], ['三、卫生健康支出', 28, 36], ['4,668,000', 44, 53], ['4,668,000', 59, 68]),
        text(17, ['收入总计', 3, 7], ['171,915,169', 14, 25], ['支出总计', 32, 36], ['171,915,169', 42, 53], ['171,915,169', 57, 68]),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && placed.blocks.income?.columns).toEqual([
      { key: 'name', header: ['财政拨款收入', '项目'] },
      { key: '金额', header: ['财政拨款收入', '预算数'] },
    ]);
  });

  it('reads a known header letter-spaced across its wide cell as one word (金 / 额)', () => {
    // 江苏省高级人民法院 2019 政府性基金预算支出表, empty: 金 and 额 stand eight characters apart,
    // over the one column of figures.
    const placed = placeTable([
      text(495, ['功能科目编码', 7, 13], ['功能科目名称', 36, 42], ['金', 64, 65], ['额', 73, 74]),
      text(497, ['合', 25, 26], ['计', 29, 30], ['0', 69, 70]),
    ]);
    expect(placed.kind === 'grid' && placed.columns).toEqual([
      { key: 'code', header: ['功能科目编码'] },
      { key: 'name', header: ['功能科目名称'] },
      { key: '金额' },
    ]);
    expect(placed.kind === 'grid' && placed.rows).toEqual([{ name: '合计', 金额: '0' }]);
  });

  it('gives a header standing alone in the gap beside a column of codes set flush left to that column', () => {
    // 江苏省高级人民法院 2017 一般公共预算基本支出预算表: 科目编码, centred in its wide cell, stands
    // eight characters right of the codes and over no column's text.
    const placed = placeTable([
      text(430, ['科目编码', 11, 15], ['科目名称', 28, 32], ['金额', 42, 44]),
      text(431, ['合计', 29, 31], ['17,123.19', 47, 56]),
      text(432, ['301', 0, 3], ['工资福利支出', 19, 25], ['7,687.65', 48, 56]),
      text(433, ['30101', 0, 5], ['基本工资', 19, 23], ['2,509.00', 48, 56]),
      text(434, ['30102', 0, 5], ['津贴补贴', 19, 23], ['4,220.60', 48, 56]),
      text(435, ['30103', 0, 5], ['奖金', 19, 21], ['206.16', 50, 56]),
      text(436, ['30104', 0, 5], ['其他社会保障缴费', 19, 27], ['64.80', 51, 56]),
      text(437, ['30107', 0, 5], ['绩效工资', 19, 23], ['65.62', 51, 56]),
      text(438, ['30199', 0, 5], ['其他工资福利支出', 19, 27], ['621.47', 50, 56]),
      text(439, ['302', 0, 3], ['商品和服务支出', 19, 26], ['3,528.37', 48, 56]),
      text(440, ['30201', 0, 5], ['办公费', 19, 22], ['380.00', 50, 56]),
      text(441, ['30205', 0, 5], ['水费', 19, 21], ['43.60', 51, 56]),
    ]);
    expect(placed.kind === 'grid' && placed.columns).toEqual([
      { key: 'code', header: ['科目编码'] },
      { key: 'name', header: ['科目名称'] },
      { key: '金额' },
    ]);
    expect(placed.kind === 'grid' && placed.rows[1]).toEqual({ code: '301', name: '工资福利支出', 金额: '7,687.65' });
  });

  it('reads the headers left at a page\'s foot as parents of the header on the next page (收入 / 支出)', () => {
    // 江苏省高级人民法院 2018 财政拨款收支预算总表: 收入 and 支出 end page 10, the rest of the header
    // starts page 11, which pdftotext lays out on a narrower grid: 收入 stands right of 项目名称.
    const placed = placeTable(
      [
        text(90060, ['收入', 16, 18], ['支出', 64, 66]),
        text(100000, ['支出用途', 48, 52]),
        text(100001, ['项目名称', 10, 14], ['金额', 22, 24]),
        text(100002, ['项目名称', 41, 45], ['金额', 56, 58]),
        text(100004, ['一、一般公共预算', 0, 8], ['33,172.15', 24, 33], ['一、基本支出', 36, 42], ['18,570.82', 56, 65]),
        text(100006, ['二、政府性基金预算', 0, 9], ['二、项目支出', 36, 42], ['11,343.27', 56, 65]),
        text(100008, ['三、单位预留机动经费', 36, 46], ['3,258.06', 60, 68]),
        text(100010, ['收入合计', 10, 14], ['33,172.15', 24, 33], ['支出合计', 41, 45], ['33,172.15', 56, 65]),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && Object.entries(placed.blocks).map(([k, b]) => [k, b.heading, b.columns.map((c) => c.header?.join(' '))])).toEqual([
      ['income', '收入', ['收入 项目名称', '收入 金额']],
      ['purpose', '支出用途', ['支出 支出用途 项目名称', '支出 支出用途 金额']],
    ]);
  });

  it('joins a header wrapped across a line of its siblings into a known header word (因公出 / 国（境） / 费, 公务用车 / 购置费)', () => {
    // 江苏省高级人民法院 2018 “三公”经费、会议费、培训费支出预算表: each wrapped header's parts stand
    // two lines apart, 合计 or 小计 on the line between; 因公出 is narrower than 国（境）费 below it.
    const placed = placeTable([
      text(3, ['“三公”经费', 34, 40]),
      text(4, ['因公出', 20, 23], ['公务用车购置及运行维护费', 32, 44]),
      text(5, ['合计', 1, 3], ['会议费', 67, 70], ['培训费', 76, 79]),
      text(6, ['小计', 11, 13], ['国（境）', 20, 24], ['公务用车', 38, 42], ['公务用车运', 45, 50], ['公务接待费', 56, 61]),
      text(7, ['小计', 29, 31]),
      text(8, ['费', 21, 22], ['购置费', 38, 41], ['行维护费', 46, 50]),
      text(9, ['2,558.26', 0, 8], ['620.75', 11, 17], ['170.00', 20, 26], ['266.80', 29, 35], ['266.80', 47, 53], ['183.95', 58, 64], ['271.26', 67, 73], ['1,666.25', 76, 84]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.map((c) => [c.key, ...(c.header ?? [])].join(' '))).toEqual([
      '合计',
      '三公经费 “三公”经费 小计',
      '因公出国（境）费 “三公”经费 因公出国（境）费',
      '公务用车购置及运行费 “三公”经费 公务用车购置及运行维护费 小计',
      '公务用车购置费 “三公”经费 公务用车购置及运行维护费 公务用车购置费',
      '公务用车运行维护费 “三公”经费 公务用车购置及运行维护费 公务用车运行维护费',
      '公务接待费 “三公”经费 公务接待费',
      '会议费',
      '培训费',
    ]);
  });

  it('gives a parent only its children centred on one line, not a sibling beside them centred higher (公务用车购置及运行维护费)', () => {
    // 江苏省高级人民法院 2017 “三公”经费、会议费、培训费支出预算表: 公务用车购置及运行维护费 stands left
    // of its cell's centre, nearest the run from 因公出国（境）费 to 公务接待费; those two, on lines 3
    // and 5, are centred a line above its children (小计 on line 5, the others on lines 4 and 6).
    const placed = placeTable([
      text(1, ['“三公”经费', 35, 41]),
      text(2, ['公务用车购置及运行维护费', 35, 47]),
      text(3, ['合计', 6, 8], ['因公出国', 22, 26], ['公务接', 62, 65], ['会议费', 71, 74], ['培训费', 81, 84]),
      text(4, ['小计', 14, 16], ['公务用车', 43, 47], ['公务用车运', 50, 55]),
      text(5, ['（境）费', 22, 26], ['小计', 32, 34], ['待费', 62, 64]),
      text(6, ['购置费', 43, 46], ['行维护费', 51, 55]),
      text(7, ['2,599.37', 2, 10], ['670.12', 13, 19], ['180.00', 23, 29], ['304.40', 34, 40], ['304.40', 53, 59], ['185.72', 62, 68], ['228.00', 71, 77], ['1,701.25', 80, 88]),
    ]);
    expect(placed.kind === 'grid' && placed.columns.map((c) => c.header?.join(' '))).toEqual([
      undefined,
      '“三公”经费 小计',
      '“三公”经费 因公出国（境）费',
      '“三公”经费 公务用车购置及运行维护费 小计',
      '“三公”经费 公务用车购置及运行维护费 公务用车购置费',
      '“三公”经费 公务用车购置及运行维护费 公务用车运行维护费',
      '“三公”经费 公务接待费',
      undefined,
      undefined,
    ]);
  });

  it('joins a header at the table\'s left edge printed on two lines centred on its siblings\' line (采购品目 / 大类)', () => {
    // 江苏省高级人民法院 2018 政府采购预算表: 采购品目 and 大类 stand two lines apart, its siblings on
    // the line between and none to its left.
    const placed = placeTable(PROCUREMENT_2018_TEXT, { textColumns: true });
    expect(placed.kind === 'grid' && placed.columns.map((c) => c.key)).toEqual(['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '合计']);
  });
});

describe('placeTable: rows', () => {
  it('reads a name wrapped over three lines, around its figures, top to bottom', () => {
    const placed = placeTable([
      line(5, ['项目名称', 100, 140], ['金额', 300, 320]),
      line(7.6, ['一般公共服务支出', 100, 180], ['10.00', 300, 325]),
      line(10, ['其他一般公共', 100, 160]),
      line(10.65, ['服务支出项目', 100, 160], ['20.00', 300, 325]),
      line(11.3, ['经费', 100, 120]),
      line(13.2, ['机关服务', 100, 140], ['30.00', 300, 325]),
    ]);
    expect(placed.kind === 'grid' && placed.rows).toEqual([
      { name: '一般公共服务支出', 金额: '10.00' },
      { name: '其他一般公共服务支出项目经费', 金额: '20.00' },
      { name: '机关服务', 金额: '30.00' },
    ]);
  });

  it('keeps a total centred in the name column, apart from the names, in that column (江苏 2017)', () => {
    const placed = placeTable([
      line(17.36, ['科目编码', 116, 157], ['科目名称', 287, 327], ['金额', 460, 480]),
      line(19.12, ['合计', 297, 317], ['17,123.19', 487, 532]),
      line(20.88, ['301', 67, 82], ['工资福利支出', 217, 277], ['7,687.65', 492, 532]),
      line(22.64, ['30101', 67, 92], ['基本工资', 217, 256], ['2,509.00', 492, 532]),
    ]);
    expect(placed.kind === 'grid' && [placed.columns.map((c) => c.key), placed.rows]).toEqual([
      ['code', 'name', '金额'],
      [
        { name: '合计', 金额: '17,123.19' },
        { code: '301', name: '工资福利支出', 金额: '7,687.65' },
        { code: '30101', name: '基本工资', 金额: '2,509.00' },
      ],
    ]);
  });

  it('joins the wrapped cells of a 政府采购 row to the row they stand closest to, in their own columns', () => {
    // 江苏省高级人民法院 2019, 政府采购支出预算表: a wrapped line stands 0.65 lines from its row,
    // rows 1.35 apart or more; the first part of a cell may stand above the row's figures.
    const placed = placeTable(
      [
        line(13.07, ['采购品目大', 69, 119]),
        line(13.68, ['专项名称', 153, 193], ['经济科目', 247, 287], ['采购物品名称', 332, 392], ['采购组织形式', 415, 475], ['总计', 502, 522]),
        line(14.28, ['类', 89, 99]),
        line(15.66, ['合计', 68, 88], ['5,227.59', 499, 539]),
        line(17.01, ['一、货物 A', 68, 115], ['1,637.72', 499, 539]),
        line(18.36, ['信息网络及软件购', 225, 309]),
        line(19.01, ['信息网络建设费', 132, 201], ['966.50', 509, 539]),
        line(19.66, ['置更新', 225, 255]),
        line(21.01, ['PC 服务器', 320, 362], ['政府集中采购', 415, 475], ['68.00', 514, 539]),
        line(22.38, ['台式计算机（20 万', 320, 404]),
        line(23.03, ['政府集中采购', 415, 475], ['99.00', 514, 539]),
        line(23.68, ['以上）', 320, 350]),
      ],
      { textColumns: true },
    );
    expect(placed.kind === 'grid' && [placed.columns.map((c) => c.key), placed.rows]).toEqual([
      ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '合计'],
      [
        { 采购品目大类: '合计', 合计: '5,227.59' },
        { 采购品目大类: '一、货物 A', 合计: '1,637.72' },
        { 专项名称: '信息网络建设费', 经济科目: '信息网络及软件购置更新', 合计: '966.50' },
        { 采购物品名称: 'PC 服务器', 采购组织形式: '政府集中采购', 合计: '68.00' },
        { 采购物品名称: '台式计算机（20 万以上）', 采购组织形式: '政府集中采购', 合计: '99.00' },
      ],
    ]);
  });

  it('splits two cells read as one, a space apart, where each part lies in its own column', () => {
    // 江苏省高级人民法院 2017, 政府采购预算表, page 18: pdf.js gives 租赁服务（不带操作员）, a space
    // and 政府集中采购 6 pt apart, so the line reads them as one cell. A name that only runs over into
    // the next column (其他计算机设备及 软件) stays whole.
    const joined = (pieces: C[]) => ({ text: pieces.map((p) => p[0]).join(' '), x0: pieces[0]?.[1] ?? 0, x1: pieces.at(-1)?.[2] ?? 0, pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1 })) });
    const row = (y: number, cells: Line['cells'], amount: string): Line => ({ page: 1, y, unit: 'pt', cells: [...cells, { text: amount, x0: 499, x1: 539 }], text: '' });
    const placed = placeTable(
      [
        PROCUREMENT_PT,
        line(15.66, ['合计', 68, 88], ['1,000.00', 499, 539]),
        // Other rows fill both columns, as on the page: one cell across their gap does not join them.
        ...Array.from({ length: 9 }, (_, i) => line(16 + i / 10, ['会议服务', 309, 349], ['分散自行组织', 422, 482], ['1.00', 519, 539])),
        row(17.01, [joined([['租赁服务（不带操作员）', 309, 416], ['政府集中采购', 422, 482]])], '1,000.00'),
        row(18.36, [joined([['其他计算机设备及', 309, 409], ['软件', 412, 432]])], '250.00'),
      ],
      { textColumns: true },
    );
    expect(placed.kind === 'grid' && placed.rows).toEqual([
      { 采购品目大类: '合计', 合计: '1,000.00' },
      ...Array.from({ length: 9 }, () => ({ 采购物品名称: '会议服务', 采购组织形式: '分散自行组织', 合计: '1.00' })),
      { 采购物品名称: '租赁服务（不带操作员）', 采购组织形式: '政府集中采购', 合计: '1,000.00' },
      { 采购物品名称: '其他计算机设备及软件', 合计: '250.00' },
    ]);
  });

  it('ends a row split by a page break, and gives a cell merged down two rows to both (政府采购)', () => {
    // 江苏省高级人民法院 2017, 政府采购预算表: page 17 ends on 信息网络及软件购, page 18 opens on
    // 置更新 (the same cell), and 物业管理服务 stands midway between its two rows' figures.
    const placed = placeTable(
      [
        PROCUREMENT_PT,
        ...[15, 16.35, 17.7, 19.05, 20.4].map(meetingRow),
        line(21.75, ['应用软件购建费', 140, 210], ['信息网络及软件购', 225, 305], ['606.00', 509, 539]),
        line(10_001, ['置更新', 225, 255]),
        line(10_002.35, ['软件开发服务', 309, 369], ['部门集中采购', 422, 482], ['606.00', 509, 539]),
        ...[10_003.7, 10_005.05, 10_006.4, 10_007.75].map(meetingRow),
        line(10_009.1, ['部门集中采购', 422, 482], ['430.00', 509, 539]),
        line(10_009.775, ['物业管理服务', 309, 369]),
        line(10_010.45, ['分散自行组织', 422, 482], ['40.00', 514, 539]),
      ],
      { textColumns: true },
    );
    const rows = placed.kind === 'grid' ? placed.rows : [];
    expect(rows.filter((r) => r.采购物品名称 !== '会议服务')).toEqual([
      { 专项名称: '应用软件购建费', 经济科目: '信息网络及软件购置更新', 合计: '606.00' },
      { 采购物品名称: '软件开发服务', 采购组织形式: '部门集中采购', 合计: '606.00' },
      { 采购物品名称: '物业管理服务', 采购组织形式: '部门集中采购', 合计: '430.00' },
      { 采购物品名称: '物业管理服务', 采购组织形式: '分散自行组织', 合计: '40.00' },
    ]);
    expect(rows).toHaveLength(13);
  });

  it('carries no row over a page break whose words did not fill their cell, and loses no words midway', () => {
    // As above, but the page ends on a short 会议费 and the next opens on a row of its own without a
    // figure; and words near midway before a row that has its own (保安服务) never replace them.
    const placed = placeTable(
      [
        PROCUREMENT_PT,
        ...[15, 16.35, 17.7, 19.05, 20.4].map(meetingRow),
        line(21.75, ['会议费', 140, 170], ['会议费', 225, 255], ['606.00', 509, 539]),
        line(10_001, ['办公设备购置', 140, 200]),
        line(10_002.35, ['软件开发服务', 309, 369], ['部门集中采购', 422, 482], ['606.00', 509, 539]),
        ...[10_003.7, 10_005.05, 10_006.4, 10_007.75].map(meetingRow),
        line(10_009.1, ['部门集中采购', 422, 482], ['430.00', 509, 539]),
        line(10_009.74, ['物业管理', 309, 349]),
        line(10_010.45, ['保安服务', 309, 349], ['分散自行组织', 422, 482], ['40.00', 514, 539]),
      ],
      { textColumns: true },
    );
    const rows = placed.kind === 'grid' ? placed.rows : [];
    expect(rows.filter((r) => r.采购物品名称 !== '会议服务')).toEqual([
      { 专项名称: '会议费', 经济科目: '会议费', 合计: '606.00' },
      { 专项名称: '办公设备购置' },
      { 采购物品名称: '软件开发服务', 采购组织形式: '部门集中采购', 合计: '606.00' },
      { 采购物品名称: '物业管理', 采购组织形式: '部门集中采购', 合计: '430.00' },
      { 采购物品名称: '保安服务', 采购组织形式: '分散自行组织', 合计: '40.00' },
    ]);
  });

  it('reads a headerless column of figures beside the names as figures, not as the names', () => {
    // A table whose second column lost its header: its figures must not become the names, and the
    // names the groups (the rule for 江苏's 项目名称 over two stub columns needs words there).
    const placed = placeTable([
      line(13, ['项目名称', 60, 100], ['金额', 300, 320]),
      line(15, ['一般公共预算', 60, 120], ['100.00', 200, 230], ['100.00', 290, 320]),
      line(16.35, ['政府性基金', 60, 110], ['50.00', 205, 230], ['50.00', 295, 320]),
      line(17.7, ['其他收入', 60, 100], ['20.00', 205, 230], ['20.00', 295, 320]),
    ]);
    expect(placed.kind === 'grid' && placed.columns[0]).toEqual({ key: 'name', header: ['项目名称'] });
    expect(placed.kind === 'grid' && placed.rows.map((r) => r.name)).toEqual(['一般公共预算', '政府性基金', '其他收入']);
  });

  it('joins a name wrapped around its figures, and keeps a short name with no figure its own row', () => {
    // 江苏省高级人民法院 2019, page 10: the name wraps, and its figures stand between its two lines.
    const placed = placeTable([
      line(44.78, ['功能科目编码', 105, 165], ['功能科目名称', 265, 325], ['金', 442, 452], ['额', 467, 477]),
      line(61.55, ['2080504', 66, 101], ['未归口管理的行政单位离退休', 217, 347], ['417.06', 502, 532]),
      line(63.25, ['机关事业单位基本养老保险缴费支', 217, 376]),
      line(63.9, ['2080505', 66, 101], ['1,384.70', 492, 532]),
      line(64.55, ['出', 217, 227]),
      line(66.25, ['2080506', 66, 101], ['机关事业单位职业年金缴费支出', 217, 357], ['553.89', 502, 532]),
      line(68.3, ['专项收入', 217, 257]),
    ]);
    expect(placed.kind === 'grid' && placed.rows).toEqual([
      { code: '2080504', name: '未归口管理的行政单位离退休', 金额: '417.06' },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', 金额: '1,384.70' },
      { code: '2080506', name: '机关事业单位职业年金缴费支出', 金额: '553.89' },
      { name: '专项收入' },
    ]);
  });

  it('unplaces what an amount column holds that is no amount, with its page, rather than writing it', () => {
    const placed = placeTable([
      line(1, ['项目', 100, 120], ['金额', 300, 320]),
      line(10_002, ['一、事业收入', 100, 160], ['1,2,3', 300, 320]),
      line(10_003, ['二、其他收入', 100, 160], ['5.00', 300, 320]),
    ]);
    expect(placed.kind === 'grid' && placed.rows).toEqual([{ name: '一、事业收入' }, { name: '二、其他收入', 金额: '5.00' }]);
    expect(placed.unplaced).toEqual([{ page: 2, text: '1,2,3' }]);
  });

  it('splits a code part and its name set a single space apart in text ("01 行政运行"), under a code printed in parts', () => {
    // 上海市财政局 2025 预算单位收入预算总表, as pdftotext lays it out.
    const placed = placeTable([
      text(3, ['项目', 20, 22], ['收入预算', 66, 70]),
      text(4, ['功能分类科目编码', 0, 8]),
      text(5, ['功能分类科目名称', 22, 30], ['合计', 39, 41], ['财政拨款收入', 51, 57]),
      text(6, ['类', 0, 1], ['款', 6, 7], ['项', 11, 12]),
      text(8, ['201', 0, 3], ['一般公共服务支出', 15, 23], ['127,886,849', 37, 48], ['127,886,849', 52, 63]),
      text(9, ['201', 0, 3], ['06', 6, 8], ['财政事务', 15, 19], ['127,886,849', 37, 48], ['127,886,849', 52, 63]),
      text(10, ['201', 0, 3], ['06', 6, 8], ['01 行政运行', 11, 18], ['84,861,719', 38, 48], ['84,861,719', 53, 63]),
      text(11, ['201', 0, 3], ['06', 6, 8], ['02 一般行政管理事务', 11, 22], ['28,544,130', 38, 48], ['28,544,130', 53, 63]),
      text(12, ['201', 0, 3], ['06', 6, 8], ['04 预算改革业务', 11, 20], ['370,000', 41, 48], ['370,000', 56, 63]),
    ]);
    expect(placed.kind === 'grid' && placed.rows.map((r) => `${r.code} ${r.name}`)).toEqual(['201 一般公共服务支出', '20106 财政事务', '2010601 行政运行', '2010602 一般行政管理事务', '2010604 预算改革业务']);
  });

  it('aligns a narrower page whose total, centred in the stub, stands apart from its short names', () => {
    // 普陀区财政局 2025 部门支出预算总表: page 2 stands narrower, and its 合计 stands right of its
    // names: a column of its own on that page, were it counted.
    const placed = placeTable([
      text(3, ['项目', 24, 26], ['支出预算', 57, 61]),
      text(4, ['功能分类科目编码', 0, 8]),
      text(5, ['功能分类科目名称', 25, 33], ['合计', 41, 43], ['基本支出', 57, 61], ['项目支出', 73, 77]),
      text(6, ['类', 0, 1], ['款', 6, 7], ['项', 11, 12]),
      text(7, ['201', 0, 3], ['一般公共服务支出', 16, 24], ['22,186,440.80', 41, 54], ['16,093,326.00', 57, 70], ['6,093,114.80', 74, 86]),
      text(10, ['201', 0, 3], ['06', 6, 8], ['01', 11, 13], ['行政运行', 16, 20], ['16,231,840.80', 41, 54], ['16,093,326.00', 57, 70], ['138,514.80', 75, 85]),
      text(12, ['201', 0, 3], ['06', 6, 8], ['02', 11, 13], ['一般行政管理事务', 16, 24], ['100,000.00', 43, 53], ['100,000.00', 75, 85]),
      text(22, ['208', 0, 3], ['05', 6, 8], ['05', 11, 13], ['机关事业单位基本养老保险缴费支出', 16, 32], ['1,748,327.00', 42, 54], ['1,748,327.00', 58, 70]),
      text(10_000, ['项目', 24, 26], ['支出预算', 52, 56]),
      text(10_001, ['功能分类科目编码', 0, 8]),
      text(10_002, ['功能分类科目名称', 25, 33], ['合计', 36, 38], ['基本支出', 52, 56], ['项目支出', 68, 72]),
      text(10_003, ['类', 0, 1], ['款', 6, 7], ['项', 11, 12]),
      text(10_004, ['210', 0, 3], ['卫生健康支出', 16, 22], ['782,164.00', 38, 48], ['782,164.00', 54, 64]),
      text(10_006, ['210', 0, 3], ['11', 6, 8], ['行政事业单位医疗', 16, 24], ['782,164.00', 38, 48], ['782,164.00', 54, 64]),
      text(10_007, ['210', 0, 3], ['11', 6, 8], ['01', 11, 13], ['行政单位医疗', 16, 22], ['782,164.00', 38, 48], ['782,164.00', 54, 64]),
      text(10_016, ['合计', 24, 26], ['31,214,205.80', 36, 49], ['25,121,091.00', 52, 65], ['6,093,114.80', 69, 81]),
    ]);
    expect(placed.kind === 'grid' && placed.rows.slice(-2)).toEqual([
      { code: '2101101', name: '行政单位医疗', 合计: '782,164.00', 基本支出: '782,164.00' },
      { name: '合计', 合计: '31,214,205.80', 基本支出: '25,121,091.00', 项目支出: '6,093,114.80' },
    ]);
  });

  it('aligns a later page\'s figures and words each on their own where a total\'s name stands over another block\'s figures', () => {
    // 江苏省高级人民法院 2018 收支预算总表: page 10 stands wider; its 当年支出小计, set over the
    // 功能分类 figures, would take them into one column with it, and the page's count be one short.
    const placed = placeTable(
      [
        ...SUMMARY_2018_TEXT,
        text(80026, ['六、科学技术支出', 26, 34]),
        text(80028, ['七、文化体育与传媒支出', 26, 37]),
        text(80030, ['八、社会保障和就业支出', 26, 37], ['2,254.76', 44, 52]),
        text(80032, ['九、医疗卫生与计划生育支出', 26, 39]),
        text(80034, ['十、节能环保支出', 26, 34]),
        text(80036, ['十一、城乡社区支出', 26, 35]),
        text(80038, ['十二、农林水支出', 26, 34]),
        text(80040, ['十三、交通运输支出', 26, 35]),
        text(80042, ['十四、资源勘探信息等支出', 26, 38]),
        text(80044, ['十五、商业服务业等支出', 26, 37]),
        text(80046, ['十六、金融支出', 26, 33]),
        text(80048, ['十七、国土海洋气象等支出', 26, 38]),
        text(90000, ['十八、住房保障支出', 29, 38], ['4,716.51', 53, 61]),
        text(90002, ['十九、粮油物资储备支出', 29, 40]),
        text(90004, ['二十、其他支出', 29, 36]),
        text(90006, ['当年收入小计', 0, 6], ['33,172.15', 16, 25], ['当年支出小计', 46, 52], ['33,172.15', 76, 85]),
        text(90008, ['上年结转资金', 0, 6], ['结转下年资金', 46, 52]),
        text(90010, ['收入合计', 1, 5], ['33,172.15', 16, 25], ['支出合计', 51, 55], ['33,172.15', 76, 85]),
        text(90014, ['二、2018 年度江苏省高级人民法院收入预算总表', 0, 24]),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && placed.blocks.expenditure?.rows.find((r) => r.name === '十八、住房保障支出')).toEqual({ name: '十八、住房保障支出', 金额: '4,716.51' });
  });

  it('joins a name that starts a row to the figures below it, and its wrapped end after them (三、单位预留机动经 / 费)', () => {
    // 江苏省高级人民法院 2018 收支预算总表: the name wraps around its row's figure, 3,258.06.
    const placed = placeTable(
      [
        ...SUMMARY_2018_TEXT,
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && placed.blocks.purpose?.rows).toEqual([
      { name: '一、基本支出', 金额: '18,570.82' },
      { name: '二、项目支出', 金额: '11,343.27' },
      { name: '三、单位预留机动经费', 金额: '3,258.06' },
    ]);
  });

  it('places a figure and words squeezed a single space apart in text, without letting them shape the columns', () => {
    // 普陀区政府办 2025 预算单位财政拨款收支预算总表: pdftotext ran the first row's figure and name into
    // each other, left of their columns (splitMixed parts them).
    const placed = placeTable(
      [
        text(3, ['财政拨款收入', 7, 13], ['财政拨款支出', 55, 61]),
        text(5, ['项目', 5, 7], ['预算数', 16, 19], ['项目', 33, 35], ['合计', 46, 48], ['一般公共预算', 59, 65], ['政府性基金预算 国有资本经营预算', 75, 91]),
        text(7, ['一、一般公共预算资金', 0, 10], ['91,016,775.35', 11, 24], ['一、一般公共服务支出', 25, 35], ['82,096,797.42', 43, 56], ['82,096,797.42', 59, 72]),
        text(9, ['二、政府性基金', 0, 7], ['二、社会保障和就业支出', 29, 40], ['4,213,779.28', 44, 56], ['4,213,779.28', 60, 72]),
        text(11, ['三、国有资本经营预算', 0, 10], ['三、卫生健康支出', 29, 37], ['1,097,073.43', 44, 56], ['1,097,073.43', 60, 72]),
        text(12, ['四、住房保障支出', 29, 37], ['3,609,125.22', 44, 56], ['3,609,125.22', 60, 72]),
        text(17, ['收入总计', 3, 7], ['91,016,775.35', 13, 26], ['支出总计', 32, 36], ['91,016,775.35', 43, 56], ['91,016,775.35', 59, 72]),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && [placed.blocks.income?.rows[0], placed.blocks.expenditure?.rows[0]]).toEqual([
      { name: '一、一般公共预算资金', 金额: '91,016,775.35' },
      { name: '一、一般公共服务支出', 合计: '82,096,797.42', 一般公共预算: '82,096,797.42' },
    ]);
  });
  it('joins the cells of a row of words printed around its figures in text, first parts above, ends below (政府采购)', () => {
    // 江苏省高级人民法院 2018 政府采购预算表: 信息网络建设维护 / 676.00 / 费, and 其他计算机设备及软 /
    // 政府集中采购 676.00 / 件, each line one below the last.
    const placed = placeTable(PROCUREMENT_2018_TEXT, { textColumns: true });
    expect(placed.kind === 'grid' && placed.rows.slice(2)).toEqual([
      { 专项名称: '信息网络建设维护费', 经济科目: '信息网络及软件购置更新', 合计: '676.00' },
      { 采购物品名称: '其他计算机设备及软件', 采购组织形式: '政府集中采购', 合计: '676.00' },
      { 专项名称: '办公设备购置', 经济科目: '办公设备购置', 合计: '10.00' },
      { 采购物品名称: '其他办公设备', 采购组织形式: '分散自行组织', 合计: '10.00' },
    ]);
  });

  it('gives the tail of a row printed around its figures to no other row (the row after the next)', () => {
    // A cell over three lines (信息网络建设 / 维护运行保障 690.00 / 费), a row of its own below, then a
    // row printed around its figure: the first row's tail must not join the third row.
    const placed = placeTable(
      [
        ...PROCUREMENT_TEXT,
        text(4, ['合计', 0, 2], ['700.00', 54, 60]),
        text(5, ['一、货物 A', 0, 6], ['700.00', 54, 60]),
        text(6, ['信息网络建设', 9, 15], ['信息网络及', 21, 26]),
        text(7, ['维护运行保障', 9, 15], ['软件购置', 21, 25], ['690.00', 54, 60]),
        text(8, ['费', 9, 10], ['更新', 21, 23]),
        text(9, ['计算机', 31, 34], ['集中采购', 44, 48], ['690.00', 54, 60]),
        text(10, ['办公设备', 9, 13], ['办公设备', 21, 25]),
        text(11, ['10.00', 55, 60]),
        text(12, ['购置', 9, 11], ['购置', 21, 23]),
      ],
      { textColumns: true },
    );
    const rows = placed.kind === 'grid' ? placed.rows : [];
    // The three-line cell is not joined in text (a known limit: its lines stay rows of their own),
    // but nothing of it reaches another row.
    expect(rows.slice(2)).toEqual([
      { 专项名称: '信息网络建设', 经济科目: '信息网络及' },
      { 专项名称: '维护运行保障', 经济科目: '软件购置', 合计: '690.00' },
      { 专项名称: '费', 经济科目: '更新' },
      { 采购物品名称: '计算机', 采购组织形式: '集中采购', 合计: '690.00' },
      { 专项名称: '办公设备购置', 经济科目: '办公设备购置', 合计: '10.00' },
    ]);
  });
  it('gives the words under a row printed on one line to the row below, printed around its figures (台式计算机（20 万 / 以上）)', () => {
    // 江苏 2019 政府采购支出预算表: PC 服务器's row stands on one line, so the line under it is no tail
    // of it, but the first part of the next row's cell, whose end stands below that row's figures.
    const placed = placeTable(PROCUREMENT_2019_TEXT, { textColumns: true });
    expect(placed.kind === 'grid' && placed.rows.slice(2, 8)).toEqual([
      { 专项名称: '信息网络建设费', 经济科目: '信息网络及软件购置更新', 合计: '966.50' },
      { 采购物品名称: 'PC 服务器', 采购组织形式: '政府集中采购', 合计: '68.00' },
      { 采购物品名称: '台式计算机（20 万以上）', 采购组织形式: '政府集中采购', 合计: '99.00' },
      { 采购物品名称: '便携式计算机（20 万以上）', 采购组织形式: '政府集中采购', 合计: '112.50' },
      { 采购物品名称: '计算机软件', 采购组织形式: '政府集中采购', 合计: '177.00' },
      { 采购物品名称: '其他计算机设备及软件', 采购组织形式: '政府集中采购', 合计: '510.00' },
    ]);
  });

  it('gives a cell of words standing in the gap left of its column of words to that column (其他服务)', () => {
    // 江苏 2019 政府采购支出预算表, its second page as pdftotext lays it out: the last row's 其他服务
    // stands at column 27, past 经济科目's words (from 19) and short of 采购物品名称's (from 33).
    const placed = placeTable(
      [
        ...PROCUREMENT_2019_TEXT,
        ...PROCUREMENT_2019_PAGE_16,
        text(160028, ['其他服务', 27, 31], ['部门集中采购', 42, 48], ['360.00', 53, 59]),
      ],
      { textColumns: true },
    );
    expect(placed.kind === 'grid' && placed.rows.slice(-2)).toEqual([
      { 专项名称: '机关后勤保障经费', 经济科目: '劳务费', 合计: '360.00' },
      { 采购物品名称: '其他服务', 采购组织形式: '部门集中采购', 合计: '360.00' },
    ]);
  });

  it('moves no cell into a column its row already holds words in', () => {
    // As above, but the row prints its own 采购物品名称: the words in the gap are no stray of it.
    const placed = placeTable([...PROCUREMENT_2019_TEXT, ...PROCUREMENT_2019_PAGE_16, text(160028, ['其他服务', 27, 31], ['会议服务', 33, 37], ['部门集中采购', 42, 48], ['360.00', 53, 59])], { textColumns: true });
    expect(placed.kind === 'grid' && placed.rows.at(-1)).toMatchObject({ 采购物品名称: '会议服务', 采购组织形式: '部门集中采购', 合计: '360.00' });
  });
});

describe('placeTable: the tab-separated extraction', () => {
  const tab = (y: number, ...cells: (string | undefined)[]): Line => {
    const placed = cells.flatMap((t, i) => (t === undefined ? [] : [{ text: t, x0: i * 100, x1: i * 100 + 99 }]));
    return { page: 1, y, unit: 'tab', cells: placed, text: placed.map((c) => c.text).join(' ') };
  };

  it('spans a merged header cell from its column to the next cell of its line', () => {
    const placed = placeTable(
      [
        tab(1, '收入', undefined, '支出'),
        tab(2, '项目', '金额', '项目', '金额'),
        tab(3, undefined, undefined, undefined, '小计', '一般公共预算'),
        tab(4, '一、一般公共预算', '1179.18', '一、一般公共服务支出'),
        tab(5, '收入总计', '1179.18', '支出总计', '1179.18', '1179.18'),
      ],
      { blocks: true },
    );
    expect(placed.kind === 'blocks' && placed.blocks).toEqual({
      income: {
        heading: '收入',
        columns: [
          { key: 'name', header: ['收入', '项目'] },
          { key: '金额', header: ['收入', '金额'] },
        ],
        rows: [
          { name: '一、一般公共预算', 金额: '1179.18' },
          { name: '收入总计', 金额: '1179.18' },
        ],
        pages: [1, 1],
      },
      expenditure: {
        heading: '支出',
        columns: [
          { key: 'name', header: ['支出', '项目'] },
          { key: '合计', header: ['支出', '金额', '小计'] },
          { key: '一般公共预算', header: ['支出', '金额', '一般公共预算'] },
        ],
        rows: [{ name: '一、一般公共服务支出' }, { name: '支出总计', 合计: '1179.18', 一般公共预算: '1179.18' }],
        pages: [1, 1],
      },
    });
  });
});
