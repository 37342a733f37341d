/**
 * A new workbook holding only the product's sheets (测算结果, 校验问题), written with ExcelJS. Used when the
 * input's copy cannot be kept (and by `bangfu-check --out` until then). Strings are always written as
 * string values, never as formulas, so text from user cells stays text. The blank template workbook
 * (新建模板) is written the same way, without the marks of the product's own sheets.
 */
import ExcelJS from 'exceljs';
import {
  OWNED_NAMES,
  formulaText,
  listSource,
  quoteSheet,
  rangeText,
  wrappedRowHeights,
  type CellStyle,
  type OutputSheet,
  type SummarySheet,
  type TemplateSheet,
} from '../../core';
import { stripIllegalXml } from './xml';

const FILL: Partial<Record<CellStyle, string>> = {
  header: 'FFDDEBF7',
  error: 'FFFDE2E1',
  warning: 'FFFFF4CE',
  info: 'FFE8F1FB',
  total: 'FFF2F2F2',
  totalMoney: 'FFF2F2F2',
};

function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style === 'title') cell.font = { bold: true, size: 14 };
  if (style === 'header') cell.font = { bold: true };
  if (style === 'note') cell.font = { italic: true, color: { argb: 'FF605E5C' } };
  if (style === 'total' || style === 'totalMoney') cell.font = { bold: true };
  if (style === 'money' || style === 'totalMoney') cell.numFmt = '#,##0.00';
  if (style === 'integer') cell.numFmt = '0';
  if (style === 'link') cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  const fill = FILL[style];
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
}

export async function writeNewWorkbook(outputs: readonly OutputSheet[]): Promise<Uint8Array> {
  return writeSheets(outputs, true);
}

/**
 * The blank template workbook (renderTemplate): the user's own sheets to fill in. None is marked as the
 * product's, so a check reads every one of them (a marked sheet would be skipped as output).
 */
export async function writeTemplateWorkbook(sheets: readonly TemplateSheet[]): Promise<Uint8Array> {
  return writeSheets(sheets, false);
}

/** The 汇总 workbook of a round (renderSummary): a plain workbook of three sheets, none marked as the product's. */
export async function writeSummaryWorkbook(sheets: readonly SummarySheet[]): Promise<Uint8Array> {
  return writeSheets(sheets, false);
}

async function writeSheets(outputs: readonly (OutputSheet | TemplateSheet | SummarySheet)[], owned: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '帮扶资金校验';
  for (const sheet of outputs) {
    const ws = wb.addWorksheet(sheet.name, {
      ...(sheet.freezeRows ? { views: [{ state: 'frozen', ySplit: sheet.freezeRows }] } : {}),
      ...('hidden' in sheet && sheet.hidden ? { state: 'hidden' as const } : {}),
    });
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    // Prints on A4 landscape, one page wide, the header rows on every page (issue 12).
    ws.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.freezeRows ? { printTitlesRow: `1:${sheet.freezeRows}` } : {}),
    };
    ws.headerFooter = { oddHeader: '&L&F&R&A', oddFooter: '&C&P / &N' };
    const wrap = new Set(sheet.wrapCols ?? []);
    sheet.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c.v === null && !c.style && !c.formula) return;
        const cell = ws.getCell(r + 1, col + 1);
        if (c.formula) {
          // The product's own formula (formula.ts), built from row and column numbers only. Its cached result is
          // the empty string it shows until a part is filled in; Excel, WPS and LibreOffice recalculate on load.
          cell.value = { formula: formulaText(c.formula), result: '' };
          styleCell(cell, c.style);
          return;
        }
        // Characters XML 1.0 forbids (control characters from a user's cell) would make the file unreadable.
        const v = typeof c.v === 'string' ? stripIllegalXml(c.v).slice(0, 32767) : c.v;
        if (typeof v === 'string' && wrap.has(col + 1)) cell.alignment = { wrapText: true };
        if (c.link && typeof v === 'string') {
          cell.value = { text: v, hyperlink: `#${quoteSheet(c.link.sheet)}!${c.link.cell}` };
        } else {
          // A string is a plain string value: ExcelJS writes it as text, never as a formula.
          cell.value = v;
        }
        styleCell(cell, c.style);
      }),
    );
    // Rows of wrapped text get their height: LibreOffice and WPS do not grow them on opening.
    for (const [r, points] of wrappedRowHeights(sheet)) ws.getRow(r).height = points;
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    // A range key (B6:B21) is one <dataValidation sqref>: ExcelJS keeps it whole; its typings omit the collection.
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const v of sheet.validations ?? []) {
      validations.add(rangeText(v.range), {
        type: 'list',
        allowBlank: true,
        formulae: [`"${listSource(v.list)}"`],
        ...(v.error ? { showErrorMessage: true, errorStyle: 'warning', errorTitle: v.error.title, error: v.error.message } : {}),
      });
    }
    for (const r of 'rowBreaks' in sheet ? (sheet.rowBreaks ?? []) : []) ws.getRow(r).addPageBreak();
    if (owned) wb.definedNames.add(`${quoteSheet(sheet.name)}!$A$1`, OWNED_NAMES[sheet.key as OutputSheet['key']]);
  }
  // Formulas are written with the result they show blank; have Excel and WPS recalculate them on opening.
  if (outputs.some((s) => s.rows.some((r) => r.some((c) => c.formula)))) wb.calcProperties.fullCalcOnLoad = true;
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
