/**
 * FUND-TOTAL-ROW — 四（十一）: a total row must equal the sum of exactly the rows it covers (RULES.md "Additions":
 * any label ending in 合计, 总计 or 小计). A total covers the data rows since the previous total of the same or a
 * higher level — a group's 小计 its group, a 2021年小计 its year (past the group subtotals), a 合计 its block — and
 * a grand total (总计, 全县合计) every row; subtotals are never added in, so nothing is counted twice. A total
 * with a year covers only that year's rows. A total written above its rows (right under the header, as many
 * county tables do) covers the rows below it up to the next total of its level.
 */
import { makeFinding, type AmountKey, type Finding } from '../findings';
import type { Profile } from '../profile';
import { fenOf, type AmountCell } from '../recognise/amount';
import type { FundRow, FundTable, TotalRow } from '../recognise/tables';
import { yearInText } from '../recognise/vocabulary';
import { absDiff, fmt, toleranceFen } from './amounts';

type Cover = { total: TotalRow; rows: FundRow[] };

/** 1 a group's 小计, 2 a year's 小计 / 合计, 3 a 合计, 4 a grand total. */
function rank(t: TotalRow): number {
  if (t.grand || t.label.includes('总计')) return 4;
  if (yearInText(t.label) !== undefined) return 2;
  return t.level === 'subtotal' ? 1 : 3;
}

/** Which data rows each total row covers. */
export function coverTotals(table: FundTable): Cover[] {
  const entries = table.entries;
  const covers: Cover[] = [];
  const sameYear = (t: TotalRow) => (e: FundRow) => t.year === null || e.yearValue === null || e.yearValue === t.year;
  const allRows = entries.filter((e): e is FundRow => e.kind === 'row');
  for (let i = 0; i < entries.length; i++) {
    const t = entries[i];
    if (t.kind !== 'total') continue;
    const level = rank(t);
    if (level === 4) {
      covers.push({ total: t, rows: allRows.filter(sameYear(t)) });
      continue;
    }
    const stop = (e: FundRow | TotalRow) => e.kind === 'total' && rank(e) >= level;
    const before: FundRow[] = [];
    for (let j = i - 1; j >= 0 && !stop(entries[j]); j--) {
      const e = entries[j];
      if (e.kind === 'row') before.unshift(e);
    }
    if (before.length) {
      covers.push({ total: t, rows: before.filter(sameYear(t)) });
      continue;
    }
    const after: FundRow[] = [];
    for (let j = i + 1; j < entries.length && !stop(entries[j]); j++) {
      const e = entries[j];
      if (e.kind === 'row') after.push(e);
    }
    covers.push({ total: t, rows: after.filter(sameYear(t)) });
  }
  return covers;
}

/**
 * FUND-TOTAL-ROW for each total row. `fixes` are the town rows' amounts once their diagnosed cell is fixed
 * (diagnose.ts): a total that is right for the fixed rows is not a second mistake. A total row's own =SUM total
 * (合计 over 省级 + 深圳市 + 河源市, 河源市 over 市级 + 县级) that moved with a wrong part is not one either.
 */
export function checkTotalRows(
  table: FundTable,
  profile: Profile,
  fixes: ReadonlyMap<number, Partial<Record<AmountKey, bigint>>> = new Map(),
): Finding[] {
  const out: Finding[] = [];
  const tol = toleranceFen(profile, table.unit);
  type Miss = { key?: AmountKey; cell: AmountCell; got: bigint; want: bigint; column: string };
  const miss = (
    cell: AmountCell | undefined,
    cells: (AmountCell | undefined)[],
    fixed: (bigint | undefined)[],
    column: string,
    key?: AmountKey,
  ): Miss | undefined => {
    const got = fenOf(cell);
    if (!cell || got === undefined) return undefined;
    let sum = 0n;
    let want = 0n;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (!c || c.read.kind === 'empty') continue;
      const v = fenOf(c);
      if (v === undefined) return undefined; // an unreadable cell has its own finding; its total cannot be judged
      sum += v;
      want += fixed[i] ?? v;
    }
    if (absDiff(sum, got) <= tol || absDiff(want, got) <= tol) return undefined;
    return { ...(key ? { key } : {}), cell, got, want, column };
  };
  for (const { total, rows } of coverTotals(table)) {
    if (rows.length === 0) continue;
    const misses: Miss[] = [];
    for (const k of Object.keys(total.amounts) as AmountKey[]) {
      const m = miss(
        total.amounts[k],
        rows.map((r) => r.amountAt(k)),
        rows.map((r) => fixes.get(r.row)?.[k]),
        table.columns[k]?.label ?? k,
        k,
      );
      if (m) misses.push(m);
    }
    total.others.forEach((o, i) => {
      const m = miss(
        o,
        rows.map((r) => r.otherAt(i)),
        [],
        table.others[i].label,
      );
      if (m) misses.push(m);
    });
    const own = (k: AmountKey) => fenOf(total.amounts[k]);
    const followed = (k: AmountKey, parts: AmountKey[]) => {
      const vs = parts.map(own);
      const v = own(k);
      if (v === undefined || vs.some((x) => x === undefined)) return false;
      const sum = vs.reduce<bigint>((a, x) => a + x!, 0n);
      return absDiff(v, sum) <= tol && misses.some((m) => m.key !== undefined && parts.includes(m.key));
    };
    const hyParts: AmountKey[] = ['heyuanCity', 'county'];
    const heyuanFollows = followed('heyuan', hyParts);
    const topParts: AmountKey[] = [
      'province',
      'shenzhen',
      total.amounts.heyuan ? 'heyuan' : 'heyuanCity',
      ...(total.amounts.heyuan ? [] : (['county'] as AmountKey[])),
    ];
    const totalFollows = followed('total', topParts);
    for (const m of misses) {
      if ((m.key === 'heyuan' && heyuanFollows) || (m.key === 'total' && totalFollows)) continue;
      out.push(
        makeFinding(
          'FUND-TOTAL-ROW',
          m.cell.ref,
          { label: total.label, column: m.column },
          { expected: fmt(m.want, m.cell.unit), actual: fmt(m.got, m.cell.unit) },
        ),
      );
    }
  }
  return out;
}
