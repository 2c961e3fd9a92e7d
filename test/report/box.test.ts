import { describe, expect, it } from 'vitest';
import { boxTable } from '../../src/report/box.js';

describe('boxTable', () => {
  it('sizes columns by display width: a CJK character takes two columns', () => {
    expect(boxTable({ head: ['表', 'Amount'] }, [['合计', '1.00'], ['x', '12,345.67']])).toBe(
      ['┌──────┬───────────┐', '│ 表   │ Amount    │', '├──────┼───────────┤', '│ 合计 │ 1.00      │', '├──────┼───────────┤', '│ x    │ 12,345.67 │', '└──────┴───────────┘'].join('\n'),
    );
  });

  it('rules off only the head when compact, and gives a cell of several lines its height', () => {
    expect(boxTable({ head: ['a', 'b'], compact: true }, [['1\n2', 'x'], ['3', 'y']])).toBe(
      ['┌───┬───┐', '│ a │ b │', '├───┼───┤', '│ 1 │ x │', '│ 2 │   │', '│ 3 │ y │', '└───┴───┘'].join('\n'),
    );
  });

  it('cuts a line too wide for a fixed column with "…", never splitting a CJK character', () => {
    expect(boxTable({ head: ['h'], colWidths: [7] }, [['一般公共服务']])).toBe(['┌───────┐', '│ h     │', '├───────┤', '│ 一般… │', '└───────┘'].join('\n'));
  });

  it('measures and cuts text without counting its colour codes', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    expect(boxTable({ head: ['h'], colWidths: [6] }, [[red('ab')], [red('abcdef')]]).split('\n').slice(3, 6)).toEqual([
      `│ ${red('ab')}   │`,
      '├──────┤',
      `│ ${red('abc…')} │`,
    ]);
  });
});
