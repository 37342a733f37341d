/**
 * Properties of the engine on arbitrary input (issue 7): it never throws, every finding is a registered
 * code with its registered clause, shares always add up, and findings do not depend on column order.
 */
import fc from 'fast-check';
import { checkWorkbook, RULES, DEFAULT_PROFILE, type CellValue, type MergeArea, type SheetSnapshot } from '../../src/core';
import { fundSheet, pairingSheet } from './grids';

const P = DEFAULT_PROFILE;
const words = [
  ...P.aliases.town,
  ...P.aliases.total,
  ...P.aliases.province,
  ...P.aliases.shenzhen,
  ...P.aliases.heyuan,
  ...P.aliases.heyuanCity,
  ...P.aliases.county,
  ...P.aliases.year,
  '帮扶类型',
  '牵头单位',
  '成员单位',
  '合计',
  '小计',
  '总计',
  ...P.towns.map((t) => t.name),
  '临江镇',
  '紫城',
  '重点帮扶镇',
  '巩固提升镇',
  '单位：万元',
  '单位：元',
  '2023年',
  '1,200',
  '１２００',
  '1200万',
  '待定',
  '=HYPERLINK("http://x","y")',
  '',
  ' ',
  '\u200B',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...words),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5000, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(2021, 2022, 2025, 2026, 1e308, -0, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
);
const merge: fc.Arbitrary<MergeArea> = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
const sheet: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 }),
  merges: fc.array(merge, { maxLength: 4 }),
});

describe('the engine on arbitrary grids', () => {
  it('never throws, and every finding carries a registered code, severity and clause', () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
        const r = checkWorkbook({ sheets });
        for (const f of r.findings) {
          expect(RULES[f.code]).toBeDefined();
          expect(f.clause).toBe(RULES[f.code].clause);
          expect(['error', 'warning', 'info']).toContain(f.severity);
        }
        for (const s of r.shares) {
          const c = s.computed;
          expect(c.province + c.shenzhen + c.heyuan).toBe(c.total);
          expect(c.heyuanCity + c.county).toBe(c.heyuan);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on real layouts with random cells overwritten', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 9 }), cell), { maxLength: 25 }), (edits) => {
        const fund = fundSheet({ years: [P.years.first], edit: (rows) => edits.forEach(([r, c, v]) => rows[r] && (rows[r][c] = v)) });
        const pairing = pairingSheet({
          edit: (rows) => edits.forEach(([r, c, v]) => rows[r % rows.length] && (rows[r % rows.length][c % 5] = v)),
        });
        expect(() => checkWorkbook({ sheets: [pairing, fund] })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same findings whatever the order of the columns', () => {
    const base = fundSheet({
      years: [P.years.first],
      edit: (rows) => {
        rows[6][4] = 1300;
        rows[8][3] = '待定';
        rows[9][1] = '紫城';
      },
    });
    const labels = ['序号', '镇', '年度', '合计', '省级', '深圳市', '河源市', '市级', '县级'];
    // A flat one-row header (no merges), so that any permutation of the columns is a valid layout.
    const flatOf = (order: number[]): SheetSnapshot => ({
      name: base.name,
      rows: [base.rows[0], base.rows[1], order.map((c) => labels[c]), ...base.rows.slice(5).map((r) => order.map((c) => r[c] ?? null))],
    });
    const key = (sheet: SheetSnapshot) =>
      checkWorkbook({ sheets: [pairingSheet(), sheet] })
        // The first cell of a duplicate names its column, which moves with the permutation: its row is kept.
        .findings.map(
          (f) => `${f.code}|${f.row}|${JSON.stringify(f.params).replace(/![A-Z]+(\d+)/, '!$1')}|${f.expected ?? ''}|${f.actual ?? ''}`,
        )
        .sort();
    const identity = [...labels.keys()];
    const want = key(flatOf(identity));
    expect(want.map((k) => k.split('|')[0])).toEqual(expect.arrayContaining(['FUND-SHARE', 'FUND-NOT-NUMBER', 'FUND-TOWN-VARIANT']));
    fc.assert(
      fc.property(fc.shuffledSubarray(identity, { minLength: labels.length, maxLength: labels.length }), (order) => {
        expect(key(flatOf(order))).toEqual(want);
      }),
      { numRuns: 25 },
    );
  });
});
