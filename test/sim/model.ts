/** The workbook behind the Excel simulator: plain data, so it can be made in Node and passed into a page. */
import type { SheetSnapshot } from '../../src/core';

export type SimValue = string | number | boolean | null | { error: string };

export interface SimSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** cells[r][c], 0-based; ragged. */
  cells: SimValue[][];
  /** Number formats by "r,c" (0-based); absent is General. */
  formats: Record<string, string>;
  /** Formulas by A1 address: what Excel made of text written as a value without a text format. */
  formulas: Record<string, string>;
  /** Merged areas as A1 ranges. */
  merges: string[];
  hyperlinks: Record<string, string>;
  bold: Record<string, boolean>;
  charts: { type: string; source: string; title?: string }[];
  frozenRows: number;
  protected?: boolean;
  /** Cells whose text wraps, by A1 address. */
  wrapped?: Record<string, boolean>;
  /** Dropdowns (list data validations) by A1 range: the list source and the warning's title, if any. */
  validations?: { range: string; source: string; inCellDropDown: boolean; alert?: string }[];
}

export interface SimModel {
  sheets: SimSheet[];
  /** Workbook-level names: reference like "='测算结果'!$A$1". */
  names: { name: string; formula: string; visible: boolean }[];
  displayLanguage: string;
}

export function emptySheet(name: string): SimSheet {
  return {
    name,
    visibility: 'Visible',
    cells: [],
    formats: {},
    formulas: {},
    merges: [],
    hyperlinks: {},
    bold: {},
    charts: [],
    frozenRows: 0,
  };
}

/** A model of sheets given as the engine's snapshots (test/core/grids.ts makes them); merges are not carried. */
export function modelOf(sheets: readonly SheetSnapshot[], displayLanguage = 'zh-CN'): SimModel {
  return { displayLanguage, names: [], sheets: sheets.map((s) => ({ ...emptySheet(s.name), cells: s.rows.map((r) => [...r]) })) };
}
