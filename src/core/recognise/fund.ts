/**
 * Reading a fund sheet (资金筹集 / 资金分配, 四（十一）) into typed rows: one long sheet with a year column, or one
 * sheet per year (the year in the sheet name or title); 合计 / 小计 rows kept apart; the unit from a 单位 line,
 * the header text, or 万元 by default.
 */
import type { AmountKey } from '../findings';
import type { Unit } from '../money';
import type { Profile } from '../profile';
import type { CellRef, CellValue } from '../types';
import { readAmount, type AmountCell } from './amount';
import type { HeaderColumn, HeaderMatch } from './header';
import { classifyRow } from './rows';
import type { FundKey, FundRow, FundTable, TotalRow } from './tables';
import { cellText, normaliseName, unitInLine, yearInText } from './text';
import type { SheetView } from './view';

const AMOUNT_KEYS: readonly AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];

/** Finds a 单位 line above the header (or in the header's own row, at its right). */
function findUnitLine(view: SheetView, header: HeaderMatch<FundKey>): { unit: Unit; ref: CellRef } | undefined {
  for (let r = 1; r <= header.bottom; r++) {
    for (let c = 1; c <= Math.min(view.colCount, 40); c++) {
      const v = view.raw(r, c);
      if (typeof v !== 'string') continue;
      const u = unitInLine(v);
      if (u) return { unit: u, ref: { sheet: view.sheet.name, row: r, col: c } };
    }
  }
  return undefined;
}

function findSheetYear(view: SheetView, header: HeaderMatch<FundKey>): FundTable['sheetYear'] {
  const fromName = yearInText(view.sheet.name);
  if (fromName) return { value: fromName, from: 'sheet-name' };
  for (let r = 1; r < header.top; r++) {
    for (let c = 1; c <= Math.min(view.colCount, 40); c++) {
      const y = yearInText(cellText(view.raw(r, c)));
      if (y) return { value: y, from: 'title', ref: { sheet: view.sheet.name, row: r, col: c } };
    }
  }
  return undefined;
}

/** A year cell: 2023, '2023', '2023年', '2023年度'. */
export function readYear(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1000 && raw <= 9999 ? raw : null;
  if (typeof raw === 'string') {
    const m = /^\s*(\d{4})\s*(年度?)?\s*$/.exec(raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    return m ? Number(m[1]) : null;
  }
  return null;
}

export function readFund(view: SheetView, header: HeaderMatch<FundKey>, profile: Profile, _title: string): FundTable {
  const sheet = view.sheet.name;
  const columns: FundTable['columns'] = {};
  const others: HeaderColumn<FundKey>[] = [];
  let town: HeaderColumn<FundKey> | undefined;
  let year: HeaderColumn<FundKey> | undefined;
  for (const c of header.columns) {
    if (c.key === 'town') town ??= c;
    else if (c.key === 'year') year ??= c;
    else if (c.key === 'other') others.push(c);
    else if (!columns[c.key]) columns[c.key] = c;
  }
  const line = findUnitLine(view, header);
  const headerUnit = [columns.total, columns.province, ...Object.values(columns)].find((c) => c?.unit)?.unit;
  const unit: Unit = line?.unit ?? headerUnit ?? '万元';
  const unitSource: FundTable['unitSource'] = line ? 'line' : headerUnit ? 'header' : 'default';
  const unitRef = line?.ref ?? [...Object.values(columns)].find((c) => c?.unit)?.ref;
  const sheetYear = year ? undefined : findSheetYear(view, header);
  const townCol = town!.col;

  const amountAt = (row: number, col: HeaderColumn<FundKey>): AmountCell => {
    const raw = view.raw(row, col.col);
    const u = col.unit ?? unit;
    return { ref: { sheet, row, col: col.col }, raw, unit: u, read: readAmount(raw, u) };
  };
  const readAmounts = (row: number) => {
    const amounts: Partial<Record<AmountKey, AmountCell>> = {};
    for (const k of AMOUNT_KEYS) {
      const c = columns[k];
      if (c) amounts[k] = amountAt(row, c);
    }
    return amounts;
  };

  const entries: (FundRow | TotalRow)[] = [];
  let lastYear: number | null = null;
  for (let r = header.bottom + 1; r <= view.rowCount; r++) {
    const kind = classifyRow(view, r, townCol, profile, view.colCount);
    if (kind.kind === 'empty' || kind.kind === 'note') continue;
    const yearRaw = year ? view.shown(r, year.col) : null;
    const yearValue = year ? readYear(yearRaw) : null;
    if (kind.kind === 'total') {
      entries.push({
        kind: 'total',
        row: r,
        label: kind.label,
        level: kind.level,
        ref: { sheet, row: r, col: kind.col },
        year: yearValue ?? sheetYear?.value ?? null,
        amounts: readAmounts(r),
        others: others.map((c) => amountAt(r, c)),
      });
      continue;
    }
    const townRaw = view.shown(r, townCol);
    const m = view.mergeAt(r, townCol);
    const townRef: CellRef = m ? { sheet, row: m.top, col: m.left } : { sheet, row: r, col: townCol };
    let y: FundRow['year'];
    if (year) {
      const ym = view.mergeAt(r, year.col);
      const yref: CellRef = ym ? { sheet, row: ym.top, col: ym.left } : { sheet, row: r, col: year.col };
      const text = cellText(yearRaw).trim();
      if (text === '' && lastYear !== null) {
        // A year typed once at the top of its block and left blank below it: the block's year.
        y = { value: lastYear, text: String(lastYear), ref: yref, from: 'column' };
      } else {
        y = { value: yearValue, text, ref: yref, from: 'column' };
        if (yearValue !== null) lastYear = yearValue;
      }
    } else if (sheetYear) {
      y = { value: sheetYear.value, text: String(sheetYear.value), ...(sheetYear.ref ? { ref: sheetYear.ref } : {}), from: sheetYear.from };
    } else {
      y = { value: null, text: '', from: 'none' };
    }
    entries.push({
      kind: 'row',
      row: r,
      town: { value: normaliseName(cellText(townRaw)), ref: townRef, raw: townRaw },
      year: y,
      amounts: readAmounts(r),
      others: others.map((c) => amountAt(r, c)),
    });
  }
  return {
    sheet,
    headerTop: header.top,
    headerBottom: header.bottom,
    town: town!,
    ...(year ? { year } : {}),
    columns,
    others,
    unit,
    unitSource,
    ...(unitRef ? { unitRef } : {}),
    ...(sheetYear ? { sheetYear } : {}),
    entries,
  };
}
