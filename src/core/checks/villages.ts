/**
 * 村集体经济 — 三（八）: by `village.fromYear` every village's collective income is above `village.incomeThreshold`
 * 万元 a year. From that year on each village not above it is a warning; before it, one info line per town and
 * year says how many villages are still not above it. Amounts are compared exactly in 分.
 */
import { makeFinding, type Finding } from '../findings';
import { formatFen, numberToFen, type Unit } from '../money';
import type { Profile } from '../profile';
import { fenOf, readAmount } from '../recognise/amount';
import { textOf, type RecordTable } from '../recognise/records';
import { readYear } from '../recognise/fund';
import { unitInLabel } from '../recognise/text';
import type { CellRef } from '../types';
import { resolveTown } from './towns';
import type { Check } from './registry';

interface Below {
  first: CellRef;
  town: string;
  village: string;
  year: number;
  count: number;
}

/** Checks the 村集体经济 tables (kind 'village'); rows without a readable year or income are left alone. */
export function checkVillages(villages: readonly RecordTable[], profile: Profile): Finding[] {
  const out: Finding[] = [];
  const { incomeThreshold, fromYear } = profile.village;
  const threshold = numberToFen(incomeThreshold, '万元');
  if (threshold === null) return out;
  const earlier = new Map<string, Below>();

  for (const table of villages) {
    const col = table.columns.income;
    if (!col) continue;
    // The header says the unit (集体经济收入（元）); 万元 otherwise, as the plan counts it.
    const unit: Unit = col.unit ?? unitInLabel(col.label) ?? '万元';
    const expected = `> ${formatFen(threshold, unit)} ${unit}`;
    for (const row of table.rows) {
      const income = row.cells.income;
      const year = readYear(row.cells.year?.raw ?? null);
      if (!income || year === null) continue;
      const fen = fenOf({ ref: income.ref, raw: income.raw, unit, read: readAmount(income.raw, unit) });
      if (fen === undefined || fen > threshold) continue;
      const m = resolveTown(textOf(row.cells.town), profile);
      if (m.kind === 'unknown' && m.outside) continue; // not in the plan's area
      const town = m.kind === 'plan' ? m.town.name : m.name;
      const village = textOf(row.cells.village);
      if (year >= fromYear) {
        out.push(
          makeFinding('VILLAGE-INCOME', income.ref, { town, village, year }, { expected, actual: `${formatFen(fen, unit)} ${unit}` }),
        );
        continue;
      }
      const key = `${town}|${year}`;
      const b = earlier.get(key);
      if (b) b.count++;
      else earlier.set(key, { first: income.ref, town, village, year, count: 1 });
    }
    for (const b of earlier.values()) {
      out.push(
        makeFinding(
          'VILLAGE-INCOME',
          b.first,
          { town: b.town, village: b.village, year: b.year, below: b.count, fromYear },
          { expected, severity: 'info' },
        ),
      );
    }
    earlier.clear();
  }
  return out;
}

/** The registry entry: 村集体经济 tables. */
export const villagesCheck: Check = {
  id: 'villages',
  codes: ['VILLAGE-INCOME'],
  run: (ctx) => checkVillages(ctx.records('village'), ctx.profile),
};
