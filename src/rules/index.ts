/** Every rule, listed explicitly: the order is the order of the report's rule list. */
import type { Rule } from '../engine/types.js';
import { classNames } from './class-names.js';
import { kindWords } from './kind-words.js';
import { narrativeAmount } from './narrative-amount.js';
import { narrativeChange } from './narrative-change.js';
import { narrativeCount } from './narrative-count.js';
import { narrativeRepeat } from './narrative-repeat.js';
import { narrativeShare } from './narrative-share.js';
import { narrativeSum } from './narrative-sum.js';
import { narrativeUnverified } from './narrative-unverified.js';
import { punctuation } from './punctuation.js';
import { templateResidue } from './template-residue.js';
import { unplacedText } from './unplaced-text.js';
import { yearMismatch } from './year-mismatch.js';
import { appropriationAgrees } from './appropriation-agrees.js';
import { assetCounts } from './asset-counts.js';
import { basicAgreesEconomic } from './basic-agrees-economic.js';
import { classesAgree } from './classes-agree.js';
import { codeHierarchy } from './code-hierarchy.js';
import { economicGroups } from './economic-groups.js';
import { economicMatchesFunction } from './economic-matches-function.js';
import { emptyTableNote } from './empty-table-note.js';
import { fundTablesAgree } from './fund-tables-agree.js';
import { listTotal } from './list-total.js';
import { operatingCostsAgree } from './operating-costs-agree.js';
import { projectsAgree } from './projects-agree.js';
import { requiredTables } from './required-tables.js';
import { rowTotal } from './row-total.js';
import { summaryBalance } from './summary-balance.js';
import { summaryTotals } from './summary-totals.js';
import { targetCostCap } from './target-cost-cap.js';
import { targetFundsAgree } from './target-funds-agree.js';
import { targetFundsSum } from './target-funds-sum.js';
import { targetsMatchProjects } from './targets-match-projects.js';
import { threePublicCoversEconomic } from './three-public-covers-economic.js';
import { threePublicSums } from './three-public-sums.js';
import { totalRowRule } from './total-row.js';
import { totalsAgree } from './totals-agree.js';

export const RULES: readonly Rule[] = [
  // Completeness
  requiredTables,
  unplacedText,
  emptyTableNote,
  // A. Inside a table
  rowTotal,
  codeHierarchy,
  totalRowRule,
  economicGroups,
  summaryTotals,
  summaryBalance,
  threePublicSums,
  listTotal,
  // B. Across tables
  totalsAgree,
  classesAgree,
  appropriationAgrees,
  basicAgreesEconomic,
  projectsAgree,
  operatingCostsAgree,
  threePublicCoversEconomic,
  economicMatchesFunction,
  fundTablesAgree,
  // D. Performance targets
  targetsMatchProjects,
  targetFundsSum,
  targetFundsAgree,
  targetCostCap,
  // E. Plausibility
  assetCounts,
  // C. The narrative against the tables
  narrativeAmount,
  narrativeShare,
  narrativeChange,
  narrativeSum,
  narrativeCount,
  narrativeRepeat,
  narrativeUnverified,
  // Text hygiene
  templateResidue,
  yearMismatch,
  punctuation,
  kindWords,
  classNames,
];
