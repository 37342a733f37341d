/**
 * A fund sheet's data row held compactly (issue 14: 100,000 rows). A row keeps its number, its town text, its year and
 * how each amount cell reads; its cells (`town`, `year`, `amounts`, `others`, each with a `CellRef`) are made only when
 * asked, which the checks do for the few rows a finding is about. Every row used to hold ~16 objects until the checks
 * ended, and copying them through the young generation was a third of the engine's CPU.
 */
import type { AmountKey } from '../findings';
import type { Unit } from '../money';
import type { CellRef, CellValue, Located } from '../types';
import type { AmountCell, AmountRead } from './amount';
import type { HeaderColumn } from './header';
import type { FundKey, FundRow, FundYear } from './tables';
import { AMOUNT_KEYS, cellText } from './vocabulary';
import type { SheetView } from './view';

/** What every row of one table shares: where its cells are, and the table's unit. */
export interface RowSource {
  readonly view: SheetView;
  readonly sheet: string;
  readonly unit: Unit;
  readonly townCol: number;
  /** The year column, for a long table. */
  readonly yearCol?: number;
  /** One sheet per town: the town every row is about. */
  readonly townFrom?: string;
  /** A year for the whole sheet (its name or title), when there is no year column. */
  readonly sheetYear?: { value: number; from: 'sheet-name' | 'title' | 'header' | 'section'; ref?: CellRef };
  /** The amount columns in AMOUNT_KEYS order, then the other streams: `reads[i]` is `columns[i]`'s cell. */
  readonly columns: readonly HeaderColumn<FundKey>[];
  /** Index in `columns` by amount key. */
  readonly at: Partial<Record<AmountKey, number>>;
  /** How many of `columns` are amount keys (the rest are other streams). */
  readonly keyed: number;
}

/** The row source of a table with these amount columns and other streams. */
export function rowSource(
  base: Omit<RowSource, 'columns' | 'at' | 'keyed'>,
  amounts: Partial<Record<AmountKey, HeaderColumn<FundKey>>>,
  others: readonly HeaderColumn<FundKey>[],
): RowSource {
  const columns: HeaderColumn<FundKey>[] = [];
  const at: Partial<Record<AmountKey, number>> = {};
  for (const k of AMOUNT_KEYS) {
    const c = amounts[k];
    if (!c) continue;
    at[k] = columns.length;
    columns.push(c);
  }
  const keyed = columns.length;
  for (const c of others) columns.push(c);
  return { ...base, columns, at, keyed };
}

/** A section's year (「一 | 2021年」) as the rows under it carry it. */
export interface SectionYear {
  readonly value: number;
  readonly ref: CellRef;
}

/** A data row of a fund table; see the module comment. `reads` is never changed (rows may share one list). */
export class CompactFundRow implements FundRow {
  readonly kind = 'row' as const;

  constructor(
    private readonly src: RowSource,
    readonly row: number,
    readonly townValue: string,
    readonly yearValue: number | null,
    private readonly section: SectionYear | undefined,
    private readonly reads: readonly AmountRead[],
  ) {}

  get townRaw(): CellValue {
    const s = this.src;
    // A sheet per town names its town in the title; a note row with amounts on it has none (dataRow's '').
    if (s.townFrom !== undefined) return this.townValue === '' ? '' : s.townFrom;
    return s.view.shown(this.row, s.townCol);
  }

  get town(): Located<string> {
    return { value: this.townValue, ref: this.cellRef(this.src.townCol), raw: this.townRaw };
  }

  get yearFrom(): FundYear['from'] {
    const s = this.src;
    if (s.yearCol !== undefined) return 'column';
    if (this.section) return 'title';
    if (s.sheetYear) return s.sheetYear.from === 'sheet-name' ? 'sheet-name' : 'title';
    return 'none';
  }

  get year(): FundYear {
    const s = this.src;
    const value = this.yearValue;
    if (s.yearCol !== undefined) {
      const text = cellText(s.view.shown(this.row, s.yearCol)).trim();
      // A blank year cell under a block's year carries that year (readTable), written as the block's year.
      return { value, text: text === '' && value !== null ? String(value) : text, ref: this.cellRef(s.yearCol), from: 'column' };
    }
    if (this.section) return { value: this.section.value, text: String(this.section.value), ref: this.section.ref, from: 'title' };
    if (s.sheetYear) {
      const y = s.sheetYear;
      return {
        value: y.value,
        text: String(y.value),
        ...(y.ref ? { ref: y.ref } : {}),
        from: y.from === 'sheet-name' ? 'sheet-name' : 'title',
      };
    }
    return { value: null, text: '', from: 'none' };
  }

  readAt(k: AmountKey): AmountRead | undefined {
    const i = this.src.at[k];
    return i === undefined ? undefined : this.reads[i];
  }

  amountAt(k: AmountKey): AmountCell | undefined {
    const i = this.src.at[k];
    return i === undefined ? undefined : this.cellAt(i);
  }

  otherAt(i: number): AmountCell | undefined {
    const j = this.src.keyed + i;
    return j < this.src.columns.length ? this.cellAt(j) : undefined;
  }

  get amounts(): Partial<Record<AmountKey, AmountCell>> {
    const out: Partial<Record<AmountKey, AmountCell>> = {};
    for (const k of AMOUNT_KEYS) {
      const i = this.src.at[k];
      if (i !== undefined) out[k] = this.cellAt(i);
    }
    return out;
  }

  get others(): AmountCell[] {
    const out: AmountCell[] = [];
    for (let j = this.src.keyed; j < this.src.columns.length; j++) out.push(this.cellAt(j));
    return out;
  }

  get otherCount(): number {
    return this.src.columns.length - this.src.keyed;
  }

  otherReadAt(i: number): AmountRead | undefined {
    const j = this.src.keyed + i;
    return j < this.src.columns.length ? this.reads[j] : undefined;
  }

  private cellAt(i: number): AmountCell {
    const s = this.src;
    const c = s.columns[i];
    return {
      ref: { sheet: s.sheet, row: this.row, col: c.col },
      raw: s.view.raw(this.row, c.col),
      unit: c.unit ?? s.unit,
      read: this.reads[i],
    };
  }

  /** The cell at (row, col), or the top-left of the merged area covering it (a town merged down over its years). */
  private cellRef(col: number): CellRef {
    const s = this.src;
    const m = s.view.mergeAt(this.row, col);
    return m ? { sheet: s.sheet, row: m.top, col: m.left } : { sheet: s.sheet, row: this.row, col };
  }
}
