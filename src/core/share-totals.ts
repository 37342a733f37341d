/**
 * Per-year totals of a file's shares (issue 12: 「各年度合计」 in the pane, the page and 测算结果), summed in 分 from
 * the JSON's decimal strings and given back in the same unit. Never across units: a file with a 万元 sheet and a 元
 * sheet gets a total per year for each unit.
 */
import type { AmountKey } from './findings';
import { decimalToFen, formatFen, type Unit } from './money';
import type { JsonShare, ShareLine } from './report';

export type ShareAmounts = Pick<JsonShare, 'total' | 'province' | 'shenzhen' | 'heyuan' | 'heyuanCity' | 'county'>;

export interface YearTotal extends ShareAmounts {
  year: number;
  unit: Unit;
}

const KEYS: readonly (AmountKey & keyof ShareAmounts)[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];

/** One line per unit and year, in year order (units in the order they first appear). */
export function yearTotals(shares: readonly JsonShare[]): YearTotal[] {
  const sums = new Map<string, { year: number; unit: Unit; fen: Record<string, bigint> }>();
  for (const s of shares) {
    const key = `${s.unit}|${s.year}`;
    if (!sums.has(key)) sums.set(key, { year: s.year, unit: s.unit, fen: Object.fromEntries(KEYS.map((k) => [k, 0n])) });
    const acc = sums.get(key)!;
    for (const k of KEYS) acc.fen[k] += decimalToFen(s[k], s.unit) ?? 0n;
  }
  const units = [...new Set(shares.map((s) => s.unit))];
  return [...sums.values()]
    .sort((a, b) => units.indexOf(a.unit) - units.indexOf(b.unit) || a.year - b.year)
    .map(({ year, unit, fen }) => ({ year, unit, ...(Object.fromEntries(KEYS.map((k) => [k, formatFen(fen[k], unit)])) as ShareAmounts) }));
}

/** The same per-year totals from the engine's share lines (the pane holds those), in 分. */
export function lineYearTotals(lines: readonly ShareLine[]): { year: number; unit: Unit; computed: Record<AmountKey, bigint> }[] {
  const sums = new Map<string, { year: number; unit: Unit; computed: Record<AmountKey, bigint> }>();
  for (const l of lines) {
    const key = `${l.unit}|${l.year}`;
    if (!sums.has(key))
      sums.set(key, {
        year: l.year,
        unit: l.unit,
        computed: { total: 0n, province: 0n, shenzhen: 0n, heyuan: 0n, heyuanCity: 0n, county: 0n },
      });
    const acc = sums.get(key)!.computed;
    for (const k of KEYS) acc[k] += l.computed[k];
  }
  const units = [...new Set(lines.map((l) => l.unit))];
  return [...sums.values()].sort((a, b) => units.indexOf(a.unit) - units.indexOf(b.unit) || a.year - b.year);
}
