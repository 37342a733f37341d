/**
 * The layout corpus as real .xlsx files (issue 10): each case written with ExcelJS (merges included) and read back
 * as the CLI and the page read it, through the project's own streaming reader, gives the same errors and warnings
 * on the same cells as the engine on the grids.
 */
import ExcelJS from 'exceljs';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { layoutCases } from './layout-cases';
import { xlsxFromGrids } from './from-grid';

// The uncalculated case is written as real formulas without cached results; the far cell needs no file to prove it.
const cases = layoutCases().filter((c) => c.name !== 'far-cell-sheet');

describe('the layout corpus, written as .xlsx and read back', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await xlsxFromGrids(c.sheets, {
      decorate: (ws, s) => {
        // Cells the grid marks as never calculated become formulas with no cached result, as generators write them.
        s.rows.forEach((row, r) =>
          row.forEach((v, col) => {
            if (v && typeof v === 'object' && v.error === '#UNCALCULATED')
              ws.getCell(r + 1, col + 1).value = { formula: 'SUM(E1:E2)' } as ExcelJS.CellFormulaValue;
          }),
        );
      },
    });
    const { report } = await checkBytes(new Uint8Array(bytes), `${c.name}.xlsx`);
    const got = report.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => [f.code, f.sheet, f.cell].join(' '))
      .sort();
    expect(got).toEqual(c.problems.map((t) => t.join(' ')).sort());
    expect(report.shares).toHaveLength(c.shares.length);
  });
});
