/**
 * Output grids: what a host writes for the product's own sheets (RULES.md "What the product writes back").
 * A grid is plain data; hosts (Office.js, ExcelJS, zip writer) turn it into cells.
 *
 * Text safety: an `OutCell` whose `v` is a string is ALWAYS written as text, never as a formula, whatever
 * it starts with (=, +, -, @). Hosts must honour this (Office.js: number format "@" before values;
 * xlsx: a string cell, never `<f>`). Only `link` produces a hyperlink, and hosts build it, not from user text.
 */
import type { MergeArea } from '../types';
import type { ListValidation, SumFormula } from './formula';

export type CellStyle =
  'title' | 'note' | 'header' | 'text' | 'money' | 'integer' | 'total' | 'totalMoney' | 'error' | 'warning' | 'info' | 'link';

export interface OutCell {
  /** A number is written as a number; a string as text (never a formula); null leaves the cell empty. */
  v: string | number | null;
  style?: CellStyle;
  /** Makes the cell a link to a cell of the workbook (the finding's location). */
  link?: { sheet: string; cell: string };
  /** The product's own formula (formula.ts), never built from text; the cell's `v` is ignored. */
  formula?: SumFormula;
}

/** A column chart of series over categories, drawn from cells of the same sheet (1-based, inclusive). */
export interface ChartSpec {
  title: string;
  /** The rows holding categories (town names) in `categoryCol`, and one column per series. */
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  seriesCols: number[];
  /** The header row giving each series its name. */
  headerRow: number;
  /** Where the chart goes: top-left cell and size in columns × rows. */
  anchor: { row: number; col: number; width: number; height: number };
}

export type OwnedSheetKey = 'results' | 'issues' | 'params' | 'ignores';

export interface OutputSheet {
  /** The sheet's wanted name (测算结果 / 校验问题 / 规则参数); a host picks another if a user sheet has it (owned.ts). */
  name: string;
  key: OwnedSheetKey;
  rows: OutCell[][];
  /** Column widths in characters. */
  widths: number[];
  merges?: MergeArea[];
  /** Header rows to freeze; hosts also repeat them at the top of every printed page. */
  freezeRows?: number;
  /**
   * Manual page breaks: a new printed page starts after each of these 1-based rows (測算結果's chart prints on its
   * own page). Every product sheet prints A4 landscape, one page wide (issue 12); hosts set that up.
   */
  rowBreaks?: number[];
  chart?: ChartSpec;
  /**
   * Columns (1-based) whose text wraps within the column's width (bottom-aligned, as every other cell): long messages, 依据 and 怎么改 grow
   * their row instead of running over the next column and being cut (issue 12, as printed).
   */
  wrapCols?: number[];
  /** Dropdowns (list data validations) for cells the user fills in (the blank template, issue 12). */
  validations?: ListValidation[];
  /** Written hidden (忽略记录: the product's record, not for reading); hosts set the sheet's state. */
  hidden?: boolean;
}
