/**
 * The one cell to fix (issue 11): corrupt any one amount cell of a right workbook — a part, with the =SUM totals
 * above it moved as Excel recalculates them, or a total typed over its formula — and the check gives exactly one
 * error, on that cell, whose expected value is the one the cell had.
 */
import fc from 'fast-check';
import { DEFAULT_PROFILE, fenToNumber, formatFen, numberToFen, type CellValue } from '../../src/core';
import { run } from './check';
import { fundRow, fundSheet, pairingSheet, recomputeTotals, type Grid } from './grids';

const P = DEFAULT_PROFILE;
const YEARS = [P.years.first, P.years.first + 1];
const COLS = ['D', 'E', 'F', 'G', 'H', 'I'] as const;
type Col = (typeof COLS)[number];
/** The =SUM totals above each amount column in the fund sheet: 合计 (D) over E, F, G; 河源市 (G) over H, I. */
const ABOVE: Record<Col, Col[]> = { D: [], E: ['D'], F: ['D'], G: ['D'], H: ['G', 'D'], I: ['G', 'D'] };
const idx = (c: string) => c.charCodeAt(0) - 65;
const fen = (v: CellValue) => numberToFen(v as number, '万元')!;

interface Case {
  amounts: number[];
  town: number;
  year: number;
  col: Col;
  /** The corruption, in 0.01 万元. */
  delta: number;
  /** The town rows' totals are =SUM formulas (else typed). */
  rowFormulas: boolean;
  /** The 合计 rows are =SUM formulas (else typed). */
  totalFormulas: boolean;
  /** Corrupt the year's 合计 row instead of a town row. */
  onTotalRow: boolean;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  amounts: fc.array(fc.integer({ min: 50_000, max: 400_000 }), { minLength: P.towns.length, maxLength: P.towns.length }),
  town: fc.integer({ min: 0, max: P.towns.length - 1 }),
  year: fc.constantFrom(...YEARS),
  col: fc.constantFrom(...COLS),
  // At least 0.10 万元: a smaller change under an =SUM total spreads into the tolerance (0.01) and is not an error.
  delta: fc.integer({ min: 10, max: 80_000 }).chain((d) => fc.constantFrom(d, -d)),
  rowFormulas: fc.boolean(),
  totalFormulas: fc.boolean(),
  onTotalRow: fc.boolean(),
});

function corrupt(c: Case): { rows: Grid; cell: string; original: bigint } {
  const sheet = fundSheet({
    years: YEARS,
    amount: (t, y) => c.amounts[(P.towns.findIndex((x) => x.name === t) + y) % P.towns.length] / 100,
  });
  const rows = sheet.rows as Grid;
  const r = c.onTotalRow
    ? fundRow(P.towns[P.towns.length - 1].name, c.year, P, YEARS[0]) + 1
    : fundRow(P.towns[c.town].name, c.year, P, YEARS[0]);
  const row = rows[r - 1];
  const original = fen(row[idx(c.col)]);
  let delta = BigInt(c.delta) * 10_000n;
  if (original + delta < 0n) delta = -delta;
  const move = (col: Col) => (row[idx(col)] = fenToNumber(fen(row[idx(col)]) + delta, '万元'));
  move(c.col);
  if (!c.onTotalRow) {
    if (c.rowFormulas) for (const a of ABOVE[c.col]) move(a);
    if (c.totalFormulas) recomputeTotals(rows);
  }
  return { rows, cell: `${c.col}${r}`, original };
}

describe('the one cell to fix', () => {
  it('corrupting any one amount cell gives exactly one error, on that cell, expecting its value', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { rows, cell, original } = corrupt(c);
        const r = run([pairingSheet(), { name: '资金筹集', rows }]);
        const errors = r.findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => [f.sheet, f.cell, f.expected])).toEqual([['资金筹集', cell, formatFen(original, '万元')]]);
      }),
      { numRuns: 400 },
    );
  });

  it('测算结果 splits the corrected row and the year’s pool counts it once: shares and warnings as if the cell were right', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { rows } = corrupt(c);
        const clean = corrupt({ ...c, delta: 0 });
        const r = run([pairingSheet(), { name: '资金筹集', rows }]);
        const want = run([pairingSheet(), { name: '资金筹集', rows: clean.rows }]);
        expect(r.shares.map((s) => [s.town, s.year, s.computed])).toEqual(want.shares.map((s) => [s.town, s.year, s.computed]));
        const warnings = (x: typeof r) => x.findings.filter((f) => f.severity === 'warning').map((f) => [f.code, f.cell, f.actual]);
        expect(warnings(r)).toEqual(warnings(want));
      }),
      { numRuns: 200 },
    );
  });

  it('names FUND-SUM only when the total is the odd one, FUND-SHARE for a source, FUND-LOCAL-SPLIT for 市级 / 县级', () => {
    const codeOf = (col: Col) => {
      const { rows } = corrupt({
        amounts: P.towns.map(() => 200_000),
        town: 3,
        year: YEARS[0],
        col,
        delta: 10_000,
        rowFormulas: true,
        totalFormulas: true,
        onTotalRow: false,
      });
      return run([pairingSheet(), { name: '资金筹集', rows }]).findings.filter((f) => f.severity === 'error')[0]?.code;
    };
    expect(COLS.map(codeOf)).toEqual(['FUND-SUM', 'FUND-SHARE', 'FUND-SHARE', 'FUND-SHARE', 'FUND-LOCAL-SPLIT', 'FUND-LOCAL-SPLIT']);
  });

  it('省级 typed 100 too high under an =SUM total: one FUND-SHARE on 省级 expecting 1200, not three wrong figures', () => {
    const { rows } = corrupt({
      amounts: P.towns.map(() => 200_000),
      town: 0,
      year: YEARS[0],
      col: 'E',
      delta: 10_000,
      rowFormulas: true,
      totalFormulas: true,
      onTotalRow: false,
    });
    const r = run([pairingSheet(), { name: '资金筹集', rows }]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([
      ['FUND-SHARE', `E${fundRow('龙窝镇', YEARS[0], P, YEARS[0])}`, '1200.00', '1300.00'],
    ]);
  });
});
