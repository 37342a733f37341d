/**
 * The blank template's guides in Excel (issue 12): the product's own SUM formulas (core/render/formula.ts) and
 * the dropdowns. Formulas go in by column runs, one `formulas` write per run (the fund sheet's 合计 and 河源市
 * columns are two runs whatever the row count). Dropdowns need ExcelApi 1.8; an older Excel gets the sheets
 * without them, which the 填表说明 sheet still explains.
 */
import { formulaText, listSource, rangeText, toA1Range, type OutCell, type OutputSheet } from '../../core';
import { supportsExcelApi } from './requirements';

/** Writes each formula cell of `out` as '=' + its text: built from row and column numbers, never from a cell's text. */
export function queueFormulas(ws: Excel.Worksheet, out: Pick<OutputSheet, 'rows'>): void {
  const width = Math.max(0, ...out.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let run: { top: number; formulas: string[][] } | undefined;
    const flush = () => {
      if (run) ws.getRange(toA1Range(run.top, c + 1, run.top + run.formulas.length - 1, c + 1)).formulas = run.formulas;
      run = undefined;
    };
    out.rows.forEach((row, r) => {
      const f = (row[c] as OutCell | undefined)?.formula;
      if (!f) return flush();
      run ??= { top: r + 1, formulas: [] };
      run.formulas.push([`=${formulaText(f)}`]);
    });
    flush();
  }
}

/** Each list validation of `out` as an in-cell dropdown with a warning (not a stop) for other text. */
export function queueValidations(ws: Excel.Worksheet, out: Pick<OutputSheet, 'validations'>): void {
  if (out.validations?.length && supportsExcelApi('1.8')) {
    for (const v of out.validations) {
      const dv = ws.getRange(rangeText(v.range)).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: listSource(v.list) } };
      if (v.error) dv.errorAlert = { showAlert: true, style: 'Warning', title: v.error.title, message: v.error.message };
    }
  }
}
