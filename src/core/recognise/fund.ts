/**
 * Reading a fund sheet (资金筹集 / 资金分配, 四（十一）) into typed rows, whatever its layout (issue 10): a long table
 * with a year column; one sheet per year (the year in the sheet name or title); year sections (「一 | 2021年」 rows
 * followed by that year's towns); wide year groups (2021年 … 2025年 merged over 合计 / 省级 / …: one table per
 * year); one sheet per town (the town in the sheet name or title, rows are years). Every layout gives the same
 * `FundTable` rows with cell addresses, so the checks never see the layout. Total rows of any label (合计, 小计,
 * 2021年小计, 全县合计 …) are kept apart; group headings, notes and repeated headers are skipped and listed.
 */
import { toA1 } from '../a1';
import type { AmountKey } from '../findings';
import type { Unit } from '../money';
import type { Profile } from '../profile';
import type { SkippedRows } from '../recognition';
import type { CellRef } from '../types';
import { isAmountLike, readAmount, type AmountCell, type AmountRead } from './amount';
import { CompactFundRow, rowSource } from './compact-row';
import type { HeaderColumn, HeaderMatch, UnmatchedColumn } from './header';
import { classifyRow } from './rows';
import type { FundKey, FundRow, FundTable, TotalRow } from './tables';
import {
  AMOUNT_KEYS,
  cellText,
  isGroupHeading,
  isPlainColumn,
  looksLikeMoney,
  normaliseLabel,
  normaliseName,
  readYear,
  sectionYear,
  townInText,
  townVariant,
  unitInLine,
  yearInText,
} from './vocabulary';
import type { SheetView } from './view';

export { readYear };

type Columns = Partial<Record<AmountKey, HeaderColumn<FundKey>>>;

/** Finds a 单位 line above the header (or in the header's own row, at its right). */
function findUnitLine(view: SheetView, header: HeaderMatch<FundKey>): { unit: Unit; ref: CellRef } | undefined {
  for (const r of view.rowNumbers(1, header.bottom)) {
    for (const cell of view.cellsOf(r)) {
      if (cell.col > 40 || typeof cell.value !== 'string') continue;
      const u = unitInLine(cell.value);
      if (u) return { unit: u, ref: { sheet: view.sheet.name, row: r, col: cell.col } };
    }
  }
  return undefined;
}

/** Text cells above the header (titles), with where they are. */
function titleCells(view: SheetView, header: HeaderMatch<FundKey>): { text: string; ref: CellRef }[] {
  const out: { text: string; ref: CellRef }[] = [];
  for (const r of view.rowNumbers(1, header.top - 1)) {
    for (const cell of view.cellsOf(r)) {
      if (cell.col > 40) break;
      const text = cellText(cell.value).trim();
      if (text) out.push({ text, ref: { sheet: view.sheet.name, row: r, col: cell.col } });
    }
  }
  return out;
}

function findSheetYear(view: SheetView, header: HeaderMatch<FundKey>): FundTable['sheetYear'] {
  const fromName = yearInText(view.sheet.name);
  if (fromName) return { value: fromName, from: 'sheet-name' };
  for (const t of titleCells(view, header)) {
    const y = yearInText(t.text);
    if (y) return { value: y, from: 'title', ref: t.ref };
  }
  return undefined;
}

/** One sheet per town: the town the sheet name or the title names. */
export function findSheetTown(view: SheetView, header: HeaderMatch<FundKey>, profile: Profile): FundTable['townFrom'] {
  const fromName = townInText(view.sheet.name, profile);
  if (fromName) return { town: fromName, from: 'sheet-name' };
  for (const t of titleCells(view, header)) {
    const town = townInText(t.text, profile);
    if (town) return { town, from: 'title', ref: t.ref };
  }
  return undefined;
}

interface Layout {
  town?: HeaderColumn<FundKey>;
  year?: HeaderColumn<FundKey>;
  columns: Columns;
  others: HeaderColumn<FundKey>[];
  sheetYear?: FundTable['sheetYear'];
  townFrom?: FundTable['townFrom'];
  layout: NonNullable<FundTable['layout']>;
  unmapped: UnmatchedColumn[];
}

/**
 * Reads a recognised fund header into one table per year group (wide sheets) or one table (every other layout).
 * `townFrom` is set for one sheet per town (no town column).
 */
export function readFund(view: SheetView, header: HeaderMatch<FundKey>, profile: Profile, townFrom?: FundTable['townFrom']): FundTable[] {
  let town: HeaderColumn<FundKey> | undefined;
  let year: HeaderColumn<FundKey> | undefined;
  const byYear = new Map<number | undefined, { columns: Columns; others: HeaderColumn<FundKey>[] }>();
  const unmapped: UnmatchedColumn[] = [];
  for (const c of header.columns) {
    if (c.key === 'town') town ??= c;
    else if (c.key === 'year') year ??= c;
    else {
      if (!byYear.has(c.year)) byYear.set(c.year, { columns: {}, others: [] });
      const g = byYear.get(c.year)!;
      if (c.key === 'other') g.others.push(c);
      else if (!g.columns[c.key]) g.columns[c.key] = c;
      // A second column for the same source in the same group: said instead of guessed.
      else unmapped.push({ col: c.col, label: c.label, stack: c.stack, ref: c.ref, ambiguous: true, ...(c.year ? { year: c.year } : {}) });
    }
  }
  const yearGroups = [...byYear.keys()].filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  const base = { ...(town ? { town } : {}), ...(townFrom ? { townFrom } : {}) };
  const candidates = [...unmapped, ...header.unmatched.filter((u) => u.ambiguous || (!isPlainColumn(u.label) && looksLikeMoney(u.label)))];
  if (yearGroups.length >= 1 && !year) {
    // Wide year groups: each year's columns make one table; year-less amount columns (5 年合计) span the years.
    return yearGroups.map((y, i) => {
      const g = byYear.get(y)!;
      const yc = Object.values(g.columns).find((c) => c);
      const ref = yc ? yearCellRef(view, header, yc) : undefined;
      return readTable(view, header, profile, {
        ...base,
        columns: g.columns,
        others: g.others,
        sheetYear: { value: y, from: 'header', ...(ref ? { ref } : {}) },
        layout: 'wide-year-groups',
        unmapped: i === 0 ? [...candidates, ...mostlyNumbers(view, header)] : [],
      });
    });
  }
  const g = byYear.get(undefined) ?? { columns: {}, others: [] };
  const sheetYear = year ? undefined : findSheetYear(view, header);
  return [
    readTable(view, header, profile, {
      ...base,
      ...(year ? { year } : {}),
      columns: g.columns,
      others: g.others,
      ...(sheetYear ? { sheetYear } : {}),
      layout: townFrom ? 'sheet-per-town' : year ? 'long' : sheetYear ? 'per-year-sheet' : 'long',
      unmapped: [...candidates, ...mostlyNumbers(view, header)],
    }),
  ];
}

/** The cell of a wide sheet's year label over column `c`. */
function yearCellRef(view: SheetView, header: HeaderMatch<FundKey>, c: HeaderColumn<FundKey>): CellRef | undefined {
  for (let r = header.top; r <= header.bottom; r++) {
    if (readYear(view.shown(r, c.col)) === null) continue;
    const m = view.mergeAt(r, c.col);
    return { sheet: view.sheet.name, row: m ? m.top : r, col: m ? m.left : c.col };
  }
  return undefined;
}

/** Unlabelled-as-money columns that hold mostly numbers under a fund header (RULES.md FUND-COLUMN-UNMAPPED). */
function mostlyNumbers(view: SheetView, header: HeaderMatch<FundKey>): UnmatchedColumn[] {
  const out: UnmatchedColumn[] = [];
  for (const u of header.unmatched) {
    if (u.ambiguous || isPlainColumn(u.label) || looksLikeMoney(u.label)) continue;
    let numbers = 0;
    let cells = 0;
    let sequence = true;
    let prev = 0;
    for (const r of view.rowNumbers(header.bottom + 1)) {
      const v = view.raw(r, u.col);
      if (v === null || v === '') continue;
      cells++;
      if (typeof v === 'number') {
        numbers++;
        if (v !== prev + 1) sequence = false;
        prev = v;
      }
    }
    // A 序号 column by another name counts 1, 2, 3 …: not money.
    if (cells >= 3 && numbers * 2 > cells && !sequence) out.push(u);
  }
  return out;
}

const NO_OTHERS = Object.freeze([]) as unknown as (AmountCell | undefined)[];

function readTable(view: SheetView, header: HeaderMatch<FundKey>, profile: Profile, l: Layout): FundTable {
  const sheet = view.sheet.name;
  const { columns, others } = l;
  const line = findUnitLine(view, header);
  const headerUnit = [columns.total, columns.province, ...Object.values(columns)].find((c) => c?.unit)?.unit;
  const unit: Unit = line?.unit ?? headerUnit ?? '万元';
  const unitSource: FundTable['unitSource'] = line ? 'line' : headerUnit ? 'header' : 'default';
  const unitRef = line?.ref ?? [...Object.values(columns)].find((c) => c?.unit)?.ref;
  const anchor = l.town ?? l.year ?? Object.values(columns).find((c) => c)!;
  const townCol = anchor.col;
  const townLabels = new Set([normaliseLabel(anchor.label), ...profile.aliases.town.map(normaliseLabel)]);

  const amountAt = (row: number, col: HeaderColumn<FundKey>): AmountCell => {
    const raw = view.raw(row, col.col);
    const u = col.unit ?? unit;
    return { ref: { sheet, row, col: col.col }, raw, unit: u, read: readAmount(raw, u) };
  };
  // A table without other money streams gives its rows one shared empty list (never changed), not one each.
  const othersAt = (row: number): (AmountCell | undefined)[] => (others.length ? others.map((c) => amountAt(row, c)) : NO_OTHERS);
  const readAmounts = (row: number) => {
    const amounts: Partial<Record<AmountKey, AmountCell>> = {};
    for (const k of AMOUNT_KEYS) {
      const c = columns[k];
      if (c) amounts[k] = amountAt(row, c);
    }
    return amounts;
  };
  // The columns a row's amounts are read from; a row "has amounts" when one of them holds a number, a text or a
  // boolean (what readAmount reads as number, text-number or not-number), never an error or blank text.
  const amountCols = [...Object.values(columns), ...others].filter((c): c is HeaderColumn<FundKey> => !!c).map((c) => c.col);
  const hasAmounts = (row: number) => {
    for (const col of amountCols) if (isAmountLike(view.raw(row, col))) return true;
    return false;
  };

  // Rows keep how their cells read and nothing else (compact-row.ts); a row whose reads are those of the row before
  // it (a sheet repeats 2000 / 1200 / 600 … row after row) shares that row's list.
  const src = rowSource(
    {
      view,
      sheet,
      unit,
      townCol,
      ...(l.year ? { yearCol: l.year.col } : {}),
      ...(l.townFrom ? { townFrom: l.townFrom.town } : {}),
      ...(l.sheetYear ? { sheetYear: l.sheetYear } : {}),
    },
    columns,
    others,
  );
  let lastReads: AmountRead[] = [];
  const readsOf = (r: number): AmountRead[] => {
    const n = src.columns.length;
    let same = lastReads.length === n;
    const reads: AmountRead[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = src.columns[i];
      reads[i] = readAmount(view.raw(r, c.col), c.unit ?? unit);
      if (reads[i] !== lastReads[i]) same = false;
    }
    if (same) return lastReads;
    lastReads = reads;
    return reads;
  };

  const skipped: SkippedRows[] = [];
  const skip = (r: number, why: string) => skipped.push({ rows: toA1(r, 1), why });
  const entries: (FundRow | TotalRow)[] = [];
  let lastYear: number | null = null;
  let section: { value: number; ref: CellRef } | undefined;
  for (const r of view.rowNumbers(header.bottom + 1)) {
    const kind = classifyRow(view, r, townCol, profile, Infinity);
    if (kind.kind === 'empty') continue;
    if (kind.kind === 'note' || (kind.kind === 'data' && !l.year && !l.townFrom)) {
      const texts = view.cellsOf(r).map((c) => cellText(c.value));
      // Year sections (「一 | 2021年」), group headings (「一、重点帮扶镇」), notes; and a row with amounts but no town.
      const sy = l.year ? undefined : sectionYear(texts);
      if (sy !== undefined && !hasAmounts(r)) {
        const first = view.cellsOf(r).find((c) => readYear(c.value) !== null || /\d{4}/.test(cellText(c.value)));
        section = { value: sy, ref: { sheet, row: r, col: first?.col ?? 1 } };
        skip(r, 'year-section');
        continue;
      }
      if (kind.kind === 'note') {
        if (hasAmounts(r) && !texts.some((t) => /^(注|备注|说明)/.test(normaliseName(t)))) {
          entries.push(dataRow(r, ''));
          continue;
        }
        skip(r, texts.some((t) => isGroupHeading(t)) ? 'group-heading' : 'note');
        continue;
      }
    }
    const yearRaw = l.year ? view.shown(r, l.year.col) : null;
    const yearValue = l.year ? readYear(yearRaw) : null;
    if (kind.kind === 'total') {
      entries.push({
        kind: 'total',
        row: r,
        label: kind.label,
        level: kind.level,
        grand: kind.grand,
        ref: { sheet, row: r, col: kind.col },
        // A section's year is not given to its totals: a 合计 after the last section may cover every section.
        year: yearValue ?? yearInText(kind.label) ?? (kind.grand ? null : (l.sheetYear?.value ?? null)),
        amounts: readAmounts(r),
        others: othersAt(r),
      });
      continue;
    }
    const townText = normaliseName(cellText(view.shown(r, townCol)));
    const withAmounts = !!l.townFrom || hasAmounts(r);
    if (!l.townFrom && !withAmounts && townLabels.has(normaliseLabel(townText))) {
      skip(r, 'header-repeated');
      continue;
    }
    if (!l.townFrom && !withAmounts && isGroupHeading(townText)) {
      skip(r, 'group-heading');
      continue;
    }
    // Words in the town column with no amounts and no plan town (「（以下空白）」): a note, listed, not a town.
    if (!l.townFrom && !withAmounts && !townVariant(townText, profile) && !/[镇乡]$/.test(townText)) {
      skip(r, 'note');
      continue;
    }
    entries.push(dataRow(r, l.townFrom ? l.townFrom.town : townText));
  }

  function dataRow(r: number, townName: string): FundRow {
    const townRaw = l.townFrom ? townName : view.shown(r, townCol);
    let yearValue: number | null = null;
    if (l.year) {
      const yearRaw = view.shown(r, l.year.col);
      yearValue = readYear(yearRaw);
      // A year typed once at the top of its block and left blank below it: the block's year.
      if (cellText(yearRaw).trim() === '' && lastYear !== null) yearValue = lastYear;
      else if (yearValue !== null) lastYear = yearValue;
    } else if (section) yearValue = section.value;
    else if (l.sheetYear) yearValue = l.sheetYear.value;
    return new CompactFundRow(src, r, normaliseName(cellText(townRaw)), yearValue, l.year ? undefined : section, readsOf(r));
  }

  const usedSections = skipped.some((s) => s.why === 'year-section');
  return {
    sheet,
    headerTop: header.top,
    headerBottom: header.bottom,
    town: anchor,
    ...(l.year ? { year: l.year } : {}),
    columns,
    others,
    unit,
    unitSource,
    ...(unitRef ? { unitRef } : {}),
    ...(l.sheetYear ? { sheetYear: l.sheetYear } : usedSections ? { sheetYear: { value: section!.value, from: 'section' as const } } : {}),
    entries,
    layout: usedSections && l.layout !== 'wide-year-groups' ? 'year-sections' : l.layout,
    skipped,
    unmapped: l.unmapped,
    ...(l.townFrom ? { townFrom: l.townFrom } : {}),
  };
}
