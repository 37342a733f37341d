/**
 * Vocabulary shared by every part of the engine: the snapshot a host hands in, and cell locations.
 * DESIGN.md: "snapshot: a host reads every sheet it needs once, as plain grids of values with their addresses."
 */

/** An Excel error value as the cell shows it, e.g. `{ error: '#REF!' }`. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value as Excel shows it: a number (dates are Excel serial numbers, as Office.js gives them),
 * text, a boolean, an error, or `null` for an empty cell. Formulas are represented by their cached result.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A merged area, 1-based and inclusive. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet as plain values. `rows[r][c]` is the cell at row r+1, column c+1 (rows may be ragged). */
export interface SheetSnapshot {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly MergeArea[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Set by a host when this sheet is the product's output by its content, never by a mark alone (render/owned.ts
   * isProductOutput); such sheets are never checked.
   */
  readonly owned?: boolean;
}

/** Everything the engine reads of a workbook. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

/** A cell on a sheet, 1-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** A value read from a cell, keeping where it came from. */
export interface Located<T> {
  readonly value: T;
  readonly ref: CellRef;
  readonly raw: CellValue;
}

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}
