/**
 * FUND-TOTAL-ROW — 四（十一）: a 合计 / 总计 row must equal the sum of the rows it covers; a 小计 row the rows of
 * its own group since the previous 小计. A total row written above its rows (right under the header, as many
 * county tables do) covers the rows below it up to the next total row of its level.
 */
import { makeFinding, type AmountKey, type Finding } from '../findings';
import type { Profile } from '../profile';
import { fenOf, type AmountCell } from '../recognise/amount';
import type { FundRow, FundTable, TotalRow } from '../recognise/tables';
import { absDiff, fmt, toleranceFen } from './amounts';

type Cover = { total: TotalRow; rows: FundRow[] };

/** Which data rows each total row covers. */
export function coverTotals(table: FundTable): Cover[] {
  const entries = table.entries;
  const covers: Cover[] = [];
  const allRows = entries.filter((e): e is FundRow => e.kind === 'row');
  const isGrand = (t: TotalRow) => t.label.includes('总计');
  for (let i = 0; i < entries.length; i++) {
    const t = entries[i];
    if (t.kind !== 'total') continue;
    if (isGrand(t)) {
      covers.push({ total: t, rows: allRows });
      continue;
    }
    const stop = (e: FundRow | TotalRow) => e.kind === 'total' && (t.level === 'subtotal' ? true : e.level === 'total');
    const before: FundRow[] = [];
    for (let j = i - 1; j >= 0 && !stop(entries[j]); j--) {
      const e = entries[j];
      if (e.kind === 'row') before.unshift(e);
    }
    if (before.length) {
      covers.push({ total: t, rows: before });
      continue;
    }
    const after: FundRow[] = [];
    for (let j = i + 1; j < entries.length && !stop(entries[j]); j++) {
      const e = entries[j];
      if (e.kind === 'row') after.push(e);
    }
    covers.push({ total: t, rows: after });
  }
  return covers;
}

export function checkTotalRows(table: FundTable, profile: Profile): Finding[] {
  const out: Finding[] = [];
  const tol = toleranceFen(profile);
  const compare = (t: TotalRow, cell: AmountCell | undefined, cells: (AmountCell | undefined)[], column: string) => {
    const got = fenOf(cell);
    if (!cell || got === undefined) return;
    let sum = 0n;
    for (const c of cells) {
      if (!c || c.read.kind === 'empty') continue;
      const v = fenOf(c);
      if (v === undefined) return; // an unreadable cell has its own finding; its total cannot be judged
      sum += v;
    }
    if (absDiff(sum, got) > tol) {
      out.push(
        makeFinding('FUND-TOTAL-ROW', cell.ref, { label: t.label, column }, { expected: fmt(sum, cell.unit), actual: fmt(got, cell.unit) }),
      );
    }
  };
  for (const { total, rows } of coverTotals(table)) {
    if (rows.length === 0) continue;
    for (const k of Object.keys(total.amounts) as AmountKey[]) {
      compare(
        total,
        total.amounts[k],
        rows.map((r) => r.amounts[k]),
        table.columns[k]?.label ?? k,
      );
    }
    total.others.forEach((o, i) =>
      compare(
        total,
        o,
        rows.map((r) => r.others[i]),
        table.others[i].label,
      ),
    );
  }
  return out;
}
