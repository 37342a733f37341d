/** Telling data rows from total rows and notes below a table. */
import type { Profile } from '../profile';
import { memoText } from './text-memo';
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
/** A town column this near the left is read cell by cell (fund sheets put the town first). */
const DIRECT_COLUMNS = 64;
/** A town cell's text that makes the row a note (注：…, 填表人 …), remembered per text. */
const isNoteText = memoText((townText: string) => NOTE.test(normaliseName(townText)));

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
  if (hasTown) {
    // Only a text cell up to the town cell can label the row a total (the scan below stops at the first text cell past
    // it): those cells are read directly when the town column is near the left, with no list of the row's cells.
    const last = Math.min(width, townCol);
    if (last <= DIRECT_COLUMNS) {
      for (let col = 1; col <= last; col++) {
        const v = view.raw(row, col);
        if (typeof v !== 'string' || v === townText || !v.trim()) continue;
        const t2 = totalLabel(v, profile);
        if (t2) return { kind: 'total', ...t2, label: normaliseName(v), col };
      }
      return isNoteText(townText) ? NOTE_ROW : DATA;
    }
  }
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
  return isNoteText(townText) ? NOTE_ROW : DATA;
}
