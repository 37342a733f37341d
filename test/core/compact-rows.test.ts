/**
 * Fund rows held compactly (issue 14, compact-row.ts): a row keeps its values and makes its cells when asked. The checks
 * read rows through the fast accessors (townValue, yearValue, readAt …); these must say exactly what the cells say,
 * and the cells must be the sheet's own cells, on any layout, column order, merge and value.
 */
import fc from 'fast-check';
import { DEFAULT_PROFILE, type CellValue, type MergeArea, type SheetSnapshot } from '../../src/core';
import { recogniseWorkbook, readAmount, type FundRow } from '../../src/core/recognise';
import { rowFigures, rowFiguresOf } from '../../src/core/checks/amounts';
import { readYear } from '../../src/core/recognise/vocabulary';
import type { AmountKey } from '../../src/core/findings';

const P = DEFAULT_PROFILE;
const HEADERS: Record<AmountKey | 'town' | 'year' | 'other', string> = {
  town: '镇',
  year: '年度',
  total: '合计',
  province: '省级',
  shenzhen: '深圳市',
  heyuan: '河源市',
  heyuanCity: '市级',
  county: '县级',
  other: '社会捐赠',
};

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<CellValue>(2000, 1200, 600, 200, 40, 160, 0, 1200.005) },
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  fc.constantFrom<CellValue>('1,200', '１２００', '1200万', '-', '—', '', '  ', 'abc', null, true, { error: '#REF!' }, { error: '#N/A' }),
);
const town = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...P.towns.map((t) => t.name)) },
  fc.constantFrom<CellValue>('紫城', ' 龙窝镇 ', '临江镇', '', null, 12, { error: '#N/A' }, '合计', '2021年小计', '注：单位万元'),
);
const year = fc.constantFrom<CellValue>(2021, 2022, 2025, 2030, '2023年', '2024年度', '', null, 'abc', 2021.5);

const layout = fc.record({
  keys: fc.shuffledSubarray(['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county', 'other'] as const, { minLength: 1 }),
  yearColumn: fc.boolean(),
  /** Where the town and year columns go among the amount columns. */
  townAt: fc.nat(),
  yearAt: fc.nat(),
  unit: fc.constantFrom('单位：万元', '单位：元'),
  rows: fc.array(fc.record({ town, year, amounts: fc.array(amount, { minLength: 7, maxLength: 7 }), mergeDown: fc.nat({ max: 2 }) }), {
    minLength: 1,
    maxLength: 25,
  }),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function sheetOf(l: Layout): { sheet: SheetSnapshot; cols: Record<string, number> } {
  const order: string[] = [...l.keys];
  order.splice(l.townAt % (order.length + 1), 0, 'town');
  if (l.yearColumn) order.splice(l.yearAt % (order.length + 1), 0, 'year');
  const cols: Record<string, number> = {};
  order.forEach((k, i) => (cols[k] = i + 1));
  const rows: CellValue[][] = [
    [l.yearColumn ? '资金安排表' : '2023年资金安排表'],
    [l.unit],
    order.map((k) => HEADERS[k as keyof typeof HEADERS]),
  ];
  const merges: MergeArea[] = [];
  let skipTown = 0;
  for (const r of l.rows) {
    const row: CellValue[] = order.map(() => null);
    const at = rows.length + 1;
    if (skipTown > 0) skipTown--;
    else {
      row[cols.town - 1] = r.town;
      // A town merged down over the next rows (its years), as county sheets do.
      const down = Math.min(r.mergeDown, l.rows.length - (at - 3));
      if (down > 0) {
        merges.push({ top: at, left: cols.town, bottom: at + down, right: cols.town });
        skipTown = down;
      }
    }
    if (l.yearColumn) row[cols.year - 1] = r.year;
    l.keys.forEach((k, i) => (row[cols[k] - 1] = r.amounts[i]));
    rows.push(row);
  }
  return { sheet: { name: '资金', rows, merges }, cols };
}

const shownAt = (sheet: SheetSnapshot, row: number, col: number): { value: CellValue; top: number; left: number } => {
  const m = sheet.merges?.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  const top = m ? m.top : row;
  const left = m ? m.left : col;
  return { value: sheet.rows[top - 1]?.[left - 1] ?? null, top, left };
};

describe('fund rows held compactly', () => {
  it('read each cell as the sheet has it, and the fast accessors say what the cells say', () => {
    fc.assert(
      fc.property(layout, (l) => {
        const { sheet, cols } = sheetOf(l);
        const funds = recogniseWorkbook({ sheets: [sheet] }, P).funds;
        for (const t of funds) {
          const unit = t.unit;
          let blockYear: number | null = null;
          for (const e of t.entries) {
            if (e.kind !== 'row') continue;
            const row: FundRow = e;
            // The cells: where they are and what they hold.
            for (const k of ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'] as AmountKey[]) {
              const c = row.amounts[k];
              if (!t.columns[k]) {
                expect(c).toBeUndefined();
                expect(row.readAt(k)).toBeUndefined();
                continue;
              }
              const col = t.columns[k]!.col;
              const raw = sheet.rows[row.row - 1][col - 1] ?? null;
              const want = {
                ref: { sheet: '资金', row: row.row, col },
                raw,
                unit: t.columns[k]!.unit ?? unit,
                read: readAmount(raw, unit),
              };
              expect(c).toEqual(want);
              expect(row.amountAt(k)).toEqual(want);
              expect(row.readAt(k)).toEqual(want.read);
            }
            expect(row.otherCount).toBe(t.others.length);
            expect(row.others.length).toBe(t.others.length);
            t.others.forEach((o, i) => {
              const raw = sheet.rows[row.row - 1][o.col - 1] ?? null;
              expect(row.others[i]).toEqual({ ref: { sheet: '资金', row: row.row, col: o.col }, raw, unit, read: readAmount(raw, unit) });
              expect(row.otherAt(i)).toEqual(row.others[i]);
              expect(row.otherReadAt(i)).toEqual(row.others[i]!.read);
            });
            expect(rowFiguresOf(row)).toEqual(rowFigures(row.amounts, row.others));
            // The town: the merged area's cell when the town is merged down over the row.
            const shown = shownAt(sheet, row.row, cols.town);
            expect(row.town.ref).toEqual({ sheet: '资金', row: shown.top, col: shown.left });
            expect(row.town.raw).toEqual(shown.value);
            expect(row.townRaw).toEqual(row.town.raw);
            expect(row.townValue).toBe(row.town.value);
            // The year: its cell (a blank one under a block's year carries it), or the title's year.
            const y = row.year;
            expect(row.yearValue).toBe(y.value);
            expect(row.yearFrom).toBe(y.from);
            if (l.yearColumn) {
              const raw = sheet.rows[row.row - 1][cols.year - 1] ?? null;
              const blank = raw === null || (typeof raw === 'string' && raw.trim() === '') || typeof raw === 'object';
              const value: number | null = blank && blockYear !== null ? blockYear : readYear(raw);
              if (!blank && value !== null) blockYear = value;
              expect(y).toEqual({
                value,
                text: blank && value !== null ? String(value) : raw === null || typeof raw === 'object' ? '' : String(raw).trim(),
                ref: { sheet: '资金', row: row.row, col: cols.year },
                from: 'column',
              });
            } else {
              expect(y).toEqual({ value: 2023, text: '2023', ref: { sheet: '资金', row: 1, col: 1 }, from: 'title' });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
