/**
 * Reading big workbooks as Excel on the web allows it: the strict simulator refuses any sync whose request or
 * response is over 5 MB (JSON of every value loaded), so the host reads used ranges in bounded row blocks,
 * after a cheap pass for the sheets' shapes, and never reads the product's own sheets.
 */
import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../src/core';
import { runCheck } from '../../src/hosts/excel';
import { readWorkbook } from '../../src/hosts/excel/read';
import { installSimulator, jsonBytes } from '../sim/sim';
import { emptySheet, modelOf, type SimModel, type SimValue } from '../sim/model';
import { fundSheet, pairingSheet } from '../core/grids';

const Y = DEFAULT_PROFILE.years.first;
const FOUR_MB = 4 * 1024 * 1024;

/** A fund sheet of at least `rows` rows of 9 columns (16 towns a year, no 合计 rows). */
const longFund = (rows: number) => fundSheet({ years: Array.from({ length: Math.ceil(rows / 16) }, (_, i) => Y + (i % 5)), totals: false });

/** What Excel would send for every cell of the sheets: values and value types, as JSON bytes. */
function cellBytes(model: SimModel): number {
  return model.sheets.reduce((n, s) => {
    const cols = Math.max(0, ...s.cells.map((r) => r.length));
    const grid = s.cells.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ''));
    return n + jsonBytes(grid) + jsonBytes(grid.map((r) => r.map(() => 'Double')));
  }, 0);
}

/** The sheet's cells as the engine sees them: trailing blanks dropped, '' as null. */
const normal = (rows: readonly (readonly SimValue[] | undefined)[]) => {
  const out = rows.map((r) => {
    const cells = (r ?? []).map((v) => (v === '' || v === undefined ? null : v));
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
};

describe('a 50,000-row × 9-column fund sheet', () => {
  it('is checked with every request and response under 4 MB, in 4 syncs plus one per further block', async () => {
    const fund = longFund(50_000);
    expect(fund.rows.length).toBeGreaterThanOrEqual(50_000);
    const small = installSimulator(modelOf([pairingSheet(), fundSheet({ years: [Y, Y + 1] })]));
    await runCheck({ lang: 'zh-CN' });
    expect(small.syncs).toBeLessThanOrEqual(4);

    const model = modelOf([pairingSheet(), fund]);
    const sim = installSimulator(model);
    const r = await runCheck({ lang: 'zh-CN' });
    expect(r.findings.length).toBeGreaterThan(40_000);
    expect(sim.sheet('校验问题')!.cells.length).toBeLessThan(2100);
    expect(sim.largestResponse).toBeLessThan(FOUR_MB);
    expect(sim.largestRequest).toBeLessThan(FOUR_MB);
    // Blocks are not needlessly small: at most one sync per 3 MB of cells, and one more.
    const blocks = Math.ceil(cellBytes(model) / (3 * 1024 * 1024)) + 1;
    expect(sim.syncs).toBeGreaterThan(4);
    expect(sim.syncs).toBeLessThanOrEqual(3 + blocks);
  }, 180_000);
});

describe('reading', () => {
  it('reads 100,000 rows exactly, every response under 4 MB', async () => {
    const model = modelOf([pairingSheet(), longFund(100_000)]);
    const sim = installSimulator(model);
    const state = await sim.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    expect(sim.largestResponse).toBeLessThan(FOUR_MB);
    expect(state.snapshot.sheets.map((s) => normal(s.rows))).toEqual(model.sheets.map((s) => normal(s.cells)));
  }, 180_000);

  const value: fc.Arbitrary<SimValue> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }),
    fc.string({ maxLength: 12 }).filter((s) => s !== ''),
    fc.integer({ min: 1, max: 400 }).map((n) => '资金'.repeat(n)),
  );
  const sheet = fc.record({
    top: fc.nat(6),
    left: fc.nat(4),
    rows: fc.array(fc.array(value, { maxLength: 14 }), { maxLength: 120 }),
  });

  it('reads any sheets exactly, each sync under a small limit, whatever the cells hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 4 }), async (sheets) => {
        const model: SimModel = {
          displayLanguage: 'zh-CN',
          names: [],
          sheets: sheets.map((s, i) => ({
            ...emptySheet(`表${i + 1}`),
            cells: [...Array.from({ length: s.top }, () => []), ...s.rows.map((r) => [...Array(s.left).fill(null), ...r])],
          })),
        };
        const sim = installSimulator(model);
        sim.payloadLimit = 40_000;
        const state = await sim.run((ctx) =>
          readWorkbook(ctx as unknown as Excel.RequestContext, { responseBytes: 32_000, bytesPerCell: 16 }),
        );
        expect(state.snapshot.sheets.map((s) => normal(s.rows))).toEqual(model.sheets.map((s) => normal(s.cells)));
      }),
      { numRuns: 60 },
    );
  });

  it('never reads the product’s own sheets: a re-run reads the same cells, and only their heads besides', async () => {
    const model = modelOf([pairingSheet(), fundSheet({ years: [Y, Y + 1], edit: (rows) => (rows[6][4] = 1) })]);
    const sim = installSimulator(model);
    await runCheck({ lang: 'zh-CN' });
    const first = sim.responses.slice(0, 3);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
    const before = sim.responses.length;
    await runCheck({ lang: 'zh-CN' });
    const again = sim.responses.slice(before, before + 3);
    // Sync 1 also lists the two new sheets and their names; the shape sync also brings the marked sheets' heads
    // (their title and header rows, to tell them from a user's sheet with a forged mark); the cells are the same bytes.
    expect(again[2]).toEqual(first[2]);
    expect(again[1] - first[1]).toBeGreaterThan(0);
    expect(again[1] - first[1]).toBeLessThan(16_000);
  });
});

describe('an Excel older than ExcelApi 1.13 (no getMergedAreas)', () => {
  it('checks the workbook as if unmerged and says which sheets it could not read merges of', async () => {
    const sim = installSimulator(modelOf([pairingSheet(), fundSheet({ years: [Y] })]));
    sim.model.sheets[1].merges = ['A3:A5', 'B3:B5'];
    sim.excelApi = '1.9';
    const r = await runCheck({ lang: 'zh-CN' });
    expect(r.mergesUnread).toEqual(['结对安排表', '资金筹集']);
    expect(sim.sheet('校验问题')).toBeDefined();
    sim.excelApi = '1.13';
    expect((await runCheck({ lang: 'zh-CN' })).mergesUnread).toEqual([]);
  });
});
