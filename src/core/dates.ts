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

/** The day an Excel serial number stands for (1900 system; serial 60 is the phantom 1900-02-29). */
export function serialToYmd(serial: number): Ymd {
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** A date cell (an Excel serial) or text as people type it; null when it is no date. */
export function parseDate(v: CellValue | undefined): Ymd | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 && v < 120000 ? serialToYmd(v) : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** yyyymmdd as a number, for comparing dates. */
export const ymdNumber = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;

/** ISO text: `{ y: 2023, m: 3, d: 5 }` → "2023-03-05". */
export const formatYmd = (d: Ymd) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/** The date `months` months after `d` (the 29th of February and the 31st fall back to the month's last day). */
export function addMonths(d: Ymd, months: number): Ymd {
  const total = d.y * 12 + (d.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(d.d, last) };
}

/** Whole years from `a` to `b` (b ≥ a), as an anniversary count. */
export function yearsBetween(a: Ymd, b: Ymd): number {
  let n = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) n--;
  return n;
}

export function todayYmd(now: Date = new Date()): Ymd {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
