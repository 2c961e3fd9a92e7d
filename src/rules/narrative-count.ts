import type { Rule } from '../engine/types.js';
import { reportVerdicts } from './lib/claims.js';

export const narrativeCount: Rule = {
  id: 'narrative-count',
  group: 'narrative',
  severity: 'error',
  description: {
    zh: '情况说明中的数量（项目个数、绩效目标个数、车辆、设备）与表格和资产情况一致',
    en: 'Counts stated in the narrative (projects, target tables, vehicles, equipment) match the tables and assets',
  },
  check(ctx) {
    reportVerdicts(ctx, 'count', ['contradicted'], (v) => ({
      zh: `情况说明写 ${v.stated}，但${v.reason.zh}`,
      en: `The narrative states ${v.stated}, but ${v.reason.en}`,
    }));
  },
};
