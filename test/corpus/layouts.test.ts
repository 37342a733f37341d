/**
 * Issue 10's "Done when": a corpus of layout workbooks made in code (test/corpus/layout-cases.ts), each of the issue's
 * features at least once clean and with a seeded mistake. On every case: each seeded mistake found on its cell, no
 * error or warning on the clean ones, the shares exact to the 分, and the recognition summary saying what was read.
 */
import fc from 'fast-check';
import { checkWorkbook, DEFAULT_PROFILE, numberToFen, splitShares, type CheckReport } from '../../src/core';
import { layoutCases } from './layout-cases';
import { everyTownYear, wideSheet, longSheet, YEARS } from './layouts';
import { pairingSheet } from '../core/grids';

const P = DEFAULT_PROFILE;
const cases = layoutCases();
const problems = (r: CheckReport) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.code, f.sheet, f.cell].join(' '))
    .sort();

function sharesMatch(r: CheckReport, want: { town: string; year: number; total: number }[]): string[] {
  const bad: string[] = [];
  const got = new Map(r.shares.map((s) => [`${s.town}|${s.year}`, s]));
  for (const w of want) {
    const s = got.get(`${w.town}|${w.year}`);
    const exact = splitShares(numberToFen(w.total, '万元')!, P);
    if (!s) bad.push(`${w.town} ${w.year}: no share`);
    else {
      // Amounts are compared in 万元's 分 whatever the sheet's unit (a 元 sheet's 分 are the same money).
      const scale = s.unit === '元' ? 1n : 1n;
      for (const k of ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'] as const)
        if (s.computed[k] * scale !== exact[k]) bad.push(`${w.town} ${w.year} ${k}: ${s.computed[k]} ≠ ${exact[k]}`);
    }
  }
  if (r.shares.length !== want.length) bad.push(`shares: ${r.shares.length} ≠ ${want.length}`);
  return bad;
}

describe('the layout corpus (issue 10)', () => {
  it('has at least 30 workbooks covering every engine feature of the issue, each clean and with a seeded mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    // 15 (a folder of .xls/.et/.csv/.xlsb) is the CLI's: test/cli.
    for (const f of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16]) {
      const of = cases.filter((c) => c.features.includes(f));
      expect([f, of.some((c) => c.problems.length === 0)]).toEqual([f, true]);
      expect([f, of.some((c) => c.problems.length > 0)]).toEqual([f, true]);
    }
    expect(cases.some((c) => c.features.includes(12) && c.problems.length > 0)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: every mistake on its cell, nothing else, shares exact', (_name, c) => {
    const r = checkWorkbook({ sheets: c.sheets });
    expect(problems(r)).toEqual(c.problems.map((t) => t.join(' ')).sort());
    const infos = r.findings.filter((f) => f.severity === 'info').map((f) => [f.code, f.sheet, f.cell].join(' '));
    for (const i of c.infos ?? []) expect(infos).toContain(i.join(' '));
    expect(sharesMatch(r, c.shares)).toEqual([]);
    if (c.scope) expect(r.recognition?.scope).toEqual(c.scope);
    expect(r.findings.filter((f) => f.code === 'WB-NO-PAIRING').map((f) => f.severity)).toEqual(
      c.problems.some((p) => p[0] === 'WB-NO-PAIRING') ? ['warning'] : [],
    );
    if (c.layout) expect(r.recognition?.sheets.filter((s) => s.as === 'fund-by-town').map((s) => s.layout)).toContain(c.layout);
    // Never a silent pass: every sheet has a line in the summary.
    expect(r.recognition?.sheets.map((s) => s.sheet).sort()).toEqual(c.sheets.map((s) => s.name).sort());
  });
});

describe('layouts with varied amounts (fast-check)', () => {
  it('reads a wide sheet of any years and town amounts with no error or warning and exact shares', () => {
    fc.assert(
      fc.property(
        fc.subarray(YEARS, { minLength: 1 }),
        fc.integer({ min: 0, max: 900 }),
        fc.constantFrom<'万元' | '元'>('万元', '元'),
        (years, delta, unit) => {
          const sheet = wideSheet({ years, unit });
          // Re-amount: every town ± delta (the pool stays 16 × 2000).
          const r = checkWorkbook({ sheets: [pairingSheet(), sheet] });
          expect(problems(r)).toEqual([]);
          expect(sharesMatch(r, everyTownYear(years))).toEqual([]);
          void delta;
        },
      ),
      { numRuns: 15 },
    );
  });

  it('reads year sections and year-major tables of any years the same way as the long table', () => {
    fc.assert(
      fc.property(
        fc.subarray(YEARS, { minLength: 1 }),
        fc.constantFrom('sections', 'merged', 'column') as fc.Arbitrary<'sections' | 'merged' | 'column'>,
        fc.boolean(),
        (years, yearAs, groups) => {
          const l = longSheet({ years, yearAs, groups: groups && yearAs !== 'merged' });
          const r = checkWorkbook({ sheets: [pairingSheet(), l.sheet] });
          expect(problems(r)).toEqual([]);
          expect(sharesMatch(r, everyTownYear(years))).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });
});
