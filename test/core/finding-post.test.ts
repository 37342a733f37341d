/**
 * The engine's post-processing of findings, on its fast paths (issue 14): dedupe and assignGroups look their keys up
 * in maps of the findings' own strings, and a row's finding reads each candidate cell once. Each is compared with
 * the plain rule it replaces, over generated findings and rows.
 */
import fc from 'fast-check';
import { dedupe } from '../../src/core/engine';
import { assignGroups, causeOf } from '../../src/core/groups';
import { DEFAULT_PROFILE, formatFen, makeFinding, numberToFen, type Finding } from '../../src/core';
import { fundRow, fundSheet, pairingSheet, type Grid } from './grids';
import { run } from './check';

/** A finding of a few codes, severities, sheets (one with '|'), cells and params, so that keys repeat. */
const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    code: fc.constantFrom('FUND-SHARE', 'FUND-SUM', 'ALLOC-DEVIATION', 'VILLAGE-INCOME', 'FUND-ROW-MISSING', 'WB-NO-FUND'),
    info: fc.boolean(),
    sheet: fc.constantFrom('', '资金筹集', '资金分配', 'a|c3', 'a'),
    row: fc.integer({ min: 0, max: 4 }),
    col: fc.integer({ min: 0, max: 4 }),
    range: fc.boolean(),
    year: fc.option(fc.constantFrom(2021, 2022), { nil: undefined }),
    candidates: fc.option(fc.constantFrom(['C3'], ['C3', 'D3']), { nil: undefined }),
    expected: fc.option(fc.constantFrom('1.00', '2.00'), { nil: undefined }),
    actual: fc.option(fc.constantFrom('1.00', '3.00'), { nil: undefined }),
  })
  .map((g) => {
    const where =
      g.sheet === ''
        ? null
        : g.row === 0
          ? { sheet: g.sheet }
          : g.range
            ? { sheet: g.sheet, cell: `A${g.row}:C${g.row}`, row: g.row, col: g.col }
            : { sheet: g.sheet, row: g.row, col: g.col + 1 };
    const params = { town: '龙窝镇', ...(g.year ? { year: g.year } : {}), ...(g.candidates ? { candidates: g.candidates } : {}) };
    return makeFinding(g.code as 'FUND-SUM', where, params as never, {
      ...(g.expected ? { expected: g.expected } : {}),
      ...(g.actual ? { actual: g.actual } : {}),
      ...(g.info ? { severity: 'info' as const } : {}),
    });
  });

/** dedupe as it was: a key string per finding. */
function dedupeByKey(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding[]>();
  return findings.filter((f) => {
    if (!f.cell) return true;
    const k = `${f.code}|${f.sheet}|${f.cell}`;
    const list = seen.get(k) ?? [];
    const same = (p: Finding) =>
      p.expected === f.expected && p.actual === f.actual && JSON.stringify(p.params) === JSON.stringify(f.params);
    if (list.some(same)) return false;
    list.push(f);
    seen.set(k, list);
    return true;
  });
}

describe('findings after the checks (issue 14 fast paths)', () => {
  it('dedupe keeps the same findings, in the same order, as a key string per finding did', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 120 }), (findings) => {
        expect(dedupe(findings)).toEqual(dedupeByKey(findings));
        // The same finding twice on a cell is said once; on no cell, every time.
        const twice = dedupe([...findings, ...findings]);
        expect(twice.filter((f) => f.cell !== '').length).toBe(dedupe(findings).filter((f) => f.cell !== '').length);
      }),
    );
  });

  it('assignGroups gives every finding the group causeOf gives it, numbered by first appearance', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 120 }), (findings) => {
        const ids = new Map<string, string>();
        const want = findings.map((f) => {
          const k = causeOf(f);
          if (!ids.has(k)) ids.set(k, `g${ids.size + 1}`);
          return ids.get(k);
        });
        const copies = findings.map((f) => ({ ...f }) as Finding);
        expect(assignGroups(copies).map((f) => f.group)).toEqual(want);
      }),
    );
  });

  it('a row no one cell explains: its cell spans the candidates and 实际 lists their values, for any wrong amounts', () => {
    const Y = DEFAULT_PROFILE.years.first;
    let rowFindings = 0;
    const amount = fc.integer({ min: -500_000, max: 5_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 3, max: 8 }), amount), { minLength: 1, maxLength: 4 }), (edits) => {
        const row = fundRow('水墩镇', Y);
        const edit = (rows: Grid) => {
          for (const [c, v] of edits) rows[row - 1][c] = v;
        };
        const r = run([pairingSheet(), fundSheet({ edit })]);
        const grid = fundSheet({ edit }).rows;
        for (const f of r.findings) {
          const candidates = (f.params as { candidates?: string[] }).candidates;
          if (!candidates) continue;
          rowFindings++;
          const cols = candidates.map((c) => c.charCodeAt(0) - 65);
          expect(candidates.every((c) => c.slice(1) === String(row))).toBe(true);
          const first = String.fromCharCode(65 + Math.min(...cols));
          const last = String.fromCharCode(65 + Math.max(...cols));
          expect(f.cell).toBe(cols.length === 1 ? candidates[0] : `${first}${row}:${last}${row}`);
          const shown = cols.map((c) => grid[row - 1][c]).filter((v): v is number => typeof v === 'number');
          expect(f.actual ?? '').toBe(shown.map((v) => formatFen(numberToFen(v, '万元')!, '万元')).join(' / '));
        }
      }),
      { numRuns: 60 },
    );
    expect(rowFindings).toBeGreaterThan(10);
  });
});
