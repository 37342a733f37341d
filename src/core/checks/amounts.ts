/**
 * Cell-level reading findings shared by every fund row and total row — 四（十一）: WB-CELL-ERROR,
 * FUND-NOT-NUMBER, FUND-TEXT-NUMBER, FUND-NEGATIVE. Also the row arithmetic helpers the fund checks share.
 */
import type { AmountKey, Finding } from '../findings';
import { makeFinding } from '../findings';
import { formatFen, numberToFen, type Unit } from '../money';
import type { Profile } from '../profile';
import { fenOf, fenOfRead, type AmountCell, type AmountRead } from '../recognise/amount';
import type { FundRow } from '../recognise/tables';
import { AMOUNT_KEYS } from '../recognise/vocabulary';
import { UNCALCULATED_ERROR } from './uncalculated';

/**
 * The profile's tolerance in 分, in the sheet's own unit (RULES.md "Additions"): 0.01 万元 in a 万元 sheet, 0.01 元 (1 分)
 * in a 元 sheet — a 县级 cell 60 元 off in a 元 sheet is wrong, not 尾差.
 */
export function toleranceFen(profile: Profile, unit: Unit = '万元'): bigint {
  return numberToFen(profile.tolerance, unit) ?? 0n;
}

export function absDiff(a: bigint, b: bigint): bigint {
  return a > b ? a - b : b - a;
}

const NONE: readonly Finding[] = Object.freeze([]);

/** True when a cell that reads so has no reading finding (no cell, an empty one, or a number not below zero). */
export function readsQuietly(r: AmountRead | undefined): boolean {
  return r === undefined || r.kind === 'empty' || (r.kind === 'number' && r.fen >= 0n);
}

/** Findings about how one amount cell reads. */
export function readingFindings(cell: AmountCell | undefined, column: string, town?: string, year?: number): readonly Finding[] {
  if (!cell) return NONE;
  const r = cell.read;
  if ((r.kind === 'number' && r.fen >= 0n) || r.kind === 'empty') return NONE;
  const ctx = { column, ...(town ? { town } : {}) };
  switch (r.kind) {
    case 'error':
      // A formula without a calculated result is one FUND-UNCALCULATED for its sheet (uncalculated.ts), not one a cell.
      if (r.error === UNCALCULATED_ERROR) return NONE;
      return [makeFinding('WB-CELL-ERROR', cell.ref, { error: r.error, column }, { actual: r.error })];
    case 'not-number':
      return [makeFinding('FUND-NOT-NUMBER', cell.ref, ctx, { actual: r.text })];
    case 'text-number': {
      const out = [makeFinding('FUND-TEXT-NUMBER', cell.ref, ctx, { actual: r.text, expected: formatFen(r.fen, cell.unit) })];
      if (r.fen < 0n)
        out.push(makeFinding('FUND-NEGATIVE', cell.ref, { ...ctx, ...(year ? { year } : {}) }, { actual: formatFen(r.fen, cell.unit) }));
      return out;
    }
    case 'number':
      return [makeFinding('FUND-NEGATIVE', cell.ref, { ...ctx, ...(year ? { year } : {}) }, { actual: formatFen(r.fen, cell.unit) })];
  }
}

/** The amounts of a row in 分, where readable. `heyuan` is the whole of 河源市's part, typed or summed. */
export interface RowFigures {
  total?: bigint;
  province?: bigint;
  shenzhen?: bigint;
  heyuan?: bigint;
  heyuanCity?: bigint;
  county?: bigint;
  /** True when `heyuan` was summed from 市级 + 县级 rather than typed. */
  heyuanDerived: boolean;
  /** Sum of the other money streams of the row. */
  others: bigint;
}

export function rowFigures(amounts: Partial<Record<AmountKey, AmountCell>>, others: readonly (AmountCell | undefined)[]): RowFigures {
  const f: RowFigures = { heyuanDerived: false, others: 0n };
  for (const k of AMOUNT_KEYS) {
    const v = fenOf(amounts[k]);
    if (v !== undefined) f[k] = v;
  }
  if (f.heyuan === undefined && !amounts.heyuan && f.heyuanCity !== undefined && f.county !== undefined) {
    f.heyuan = f.heyuanCity + f.county;
    f.heyuanDerived = true;
  }
  for (const o of others) f.others += fenOf(o) ?? 0n;
  return f;
}

/** `rowFigures(row.amounts, row.others)`, read without making the row's cells. */
export function rowFiguresOf(row: FundRow): RowFigures {
  const f: RowFigures = { heyuanDerived: false, others: 0n };
  for (const k of AMOUNT_KEYS) {
    const v = fenOfRead(row.readAt(k));
    if (v !== undefined) f[k] = v;
  }
  if (f.heyuan === undefined && row.readAt('heyuan') === undefined && f.heyuanCity !== undefined && f.county !== undefined) {
    f.heyuan = f.heyuanCity + f.county;
    f.heyuanDerived = true;
  }
  for (let i = 0; i < row.otherCount; i++) f.others += fenOfRead(row.otherReadAt(i)) ?? 0n;
  return f;
}

/** The sum of the pool's parts (省级 + 深圳市 + 河源市), when all three are known. */
export function partsSum(f: RowFigures): bigint | undefined {
  return f.province !== undefined && f.shenzhen !== undefined && f.heyuan !== undefined ? f.province + f.shenzhen + f.heyuan : undefined;
}

/**
 * The row's pool amount (what is split 6 : 3 : 1): the total column, less other streams when the total
 * evidently includes them; or the sum of the parts when there is no total.
 */
export function poolAmount(f: RowFigures): bigint | undefined {
  const parts = partsSum(f);
  if (f.total !== undefined) {
    if (parts !== undefined && f.others !== 0n && f.total !== parts && f.total - f.others === parts) return parts;
    return f.total;
  }
  return parts;
}

export function fmt(fen: bigint, unit: Unit): string {
  return formatFen(fen, unit);
}
