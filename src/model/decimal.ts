import { Decimal } from 'decimal.js';

/**
 * The one Decimal constructor of the project: enough precision that no sum of printed figures is
 * ever rounded, and half-up rounding as the documents round.
 */
export const Dec = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;
