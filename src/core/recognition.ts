/**
 * The recognition summary (RULES.md "Additions": `recognition`): what each sheet was read as, which columns were
 * mapped, which years and how many rows were read, and what was skipped and why — so that a result never passes
 * a workbook silently (issue 10). Every front shows it: the JSON, `bangfu-check --explain`, the pane, the page and
 * the 校验问题 sheet.
 */
import type { AmountKey } from './findings';

/** Whose submission the workbook is: the county's table (many towns) or one town office's own rows. */
export type Scope = { kind: 'county' } | { kind: 'town'; town: string };

/** What a sheet was read as. */
export type SheetKind = 'pairing' | 'fund-by-town' | 'fund-by-source' | 'team' | 'village' | 'meeting' | 'factors' | 'params' | 'none';

/** How a fund sheet is laid out (the layout reader that read it). */
export type FundLayout = 'long' | 'wide-year-groups' | 'year-sections' | 'sheet-per-town' | 'per-year-sheet' | 'pool-by-source';

/** A column the recogniser mapped: its role (a source, total, town, year, other stream…), letter and header text. */
export interface MappedColumn {
  role: AmountKey | 'town' | 'year' | 'type' | 'lead' | 'members' | 'other' | string;
  /** For wide layouts: the year group the column belongs to. */
  year?: number;
  /** Column letter, e.g. 'D'. */
  col: string;
  /** The header text as typed (the label that matched). */
  header: string;
}

/** Rows left out, with the reason: a note, a group heading, an empty row, a repeated header, … */
export interface SkippedRows {
  /** A1 cell or range of the rows, e.g. 'A20' or 'A20:A22'. */
  rows: string;
  why: string;
}

export interface SheetRecognition {
  sheet: string;
  as: SheetKind;
  layout?: FundLayout;
  /** Header range, e.g. 'A3:Z4'. */
  header?: string;
  years?: number[];
  /** Data rows read (town-year rows on fund sheets). */
  rows?: number;
  columns?: MappedColumn[];
  skipped?: SkippedRows[];
  /** Why a sheet was not recognised (for `as: 'none'`), or a note on how it was read. */
  why?: string;
  /** The town of a one-sheet-per-town sheet or a town's own submission. */
  town?: string;
  /** The unit the amounts were read in. */
  unit?: string;
}

export interface Recognition {
  scope: Scope;
  sheets: SheetRecognition[];
}
