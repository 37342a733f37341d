/**
 * Shares: for every plan town and year in the fund sheets, the exact split of its total (四（十一）), in plan
 * order then year. A town-year found on several sheets (资金筹集 and 资金分配) is listed once, from the first.
 */
import type { AmountKey } from './findings';
import { splitShares } from './money';
import type { Profile } from './profile';
import { fenOf } from './recognise/amount';
import type { FundTable } from './recognise/tables';
import type { FundLine } from './checks/fund';
import type { ShareLine } from './report';

export function computeShares(tables: readonly { table: FundTable; lines: readonly FundLine[] }[], profile: Profile): ShareLine[] {
  const seen = new Set<string>();
  const out: (ShareLine & { townIndex: number })[] = [];
  for (const { table, lines } of tables) {
    for (const l of lines) {
      if (l.duplicate || l.pool === undefined || l.pool < 0n) continue;
      const key = `${l.town}\u0000${l.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const submitted: Partial<Record<AmountKey, bigint>> = {};
      for (const k of Object.keys(l.row.amounts) as AmountKey[]) {
        const v = fenOf(l.row.amounts[k]);
        if (v !== undefined) submitted[k] = v;
      }
      out.push({
        town: l.town,
        townIndex: l.townIndex,
        year: l.year,
        unit: table.unit,
        sheet: table.sheet,
        row: l.row.row,
        computed: splitShares(l.pool, profile),
        submitted,
      });
    }
  }
  out.sort((a, b) => a.townIndex - b.townIndex || a.year - b.year);
  return out.map(({ townIndex: _i, ...s }) => s);
}
