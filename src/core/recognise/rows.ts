/** Telling data rows from total rows and notes below a table. */
import type { Profile } from '../profile';
import { cellText, normaliseName, totalLabel } from './vocabulary';
import type { SheetView } from './view';

export type RowKind =
  | { kind: 'empty' }
  | { kind: 'note' }
  | { kind: 'total'; level: 'total' | 'subtotal'; grand: boolean; label: string; col: number }
  | { kind: 'data' };

const NOTE = /^(注|备注|说明|填表|制表|审核|负责人|联系人|填报)/;
// One object per answer without a label: 100,000 data rows need no 100,000 { kind: 'data' }.
const EMPTY: RowKind = Object.freeze({ kind: 'empty' });
const NOTE_ROW: RowKind = Object.freeze({ kind: 'note' });
const DATA: RowKind = Object.freeze({ kind: 'data' });

/**
 * RULES.md: rows whose town cell, or first non-empty cell (often 序号, or a merged cell across the first
 * columns), is a total label (any label ending in 合计, 总计 or 小计, RULES.md "Additions") are total rows; never
 * counted as towns. Only the row's existing cells are looked at.
 */
export function classifyRow(view: SheetView, row: number, townCol: number, profile: Profile, width: number): RowKind {
  const townText = cellText(view.shown(row, townCol));
  const t1 = totalLabel(townText, profile);
  if (t1) return { kind: 'total', ...t1, label: normaliseName(townText), col: townCol };
  const hasTown = normaliseName(townText) !== '';
  // The label of a total row sits in the first text cell (序号, or a merged cell across the first columns),
  // which need not be the first column: the columns may come in any order.
  let first = '';
  let any = false;
  for (const cell of view.cellsOf(row)) {
    if (cell.col > width) break;
    any = true;
    const v = cell.value;
    if (typeof v !== 'string' || !v.trim()) continue;
    if (!first) first = v.trim();
    if (hasTown && cell.col > townCol) break;
    // The town cell's own text was asked about above.
    const t2 = v === townText ? null : totalLabel(v, profile);
    if (t2) return { kind: 'total', ...t2, label: normaliseName(v), col: cell.col };
    if (!hasTown) break;
  }
  if (!hasTown) return first || any ? NOTE_ROW : EMPTY;
  if (NOTE.test(normaliseName(townText))) return NOTE_ROW;
  return DATA;
}
