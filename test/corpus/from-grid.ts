/** Writes in-code grids (test/core/grids.ts) as real .xlsx files with ExcelJS, for corpus and host tests. */
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../../src/core';

export interface XlsxOptions {
  /** Inline strings instead of the shared-string table. */
  inlineStrings?: boolean;
  /** Per-sheet state. */
  state?: Record<string, 'visible' | 'hidden' | 'veryHidden'>;
  /** Called with each worksheet after the values are written, to add formulas, rich text, formats… */
  decorate?: (ws: ExcelJS.Worksheet, sheet: SheetSnapshot) => void;
}

export function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

export async function xlsxFromGrids(sheets: readonly SheetSnapshot[], opts: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: opts.state?.[s.name] ?? 'visible' });
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = toExcelValue(v);
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    opts.decorate?.(ws, s);
  }
  const buf = await wb.xlsx.writeBuffer({ useSharedStrings: !opts.inlineStrings } as ExcelJS.XlsxWriteOptions);
  return Buffer.from(buf as ArrayBuffer);
}
