/**
 * The typed tables recognition produces. Every typed value keeps its sheet and cell.
 */
import type { AmountKey } from '../findings';
import type { Unit } from '../money';
import type { CellRef, CellValue, Located } from '../types';
import type { AmountCell, AmountRead } from './amount';
import type { HeaderColumn, UnmatchedColumn } from './header';
import type { FundLayout, SheetRecognition, SkippedRows } from '../recognition';

export type PairingKey = 'town' | 'type' | 'lead' | 'members';
export type FundKey = 'town' | 'year' | AmountKey | 'other';

export interface PairingRow {
  row: number;
  town: Located<string>;
  type?: Located<string>;
  lead?: Located<string>;
  members?: Located<string>;
}

export interface PairingTable {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  columns: Partial<Record<PairingKey, HeaderColumn<PairingKey>>>;
  rows: PairingRow[];
  /** Rows left out (a header repeated on the annex's second page, notes). */
  skipped?: SkippedRows[];
}

/** A fund row's year: from its year cell, or from the sheet name or title (then `ref` is the title cell, if any). */
export interface FundYear {
  value: number | null;
  text: string;
  ref?: CellRef;
  from: 'column' | 'sheet-name' | 'title' | 'none';
}

/**
 * A data row of a fund table. Its cells (`town`, `year`, `amounts`, `others`) are made when asked, a fresh object
 * each time (compact-row.ts): the checks read a row through `townValue`, `yearValue` and `readAt`, and ask for a
 * cell only when a finding names it.
 */
export interface FundRow {
  readonly kind: 'row';
  readonly row: number;
  readonly town: Located<string>;
  readonly year: FundYear;
  readonly amounts: Partial<Record<AmountKey, AmountCell>>;
  /** Amounts of other money streams, aligned with `FundTable.others`. */
  readonly others: readonly (AmountCell | undefined)[];
  /** `town.value`: the town as written, normalised. */
  readonly townValue: string;
  /** `town.raw`. */
  readonly townRaw: CellValue;
  /** `year.value`. */
  readonly yearValue: number | null;
  /** `year.from`. */
  readonly yearFrom: FundYear['from'];
  /** How the row's cell under amount column `k` reads (`amounts[k].read`); undefined when the table has no such column. */
  readAt(k: AmountKey): AmountRead | undefined;
  /** `amounts[k]`. */
  amountAt(k: AmountKey): AmountCell | undefined;
  /** The number of other streams (`others.length`). */
  readonly otherCount: number;
  /** `others[i].read`. */
  otherReadAt(i: number): AmountRead | undefined;
  /** `others[i]`. */
  otherAt(i: number): AmountCell | undefined;
}

export interface TotalRow {
  kind: 'total';
  row: number;
  label: string;
  level: 'total' | 'subtotal';
  /** 总计 / 全县合计: covers every row of the table. */
  grand?: boolean;
  ref: CellRef;
  year: number | null;
  amounts: Partial<Record<AmountKey, AmountCell>>;
  others: (AmountCell | undefined)[];
}

export interface FundTable {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  town: HeaderColumn<FundKey>;
  year?: HeaderColumn<FundKey>;
  columns: Partial<Record<AmountKey, HeaderColumn<FundKey>>>;
  others: HeaderColumn<FundKey>[];
  unit: Unit;
  unitSource: 'line' | 'header' | 'default';
  /** Where the unit was read (the 单位 line or the header cell). */
  unitRef?: CellRef;
  sheetYear?: { value: number; from: 'sheet-name' | 'title' | 'header' | 'section'; ref?: CellRef };
  /** Data rows and total rows in sheet order. */
  entries: (FundRow | TotalRow)[];
  /** The layout reader that read the table (recognition summary). */
  layout?: FundLayout;
  /** Rows left out, with the reason (notes, group headings, repeated headers). */
  skipped?: SkippedRows[];
  /** Money-looking columns that map to no source, total or other stream (FUND-COLUMN-UNMAPPED). */
  unmapped?: UnmatchedColumn[];
  /** One sheet per town: the town named by the sheet name or title, where it was read. */
  townFrom?: { town: string; from: 'sheet-name' | 'title'; ref?: CellRef };
  /** A wide sheet's year-less amount columns: the town's total over the years (checked against the years' totals). */
  acrossYears?: HeaderColumn<FundKey>;
}

/** One source row of a pool-by-source table: its label cell and its amount per year column. */
export interface SourceRow {
  key: AmountKey;
  row: number;
  label: Located<string>;
  /** Amount cells by year. */
  years: Map<number, AmountCell>;
  /** The row's total over the years, when the table has a 合计 column. */
  total?: AmountCell;
}

/** A table of the pool by source (资金筹集情况表): sources as rows, years as columns, no towns (四（十一）). */
export interface SourceTable {
  sheet: string;
  headerRow: number;
  unit: Unit;
  /** Year → column. */
  yearCols: Map<number, number>;
  totalCol?: number;
  /** The sources' rows (省级, 深圳市, 河源市, 河源市级, 紫金县级) and the 合计 row (key 'total'). */
  rows: SourceRow[];
}

/** A sheet that looks like one of the tables but lacks a required column (PAIR-HEADER, FUND-HEADER). */
export interface HeaderProblem {
  kind: 'pairing' | 'fund';
  sheet: string;
  missing: string[];
  /** The header row's first cell, when a header row was found. */
  ref?: CellRef;
}

export interface Recognised {
  pairing: PairingTable[];
  funds: FundTable[];
  problems: HeaderProblem[];
  /** The sheets of issue 6 (teams, villages, meetings, allocation factors). */
  records: import('./records').RecordTable[];
  /** Tables of the pool by source (sources as rows, years as columns). */
  sources: SourceTable[];
  /** What each sheet was read as (RULES.md "Additions": the recognition summary), in sheet order. */
  summary: SheetRecognition[];
}
