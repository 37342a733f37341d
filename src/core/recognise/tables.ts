/**
 * The typed tables recognition produces. Every typed value keeps its sheet and cell.
 */
import type { AmountKey } from '../findings';
import type { Unit } from '../money';
import type { CellRef, Located } from '../types';
import type { AmountCell } from './amount';
import type { HeaderColumn } from './header';

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
}

export interface FundRow {
  kind: 'row';
  row: number;
  town: Located<string>;
  /** The row's year: from its year cell, or from the sheet name or title (then `ref` is the title cell, if any). */
  year: { value: number | null; text: string; ref?: CellRef; from: 'column' | 'sheet-name' | 'title' | 'none' };
  amounts: Partial<Record<AmountKey, AmountCell>>;
  /** Amounts of other money streams, aligned with `FundTable.others`. */
  others: (AmountCell | undefined)[];
}

export interface TotalRow {
  kind: 'total';
  row: number;
  label: string;
  level: 'total' | 'subtotal';
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
  sheetYear?: { value: number; from: 'sheet-name' | 'title'; ref?: CellRef };
  /** Data rows and total rows in sheet order. */
  entries: (FundRow | TotalRow)[];
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
}
