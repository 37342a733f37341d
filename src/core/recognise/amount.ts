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
  return a && (a.read.kind === 'number' || a.read.kind === 'text-number') ? a.read.fen : undefined;
}

/** Reads a cell as an amount in `unit`; a unit written in the text (「1200万」) takes precedence. */
export function readAmount(raw: CellValue, unit: Unit): AmountRead {
  if (raw === null) return { kind: 'empty' };
  if (isCellError(raw)) return { kind: 'error', error: raw.error };
  if (typeof raw === 'number') {
    const fen = numberToFen(raw, unit);
    return fen === null ? { kind: 'not-number', text: String(raw) } : { kind: 'number', fen };
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
