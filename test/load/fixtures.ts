/** A minimal valid disclosure for loader tests, edited line by line by each test. */
export const MINIMAL = `format: budget-disclosure/1
document:
  title: 测试单位2026年度单位预算公开
  unit: 测试单位
  year: 2026
  kind: 单位预算
  amount_unit: 万元
tables:
  expenditure:
    title: 2026年预算支出总表
    unit: 万元
    columns:
      - {key: code, header: [项目, 科目编码]}
      - {key: name, header: [项目, 科目名称]}
      - {key: 合计}
      - {key: 基本支出}
      - {key: 项目支出}
    rows:
      - {name: 合计, 合计: 1179.18, 基本支出: 985.90, 项目支出: "193.28"}
      - {code: "208", name: 社会保障和就业支出, 合计: "1,028.04", 基本支出: 834.76, 项目支出: 193.28}
`;

/** MINIMAL with one line replaced (1-based line number). */
export function withLine(line: number, text: string): string {
  const lines = MINIMAL.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}
