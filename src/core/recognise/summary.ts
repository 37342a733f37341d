/**
 * The recognition summary of each sheet (RULES.md "Additions": `recognition.sheets`): what it was read as, by which
 * layout reader, its header range, each mapped column (role → letter and the header text it matched), the years
 * and rows read, and the rows skipped with the reason. Built from the typed tables, never from the grid again.
 */
import { colToLetters, toA1Range } from '../a1';
import type { MappedColumn, SheetRecognition } from '../recognition';
import type { HeaderColumn } from './header';
import type { RecordTable } from './records';
import type { FundTable, PairingTable, SourceTable } from './tables';

const mapped = (c: HeaderColumn<string>, role: string = c.key): MappedColumn => ({
  role,
  col: colToLetters(c.col),
  header: c.label,
  ...(c.year !== undefined ? { year: c.year } : {}),
});

function headerRange(top: number, bottom: number, cols: readonly { col: number }[]): string {
  const left = Math.min(...cols.map((c) => c.col));
  const right = Math.max(...cols.map((c) => c.col));
  return toA1Range(top, Number.isFinite(left) ? left : 1, bottom, Number.isFinite(right) ? right : 1);
}

/** One sheet's fund tables (several for a wide sheet, one table per year group) as one summary entry. */
export function describeFund(tables: readonly FundTable[]): SheetRecognition {
  const t0 = tables[0];
  const columns: MappedColumn[] = [];
  if (!t0.townFrom) columns.push(mapped(t0.town, 'town'));
  if (t0.year) columns.push(mapped(t0.year, 'year'));
  const years = new Set<number>();
  let rows = 0;
  for (const t of tables) {
    for (const c of Object.values(t.columns)) if (c) columns.push(mapped(c));
    for (const c of t.others) columns.push(mapped(c, 'other'));
    for (const e of t.entries) {
      if (e.kind !== 'row') continue;
      rows++;
      if (e.yearValue !== null) years.add(e.yearValue);
    }
  }
  const all = tables.flatMap((t) => [t.town, ...(t.year ? [t.year] : []), ...t.others, ...Object.values(t.columns)]).filter((h) => !!h);
  return {
    sheet: t0.sheet,
    as: 'fund-by-town',
    ...(t0.layout ? { layout: t0.layout } : {}),
    header: headerRange(t0.headerTop, t0.headerBottom, all as { col: number }[]),
    years: [...years].sort((a, b) => a - b),
    rows,
    columns,
    skipped: t0.skipped ?? [],
    unit: t0.unit,
    ...(t0.townFrom ? { town: t0.townFrom.town } : {}),
  };
}

export function describePairing(t: PairingTable): SheetRecognition {
  const cols = Object.values(t.columns).filter((c): c is NonNullable<typeof c> => !!c);
  return {
    sheet: t.sheet,
    as: 'pairing',
    header: headerRange(t.headerTop, t.headerBottom, cols),
    rows: t.rows.length,
    columns: cols.map((c) => mapped(c)),
    skipped: t.skipped ?? [],
  };
}

export function describeSources(t: SourceTable): SheetRecognition {
  return {
    sheet: t.sheet,
    as: 'fund-by-source',
    layout: 'pool-by-source',
    header: toA1Range(t.headerRow, 1, t.headerRow, Math.max(1, ...t.yearCols.values(), t.totalCol ?? 1)),
    years: [...t.yearCols.keys()].sort((a, b) => a - b),
    rows: t.rows.length,
    columns: [...t.yearCols].map(([year, col]) => ({ role: 'year', year, col: colToLetters(col), header: `${year}` })),
    skipped: [],
    unit: t.unit,
  };
}

const RECORD_AS = { team: 'team', village: 'village', meeting: 'meeting', factor: 'factors' } as const;

export function describeRecords(t: RecordTable): SheetRecognition {
  const cols = Object.entries(t.columns).filter((e): e is [string, HeaderColumn<string>] => !!e[1]);
  return {
    sheet: t.sheet,
    as: RECORD_AS[t.kind],
    rows: t.rows.length,
    columns: cols.map(([role, c]) => mapped(c, role)),
  };
}

export function describeNone(sheet: string, why: string): SheetRecognition {
  return { sheet, as: 'none', why };
}
