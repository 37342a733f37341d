/**
 * Shares: for every plan town and year in the fund sheets, the exact split of its total (四（十一）), in plan
 * order then year. A town-year found on several sheets (资金筹集 and 资金分配) is listed once, from the first.
 */
import type { AmountKey } from './findings';
import { toA1 } from './a1';
import { splitShares } from './money';
import type { Profile } from './profile';
import { fenOfRead } from './recognise/amount';
import type { FundRow, FundTable } from './recognise/tables';
import { AMOUNT_KEYS } from './recognise/vocabulary';
import type { FundLine } from './checks/fund';
import { townYearMap } from './checks/town-years';
import type { ShareLine } from './report';

export function computeShares(tables: readonly { table: FundTable; lines: readonly FundLine[] }[], profile: Profile): ShareLine[] {
  const seen = townYearMap<true>(profile.towns.length, profile.years.first, profile.years.last);
  const out: ShareLine[] = [];
  // Rows usually repeat the row before's amounts: such lines share one `submitted` (never changed by its users).
  let last: Partial<Record<AmountKey, bigint>> | undefined;
  const orders: number[] = [];
  for (const { table, lines } of tables) {
    const totalCol = table.columns.total?.col;
    for (const l of lines) {
      if (l.duplicate || l.pool === undefined || l.pool < 0n) continue;
      const order = l.townIndex * 10000 + l.year;
      if (seen.get(l.townIndex, l.year)) continue;
      seen.set(l.townIndex, l.year, true);
      const submitted = last && sameAmounts(last, l.row) ? last : amountsOf(l.row);
      last = submitted;
      orders.push(order);
      out.push({
        town: l.town,
        year: l.year,
        unit: table.unit,
        sheet: table.sheet,
        row: l.row.row,
        cell: toA1(l.row.row, totalCol ?? 1),
        computed: l.shares ?? splitShares(l.pool, profile),
        submitted,
      });
    }
  }
  // Rows usually come in plan order already (town by town, or year by year for one town): sorted only when not.
  let sorted = true;
  for (let i = 1; i < orders.length && sorted; i++) if (orders[i - 1] > orders[i]) sorted = false;
  if (sorted) return out;
  const at = orders.map((_, i) => i).sort((a, b) => orders[a] - orders[b] || a - b);
  return at.map((i) => out[i]);
}

/** The row's readable amounts in 分, by source. */
function amountsOf(row: FundRow): Partial<Record<AmountKey, bigint>> {
  const out: Partial<Record<AmountKey, bigint>> = {};
  for (const k of AMOUNT_KEYS) {
    const v = fenOfRead(row.readAt(k));
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Whether `amountsOf(row)` would hold exactly `amounts`. */
function sameAmounts(amounts: Partial<Record<AmountKey, bigint>>, row: FundRow): boolean {
  for (const k of AMOUNT_KEYS) if (fenOfRead(row.readAt(k)) !== amounts[k]) return false;
  return true;
}
