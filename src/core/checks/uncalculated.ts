/**
 * Formulas never calculated (issue 10, 12): a file written by a program that does not calculate holds formulas
 * without cached results; hosts hand those cells in as `{ error: '#UNCALCULATED' }`. One FUND-UNCALCULATED per
 * sheet, with the range and the count, says to open and save the file in Excel or WPS — never one finding a cell.
 * The fund checks leave such cells alone (amounts.ts) and compute shares wherever totals are plain numbers.
 */
import { toA1Range } from '../a1';
import { makeFinding, type Finding } from '../findings';
import { viewSheet } from '../recognise/view';
import { isCellError } from '../types';
import type { Check } from './registry';

/** The error text hosts give a formula cell that has no calculated result. */
export const UNCALCULATED_ERROR = '#UNCALCULATED';

export const uncalculatedCheck: Check = {
  id: 'uncalculated',
  codes: ['FUND-UNCALCULATED'],
  run(ctx) {
    const out: Finding[] = [];
    for (const sheet of ctx.sheets) {
      if (sheet.owned) continue;
      const view = viewSheet(sheet);
      let count = 0;
      let top = Infinity;
      let left = Infinity;
      let bottom = 0;
      let right = 0;
      for (const r of view.rowNumbers()) {
        view.eachCell(r, (col, value) => {
          if (!isCellError(value) || value.error !== UNCALCULATED_ERROR) return;
          count++;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, col);
          right = Math.max(right, col);
        });
      }
      if (count === 0) continue;
      const range = toA1Range(top, left, bottom, right);
      out.push(makeFinding('FUND-UNCALCULATED', { sheet: sheet.name, cell: range, row: top, col: left }, { range, count }));
    }
    return out;
  },
};
