/**
 * A merge-aware view of a sheet snapshot: a merged area's value is read from every cell it covers,
 * so a two-row header with 资金来源 merged over three columns labels each of them.
 *
 * Snapshots are sparse (STYLE.md "Read only what exists"): `rows` may have holes and so may each row. The view
 * offers iteration over the rows and cells that exist, and every recogniser loops over those, never over
 * rows × used width: a sheet whose only cell is XFD1048576 costs one cell.
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../types';

/** A cell that exists in the snapshot (a value other than null / undefined). */
export interface ExistingCell {
  readonly col: number;
  readonly value: Exclude<CellValue, null>;
}

export interface SheetView {
  readonly sheet: SheetSnapshot;
  /** The last row index (1-based) that may hold a cell; loops should use `rowNumbers` instead. */
  readonly rowCount: number;
  /** The widest row's length; loops should use `cellsOf` instead. */
  readonly colCount: number;
  /** The raw value of the cell itself (null inside a merged area except at its top-left). */
  raw(row: number, col: number): CellValue;
  /** The value shown at (row, col): the merged area's value when the cell lies inside one. */
  shown(row: number, col: number): CellValue;
  /** The merged area covering (row, col), if any. */
  mergeAt(row: number, col: number): MergeArea | undefined;
  /** Row numbers (1-based, ascending) from `from` to `to` that hold at least one cell or lie inside a merged area. */
  rowNumbers(from?: number, to?: number): number[];
  /** The cells that exist on a row, left to right (1-based columns). */
  cellsOf(row: number): ExistingCell[];
  /** Calls `visit` for each cell that exists on a row, left to right, without making the row's list (whole-sheet scans). */
  eachCell(row: number, visit: (col: number, value: Exclude<CellValue, null>) => void): void;
  /** The merged areas that cover part of a row. */
  mergesOn(row: number): readonly MergeArea[];
}

/** Merged areas larger than this are not indexed cell by cell (a sheet merged A1:XFD1048576 must not exhaust memory). */
const INDEX_LIMIT = 4096;

const VIEWS = new WeakMap<SheetSnapshot, SheetView>();

/**
 * The indices a (possibly sparse) array holds, ascending. A dense array is walked directly; once the gaps outnumber
 * what was found by more than a few thousand (a sheet whose only far cell is XFD1048576), `Object.keys` lists the
 * rest, visiting only what exists. (Object.keys on a 100,000-row sheet would make a string of every index.)
 */
function indices(a: readonly unknown[]): number[] {
  const out: number[] = [];
  let gaps = 0;
  for (let i = 0; i < a.length; i++) {
    if (i in a) out.push(i);
    else if (++gaps > GAP_LIMIT + out.length) {
      for (const k of Object.keys(a)) {
        const j = Number(k);
        if (Number.isInteger(j) && j > i) out.push(j);
      }
      return out;
    }
  }
  return out;
}

const GAP_LIMIT = 4096;

/** The view of a sheet, built once per snapshot (the params reader, the recogniser and the checks share it). */
export function viewSheet(sheet: SheetSnapshot): SheetView {
  let v = VIEWS.get(sheet);
  if (!v) {
    v = buildView(sheet);
    VIEWS.set(sheet, v);
  }
  return v;
}

/** Rows up to here keep their cell lists for the view's life (headers, titles, units are searched again and again). */
const KEEP_ROWS = 256;

/** Whether a row holds a cell other than null / undefined, without listing them. */
function hasCell(r: readonly CellValue[]): boolean {
  if (r.length <= 256) {
    for (let i = 0; i < r.length; i++) if (r[i] !== null && r[i] !== undefined) return true;
    return false;
  }
  for (const i of indices(r)) if (r[i] !== null && r[i] !== undefined) return true;
  return false;
}

function buildView(sheet: SheetSnapshot): SheetView {
  const rows = sheet.rows;
  let colCount = 0;
  const present: number[] = [];
  // The cell lists of the first rows are kept; a data row's list is made when asked for and kept only until the
  // next row is asked for (the recognisers read a row several times in a row, then move on): 100,000 rows never
  // hold 700,000 cell objects at once.
  const cellCache = new Map<number, ExistingCell[]>();
  let lastRow = 0;
  let lastCells: ExistingCell[] = [];
  const cellsOfRow = (row: number): ExistingCell[] => {
    if (row === lastRow) return lastCells;
    let cells = cellCache.get(row);
    if (cells) return cells;
    cells = [];
    const r = rows[row - 1];
    if (r)
      for (const i of indices(r)) {
        const v = r[i];
        if (v !== null && v !== undefined) cells.push({ col: i + 1, value: v });
      }
    if (row <= KEEP_ROWS) cellCache.set(row, cells);
    else {
      lastRow = row;
      lastCells = cells;
    }
    return cells;
  };
  const eachCell = (row: number, visit: (col: number, value: Exclude<CellValue, null>) => void): void => {
    const r = rows[row - 1];
    if (!r) return;
    if (r.length <= 256) {
      for (let i = 0; i < r.length; i++) {
        const v = r[i];
        if (v !== null && v !== undefined) visit(i + 1, v);
      }
      return;
    }
    for (const i of indices(r)) {
      const v = r[i];
      if (v !== null && v !== undefined) visit(i + 1, v);
    }
  };
  for (const i of indices(rows)) {
    const r = rows[i];
    if (!r) continue;
    if (r.length > colCount) colCount = r.length;
    if (hasCell(r)) present.push(i + 1);
  }
  const byCell = new Map<number, MergeArea>();
  const large: MergeArea[] = [];
  const merges = sheet.merges ?? [];
  const KEY = 20000; // > the widest sheet (16384 columns)
  const mergedRows = new Set<number>();
  const byRow = new Map<number, MergeArea[]>();
  for (const m of merges) {
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area > INDEX_LIMIT) {
      large.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      mergedRows.add(r);
      if (!byRow.has(r)) byRow.set(r, []);
      byRow.get(r)!.push(m);
      for (let c = m.left; c <= m.right; c++) byCell.set(r * KEY + c, m);
    }
  }
  // Rows only covered by a merged area (a town merged down over empty rows) are rows too.
  let rowList = present;
  if (mergedRows.size) rowList = [...new Set([...present, ...[...mergedRows].filter((r) => r <= rows.length)])].sort((a, b) => a - b);
  const raw = (row: number, col: number): CellValue => rows[row - 1]?.[col - 1] ?? null;
  const unmerged = merges.length === 0;
  const mergeAt = (row: number, col: number): MergeArea | undefined => {
    if (unmerged) return undefined;
    const m = byCell.get(row * KEY + col);
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
      if (unmerged) return raw(row, col);
      const m = mergeAt(row, col);
      return m ? raw(m.top, m.left) : raw(row, col);
    },
    rowNumbers(from = 1, to = Infinity) {
      if (from <= 1 && to >= rows.length) return rowList;
      return rowList.filter((r) => r >= from && r <= to);
    },
    mergesOn(row) {
      const small = byRow.get(row) ?? [];
      if (large.length === 0) return small;
      return [...small, ...large.filter((a) => row >= a.top && row <= a.bottom)];
    },
    cellsOf: cellsOfRow,
    eachCell,
  };
}
