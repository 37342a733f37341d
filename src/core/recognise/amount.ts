/**
 * Reading an amount cell into 分 (RULES.md: 15 significant digits, Excel's ROUND; text numbers are read and
 * noted FUND-TEXT-NUMBER; other text is FUND-NOT-NUMBER).
 */
import { decimalToFen, numberToFen, parseTextAmount, type Unit } from '../money';
import { isCellError, type CellRef, type CellValue } from '../types';
import { isDash } from './vocabulary';

export type AmountRead =
  | { kind: 'number'; fen: bigint }
  | { kind: 'text-number'; fen: bigint; text: string }
  | { kind: 'not-number'; text: string }
  | { kind: 'empty' }
  | { kind: 'error'; error: string };

export interface AmountCell {
  ref: CellRef;
  raw: CellValue;
  unit: Unit;
  read: AmountRead;
}

/** The amount's 分 when it could be read. */
export function fenOf(a: AmountCell | undefined): bigint | undefined {
  return a ? fenOfRead(a.read) : undefined;
}

/** The 分 of a read, when it could be read. */
export function fenOfRead(r: AmountRead | undefined): bigint | undefined {
  return r && (r.kind === 'number' || r.kind === 'text-number') ? r.fen : undefined;
}

/**
 * Whether readAmount reads the cell as an amount or a wrong one (number, text-number, not-number) — anything but
 * blank text and errors — without reading it (a row "has amounts").
 */
export function isAmountLike(raw: CellValue): boolean {
  if (raw === null || isCellError(raw)) return false;
  return typeof raw !== 'string' || raw.trim() !== '';
}

const NUMBER_READS: Record<Unit, Map<number, AmountRead>> = { 元: new Map(), 万元: new Map(), 亿元: new Map() };

/** Reads a cell as an amount in `unit`; a unit written in the text (「1200万」) takes precedence. */
export function readAmount(raw: CellValue, unit: Unit): AmountRead {
  if (raw === null) return { kind: 'empty' };
  if (isCellError(raw)) return { kind: 'error', error: raw.error };
  if (typeof raw === 'number') {
    // The same number in the same unit reads the same: a fund sheet repeats its amounts (2000, 1200, 600 …) row
    // after row, so each distinct one is read once (a bounded cache: 100,000 distinct amounts never stay held).
    const cache = NUMBER_READS[unit];
    let read = cache.get(raw);
    if (!read) {
      const fen = numberToFen(raw, unit);
      read = Object.freeze(fen === null ? { kind: 'not-number', text: String(raw) } : { kind: 'number', fen });
      if (cache.size >= 4096) cache.clear();
      cache.set(raw, read);
    }
    return read;
  }
  if (typeof raw === 'boolean') return { kind: 'not-number', text: raw ? 'TRUE' : 'FALSE' };
  const text = raw;
  if (text.trim() === '') return { kind: 'empty' };
  // 「-」「—」「－」「/」 mean none: zero, not FUND-NOT-NUMBER (RULES.md "Additions").
  if (isDash(text)) return { kind: 'number', fen: 0n };
  const t = parseTextAmount(text);
  if (!t) return { kind: 'not-number', text };
  const fen = decimalToFen(t.decimal, t.unit ?? unit);
  return fen === null ? { kind: 'not-number', text } : { kind: 'text-number', fen, text };
}
