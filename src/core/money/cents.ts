/**
 * Amounts as a person reads them: two decimals in the sheet's unit (0.01 万元, 0.01 元), rounded as Excel's ROUND
 * (half away from zero). For what people read only; checks and `expected` values that are meant to be typed stay exact.
 */
import { fenPerUnit, formatFen, type Unit } from './decimal';

/** `formatCents(12_345_678n, '万元')` → '12.35'. */
export function formatCents(fen: bigint, unit: Unit): string {
  const step = fenPerUnit(unit) / 100n;
  if (step <= 1n) return formatFen(fen, unit);
  const neg = fen < 0n;
  const mag = neg ? -fen : fen;
  const q = (mag + step / 2n) / step;
  return formatFen((neg ? -q : q) * step, unit);
}
