/**
 * The pool by source — 四（十一）: a 资金筹集情况表 with sources as rows and years as columns. Each source's yearly
 * amount is towns × standard × its ratio (省级 60 %, 深圳市 30 %, 河源市 10 % = 河源市级 2 % + 紫金县级 8 %), the 合计
 * row is the sum of the sources, and a 合计 column the sum of the years. FUND-SOURCE-TOTAL on the cell that is off.
 */
import { makeFinding, type AmountKey, type Finding } from '../findings';
import { numberToFen, splitShares } from '../money';
import { fenOf, type AmountCell } from '../recognise/amount';
import type { SourceTable } from '../recognise/tables';
import { absDiff, fmt, readingFindings, toleranceFen } from './amounts';
import type { Check } from './registry';
import { pushAll } from '../push-all';

export const sourcesCheck: Check = {
  id: 'sources',
  codes: ['FUND-SOURCE-TOTAL', 'FUND-NOT-NUMBER', 'FUND-TEXT-NUMBER', 'FUND-NEGATIVE', 'WB-CELL-ERROR'],
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.rec.sources) pushAll(out, checkSources(t, ctx.profile));
    return out;
  },
};

function checkSources(t: SourceTable, profile: import('../profile').Profile): Finding[] {
  const out: Finding[] = [];
  const tol = toleranceFen(profile, t.unit);
  const perTown = numberToFen(profile.standard, '万元') ?? 0n;
  const pool = splitShares(perTown * BigInt(profile.towns.length), profile);
  const compare = (cell: AmountCell | undefined, want: bigint, source: AmountKey, what: 'source' | 'total', year?: number) => {
    const got = fenOf(cell);
    if (!cell || got === undefined || absDiff(got, want) <= tol) return;
    out.push(
      makeFinding(
        'FUND-SOURCE-TOTAL',
        cell.ref,
        { source, what, ...(year ? { year } : {}) },
        { expected: fmt(want, t.unit), actual: fmt(got, t.unit) },
      ),
    );
  };
  const sources = t.rows.filter((r) => r.key !== 'total');
  // 河源市 given whole and split: the whole is counted once in the 合计 row.
  const counted = sources.filter(
    (r) => !(r.key === 'heyuan' && sources.some((s) => s.key === 'heyuanCity') && sources.some((s) => s.key === 'county')),
  );
  for (const r of t.rows) {
    for (const [, cell] of r.years) out.push(...readingFindings(cell, r.label.value));
    if (r.total) out.push(...readingFindings(r.total, r.label.value));
  }
  for (const [year] of t.yearCols) {
    if (year < profile.years.first || year > profile.years.last) continue;
    for (const r of sources) compare(r.years.get(year), pool[r.key as keyof typeof pool] as bigint, r.key, 'source', year);
    const total = t.rows.find((r) => r.key === 'total');
    if (total) {
      let sum = 0n;
      let readable = true;
      for (const r of counted) {
        const v = fenOf(r.years.get(year));
        if (v === undefined) readable = false;
        else sum += v;
      }
      // A 合计 that is the pool (towns × standard) is right: the source that is off is the finding, not its total.
      if (readable && fenOf(total.years.get(year)) !== pool.total) compare(total.years.get(year), sum, 'total', 'total', year);
    }
  }
  // A 合计 column: each row's years added up.
  for (const r of t.rows) {
    if (!r.total) continue;
    let sum = 0n;
    let readable = true;
    for (const [, cell] of r.years) {
      const v = fenOf(cell);
      if (v === undefined) readable = false;
      else sum += v;
    }
    // Right when it is the years added up, or the standard for those years (then a year's cell is the one off).
    const planned = r.key === 'total' ? pool.total : (pool[r.key as keyof typeof pool] as bigint);
    const standardTotal =
      planned * BigInt([...t.yearCols.keys()].filter((y) => y >= profile.years.first && y <= profile.years.last).length);
    if (readable && fenOf(r.total) !== standardTotal) compare(r.total, sum, r.key, 'total');
  }
  return out;
}
