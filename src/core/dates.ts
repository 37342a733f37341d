/**
 * Dates as people type them (issue 6): Excel serial numbers, ISO text, 2023年3月5日, 2023.3.5, 2023/3/5.
 * Dates are plain {y, m, d} values; no time zones are involved.
 */
import type { CellValue } from './types';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const valid = (y: number, m: number, d: number): Ymd | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? { y, m, d } : null;
};

export function parseDate(v: CellValue | undefined): Ymd | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 120000) {
    // Excel's 1900 system (serial 60 is the phantom 1900-02-29).
    const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function parseIsoDate(s: string): Ymd | null {
  return parseDate(s);
}

export const ymdNumber = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;

/** Whole years from `a` to `b` (b ≥ a), as an anniversary count. */
export function yearsBetween(a: Ymd, b: Ymd): number {
  let n = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) n--;
  return n;
}

export function todayYmd(now: Date = new Date()): Ymd {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
