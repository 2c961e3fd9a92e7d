/** The loader's words, Chinese and English side by side. Messages carry no place: reporters add it. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** Quotes a value from the document: one line, control characters shown, long values cut. */
export const quote = (s: string): string => `"${visible(s)}"`;

/** A document's text made safe to print: one line, control characters shown, at most `max` characters. */
export function visible(s: string, max = 40): string {
  const shown = (c: string): string => {
    const code = c.codePointAt(0) ?? 0;
    if (c === '\n') return '↵';
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  };
  const flat = [...s].map(shown);
  return flat.length > max ? `${flat.slice(0, max - 1).join('')}…` : flat.join('');
}
const q = quote;
const mean = (s: string | undefined): Text =>
  s === undefined ? { zh: '', en: '' } : { zh: `，是否想写 ${q(s)}？`, en: `; did you mean ${q(s)}?` };
const join = (a: Text, b: Text): Text => ({ zh: a.zh + b.zh, en: a.en + b.en });

const YAML_CODES: Record<string, Text> = {
  DUPLICATE_KEY: { zh: '重复的键', en: 'Duplicate key' },
  BAD_INDENT: { zh: '缩进错误', en: 'Bad indentation' },
  MISSING_CHAR: { zh: '缺少字符', en: 'Missing character' },
  MULTIPLE_DOCS: { zh: '一个文件只能有一个 YAML 文档', en: 'Only one YAML document per file' },
  TAB_AS_INDENT: { zh: '不能用制表符缩进', en: 'Tabs cannot be used for indentation' },
  BLOCK_AS_IMPLICIT_KEY: { zh: '缺少冒号或缩进错误', en: 'Missing colon or bad indentation' },
  UNEXPECTED_TOKEN: { zh: '意外的字符', en: 'Unexpected token' },
  ALIAS_LIMIT: { zh: '别名展开过多', en: 'Too many alias expansions' },
  DEPTH_LIMIT: { zh: '嵌套过深', en: 'Nested too deeply' },
  BAD_SCALAR_START: { zh: '值不能以此字符开头（请加引号）', en: 'A plain value cannot start with this character (quote it)' },
};

export const messages = {
  unreadable: (reason: string): Text => ({ zh: `无法读取文件：${reason}`, en: `Cannot read the file: ${reason}` }),
  notUtf8: (): Text => ({
    zh: '文件编码无法识别：请另存为 UTF-8（也可读取 GB18030/GBK 与带 BOM 的 UTF-16）',
    en: 'Unknown encoding: save the file as UTF-8 (GB18030/GBK and UTF-16 with a BOM are read too)',
  }),
  tooLarge: (size: number, max: number): Text => ({
    zh: `文件过大（${size} 字节，上限 ${max}）：可用 --max-file-size 放宽`,
    en: `File too large (${size} bytes, limit ${max}): raise it with --max-file-size`,
  }),
  pdfEncrypted: (): Text => ({ zh: 'PDF 已加密：请另存一份未加密的副本', en: 'The PDF is encrypted: save an unprotected copy' }),
  pdfCorrupt: (reason: string): Text => ({ zh: `PDF 无法读取（${reason}）`, en: `The PDF cannot be read (${reason})` }),
  pdfNoText: (): Text => ({
    zh: 'PDF 没有文字层（扫描件？）：需先做文字识别（OCR）',
    en: 'The PDF has no text layer (scanned pages?): it needs OCR first',
  }),
  pdfTooManyPages: (pages: number, max: number): Text => ({
    zh: `PDF 有 ${pages} 页，超过上限 ${max} 页：可用 --max-pages 放宽`,
    en: `The PDF has ${pages} pages, more than ${max}: raise the limit with --max-pages`,
  }),
  noTables: (): Text => ({
    zh: '没有找到任何预算表（按表名识别）：这是预算公开文件吗？',
    en: 'No budget table was found (tables are recognised by their titles): is this a budget disclosure?',
  }),
  unplaced: (count: number): Text => ({
    zh: `有 ${count} 处印刷内容未能安放，已逐字列在 unplaced: 下，请人工归位`,
    en:
      count === 1
        ? '1 printed piece could not be placed; it is listed verbatim under unplaced: for a person to place'
        : `${count} printed pieces could not be placed; they are listed verbatim under unplaced: for a person to place`,
  }),
  decodedFrom: (encoding: string): Text => ({ zh: `文件按 ${encoding} 编码读取`, en: `read as ${encoding}` }),
  noMatch: (input: string): Text => ({ zh: `“${input}”没有匹配到任何 .yaml 文件`, en: `"${input}" matches no .yaml file` }),
  syntax: (code: string, detail: string): Text => {
    const t = YAML_CODES[code] ?? { zh: 'YAML 语法错误', en: 'YAML syntax error' };
    return { zh: `${t.zh}（${code}：${detail}）`, en: `${t.en} (${code}: ${detail})` };
  },
  emptyDocument: (): Text => ({ zh: '文件为空', en: 'The file is empty' }),
  notAMapping: (): Text => ({
    zh: '文件应为一个 YAML 映射（format: budget-disclosure/1 …）',
    en: 'Expected a YAML mapping (format: budget-disclosure/1 …)',
  }),
  unknownKey: (key: string, suggestion?: string): Text =>
    join({ zh: `未知的键 ${q(key)}`, en: `Unknown key ${q(key)}` }, mean(suggestion)),
  missingKey: (key: string): Text => ({ zh: `缺少必需的键 ${q(key)}`, en: `Missing required key ${q(key)}` }),
  wrongType: (expected: string, got: string): Text => ({
    zh: `应为${TYPE_ZH[expected] ?? expected}，实际为${TYPE_ZH[got] ?? got}`,
    en: `Expected ${expected}, got ${got}`,
  }),
  notOneOf: (options: readonly string[], got: string, suggestion?: string): Text =>
    join(
      { zh: `应为 ${options.map(q).join('、')} 之一，实际为 ${q(got)}`, en: `Expected one of ${options.map(q).join(', ')}, got ${q(got)}` },
      mean(suggestion),
    ),
  amount: (reason: string, text: string): Text =>
    reason === 'separator'
      ? {
          zh: `金额 ${q(text)} 的分隔符有误：千位用逗号、每组三位，小数用句点（如 "1,179.18"）`,
          en: `Invalid amount ${q(text)}: use commas between groups of three digits and a point for decimals ("1,179.18")`,
        }
      : reason === 'empty'
        ? { zh: '金额为空：空白单元格请省略该键', en: 'Empty amount: leave a blank cell out' }
        : { zh: `无效的金额 ${q(text)}：应为数字，如 1179.18 或 "1,179.18"`, en: `Invalid amount ${q(text)}: expected a number such as 1179.18 or "1,179.18"` },
  count: (text: string): Text => ({ zh: `无效的数量 ${q(text)}：应为非负整数`, en: `Invalid count ${q(text)}: expected a whole number` }),
  year: (text: string): Text => ({ zh: `无效的年度 ${q(text)}：应为四位数字`, en: `Invalid year ${q(text)}: expected four digits` }),
  unknownColumn: (key: string, suggestion?: string): Text =>
    join(
      {
        zh: `未知的金额列键 ${q(key)}（文字列请加 kind: text）`,
        en: `Unknown amount column key ${q(key)} (mark a column of words kind: text)`,
      },
      mean(suggestion),
    ),
  duplicateColumn: (key: string): Text => ({ zh: `重复的列键 ${q(key)}`, en: `Duplicate column key ${q(key)}` }),
  undeclaredCell: (key: string, suggestion?: string): Text =>
    join({ zh: `单元格 ${q(key)} 不是本表的列`, en: `Cell ${q(key)} is not a column of this table` }, mean(suggestion)),
  cellNotText: (key: string): Text => ({ zh: `文字列 ${q(key)} 的单元格应为文字`, en: `Cell of text column ${q(key)} must be text` }),
  tableShape: (): Text => ({
    zh: '表格需要 columns 和 rows，或并排的 income / expenditure 栏目（二者只能取其一）',
    en: 'A table needs columns and rows, or side-by-side income / expenditure blocks (one or the other)',
  }),
  rowsWithoutColumns: (): Text => ({ zh: '有 rows 却没有 columns', en: 'rows without columns' }),
  invalid: (detail: string): Text => ({ zh: `无效的值：${detail}`, en: `Invalid value: ${detail}` }),
} as const;

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '布尔值',
  object: '映射（键: 值）',
  array: '列表',
  null: '空值',
  undefined: '空',
};
