import type { Rule } from '../engine/types.js';
import { visible } from '../load/messages.js';

/**
 * Printed text `budget import` could not place is listed under `unplaced:`: until a person has
 * placed or dismissed each piece, the file may lack a row, a figure or a sentence of the document,
 * and nothing else would say so. One finding per piece, at the piece.
 */
export const unplacedText: Rule = {
  id: 'unplaced-text',
  group: 'completeness',
  severity: 'info',
  description: {
    zh: '导入时未能安放的印刷内容（unplaced:）均已人工归位',
    en: 'Printed text the importer could not place (unplaced:) has been placed by a person',
  },
  check(ctx) {
    const unplaced = ctx.disclosure.unplaced ?? [];
    unplaced.forEach((piece, i) => {
      const shown = visible(piece.text);
      ctx.report({
        at: { path: ['unplaced', i, 'text'], place: ['unplaced', `第${piece.page}页`] },
        related: [],
        message: {
          zh: `第 ${piece.page} 页的“${shown}”导入时未能安放：请将它移到所属位置，或确认不属于本文件后删除`,
          en: `"${shown}" on page ${piece.page} was not placed by the import: move it to its place, or delete it once you have seen it does not belong`,
        },
      });
    });
  },
};
