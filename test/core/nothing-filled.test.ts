import fc from 'fast-check';
import { checkWorkbook, DEFAULT_PROFILE, renderTemplate, type CellValue, type SheetSnapshot, type TemplateSheet } from '../../src/core';

/** The blank template as a host would read it back: the cells' values and the merges. */
function snapshotOf(sheets: readonly TemplateSheet[]): SheetSnapshot[] {
  return sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => c.v)), merges: s.merges ?? [] }));
}

const fundOf = (sheets: SheetSnapshot[]) =>
  sheets.find((s) => s.name === renderTemplate(DEFAULT_PROFILE, 'zh-CN').find((t) => t.key === 'fund')!.name)!;

describe('WB-NOTHING-FILLED', () => {
  it('says plainly that the blank template has no amounts yet, naming its fund sheet', () => {
    const sheets = snapshotOf(renderTemplate(DEFAULT_PROFILE, 'zh-CN'));
    const r = checkWorkbook({ sheets });
    const f = r.findings.filter((x) => x.code === 'WB-NOTHING-FILLED');
    expect(f.map((x) => [x.code, x.severity, x.sheet, x.cell])).toEqual([['WB-NOTHING-FILLED', 'info', '', '']]);
    expect(f[0].code === 'WB-NOTHING-FILLED' && f[0].params.sheets).toEqual([fundOf(sheets).name]);
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('is not said once any amount is filled in, wherever it is', () => {
    const blank = snapshotOf(renderTemplate(DEFAULT_PROFILE, 'zh-CN'));
    const fund = fundOf(blank);
    // Town rows: those whose town cell names a plan town.
    const towns = new Set(DEFAULT_PROFILE.towns.map((t) => t.name));
    const rows = fund.rows.map((r, i) => (r.some((v) => typeof v === 'string' && towns.has(v)) ? i : -1)).filter((i) => i >= 0);
    const width = Math.max(...fund.rows.map((r) => r.length));
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.integer({ min: 0, max: width - 1 }),
        fc.integer({ min: 1, max: 5000 }),
        (row, col, amount) => {
          const copy: CellValue[][] = fund.rows.map((r) => [...r]);
          if (typeof copy[row][col] === 'string' || typeof copy[row][col] === 'number') return; // a town or year cell
          copy[row][col] = amount;
          const sheets = blank.map((s) => (s === fund ? { ...s, rows: copy } : s));
          const codes = checkWorkbook({ sheets }).findings.map((x) => x.code);
          expect(codes).not.toContain('WB-NOTHING-FILLED');
        },
      ),
      { numRuns: 25 },
    );
  });
});
