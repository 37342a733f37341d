/**
 * The arithmetic of one fund row — 四（十一）: the total is the sum of 省级 + 深圳市 + 河源市, the sources follow
 * 6 : 3 : 1 of the row's pool, and 河源市 is 市级 + 县级 at 2 : 8. `rowIssues` says which of these fail, on which
 * amount; the fund check turns them into findings and the diagnosis (diagnose.ts) uses it to test a fix.
 */
import type { AmountKey } from '../findings';
import { splitLocal, splitShares, type Shares } from '../money';
import type { Profile } from '../profile';
import { absDiff } from './amounts';

/** A row's readable amounts in 分, and the sum of its other money streams. */
export interface RowValues {
  readonly values: Partial<Record<AmountKey, bigint>>;
  readonly others: bigint;
  /** The sheet has a 河源市 column (else 河源市 is 市级 + 县级, when both are there). */
  readonly heyuanColumn: boolean;
}

export type RowIssueCode = 'FUND-SUM' | 'FUND-SHARE' | 'FUND-LOCAL-SPLIT' | 'FUND-ROUNDING';

/** One failed comparison: `key` is the amount it is about ('heyuan' without a column: the 市级 + 县级 pair). */
export interface RowIssue {
  readonly code: RowIssueCode;
  readonly key: AmountKey;
  readonly expected: bigint;
  readonly actual: bigint;
}

const SOURCES = ['province', 'shenzhen', 'heyuan'] as const;

/** 河源市's whole part: typed, or 市级 + 县级 when the sheet has no 河源市 column. */
export function heyuanOf(r: RowValues): bigint | undefined {
  const v = r.values;
  if (v.heyuan !== undefined) return v.heyuan;
  if (!r.heyuanColumn && v.heyuanCity !== undefined && v.county !== undefined) return v.heyuanCity + v.county;
  return undefined;
}

/** The row's pool (what is split 6 : 3 : 1): the total, less other streams when it evidently includes them; else the parts. */
export function rowPool(r: RowValues): bigint | undefined {
  const v = r.values;
  const hy = heyuanOf(r);
  const parts = v.province !== undefined && v.shenzhen !== undefined && hy !== undefined ? v.province + v.shenzhen + hy : undefined;
  if (v.total !== undefined) {
    if (parts !== undefined && r.others !== 0n && v.total !== parts && v.total - r.others === parts) return parts;
    return v.total;
  }
  return parts;
}

/** Every comparison of the row that fails: errors beyond `tol` 分, FUND-ROUNDING within it. */
export function rowIssues(r: RowValues, profile: Profile, tol: bigint): RowIssue[] {
  const out: RowIssue[] = [];
  const v = r.values;
  const hy = heyuanOf(r);
  if (v.total !== undefined && v.province !== undefined && v.shenzhen !== undefined && hy !== undefined) {
    const parts = v.province + v.shenzhen + hy;
    const withOthers = parts + r.others;
    if (absDiff(v.total, parts) > tol && absDiff(v.total, withOthers) > tol)
      out.push({ code: 'FUND-SUM', key: 'total', expected: r.others ? withOthers : parts, actual: v.total });
  }
  const { heyuanCity: city, county } = v;
  if (v.heyuan !== undefined && city !== undefined && county !== undefined && absDiff(v.heyuan, city + county) > tol)
    out.push({ code: 'FUND-SUM', key: 'heyuan', expected: city + county, actual: v.heyuan });

  const pool = rowPool(r);
  let exact: Shares | undefined;
  if (pool !== undefined && pool >= 0n) {
    exact = splitShares(pool, profile);
    for (const k of SOURCES) {
      const got = k === 'heyuan' ? hy : v[k];
      if (got === undefined || got === exact[k]) continue;
      const d = absDiff(got, exact[k]);
      out.push({ code: d > tol ? 'FUND-SHARE' : 'FUND-ROUNDING', key: k, expected: exact[k], actual: got });
    }
  }
  if (city !== undefined && county !== undefined) {
    const base = v.heyuan ?? city + county;
    if (base >= 0n) {
      // 河源市's part as the pool gives it is already split (splitShares splits it the same way).
      let xCity: bigint;
      let xCounty: bigint;
      if (exact && base === exact.heyuan) {
        xCity = exact.heyuanCity;
        xCounty = exact.county;
      } else [xCity, xCounty] = splitLocal(base, profile);
      if (city !== xCity) out.push(localIssue('heyuanCity', city, xCity, tol));
      if (county !== xCounty) out.push(localIssue('county', county, xCounty, tol));
    }
  }
  return out;
}

function localIssue(key: 'heyuanCity' | 'county', got: bigint, want: bigint, tol: bigint): RowIssue {
  return { code: absDiff(got, want) > tol ? 'FUND-LOCAL-SPLIT' : 'FUND-ROUNDING', key, expected: want, actual: got };
}

/** True when a comparison fails beyond the tolerance. */
export function isRowError(i: RowIssue): boolean {
  return i.code !== 'FUND-ROUNDING';
}
