/**
 * A merge-aware view of a sheet snapshot: a merged area's value is read from every cell it covers,
 * so a two-row header with 资金来源 merged over three columns labels each of them.
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../types';

export interface SheetView {
  readonly sheet: SheetSnapshot;
  readonly rowCount: number;
  readonly colCount: number;
  /** The raw value of the cell itself (null inside a merged area except at its top-left). */
  raw(row: number, col: number): CellValue;
  /** The value shown at (row, col): the merged area's value when the cell lies inside one. */
  shown(row: number, col: number): CellValue;
  /** The merged area covering (row, col), if any. */
  mergeAt(row: number, col: number): MergeArea | undefined;
}

/** Merged areas larger than this are not indexed cell by cell (a sheet merged A1:XFD1048576 must not exhaust memory). */
const INDEX_LIMIT = 4096;

export function viewSheet(sheet: SheetSnapshot): SheetView {
  const rows = sheet.rows;
  let colCount = 0;
  // Rows may be sparse (holes where a sheet has no row): forEach visits only the rows that exist.
  rows.forEach((r) => {
    if (r.length > colCount) colCount = r.length;
  });
  const byCell = new Map<number, MergeArea>();
  const large: MergeArea[] = [];
  const width = colCount + 2;
  for (const m of sheet.merges ?? []) {
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area > INDEX_LIMIT || m.right >= width) {
      large.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) byCell.set(r * width + c, m);
  }
  const raw = (row: number, col: number): CellValue => rows[row - 1]?.[col - 1] ?? null;
  const mergeAt = (row: number, col: number): MergeArea | undefined => {
    const m = byCell.get(row * width + col);
    if (m || large.length === 0) return m;
    return large.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  };
  return {
    sheet,
    rowCount: rows.length,
    colCount,
    raw,
    mergeAt,
    shown(row, col) {
      const m = mergeAt(row, col);
      return m ? raw(m.top, m.left) : raw(row, col);
    },
  };
}
