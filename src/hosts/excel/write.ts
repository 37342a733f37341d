/**
 * Writing the product's sheets into the open workbook in one request: calculation and screen updating
 * suspended; the product's earlier sheets (their hidden name, sheet name and content agreeing) deleted; the new
 * ones added — under another name when a user's own sheet has the wanted one; every string cell formatted as
 * text before its value is written, so nothing from the user's cells can become a formula. A sheet marked `hidden`
 * (忽略记录) is written hidden.
 */
import { OWNED_NAMES, chooseSheetName, colToLetters, quoteSheet, toA1, type OutputSheet, type OwnedSheetKey } from '../../core';
import { queueFormulas, queueValidations } from './guides';
import type { ReadState } from './read';

export interface WriteResult {
  /** Where each output went (another name when a user sheet had the wanted one). */
  names: Partial<Record<OwnedSheetKey, string>>;
}

const MONEY = '#,##0.00';

export function queueOutputs(context: Excel.RequestContext, outputs: readonly OutputSheet[], state: ReadState): WriteResult {
  const wb = context.workbook;
  wb.application.suspendApiCalculationUntilNextSync();
  (context.application as { suspendScreenUpdatingUntilNextSync?: () => void }).suspendScreenUpdatingUntilNextSync?.();
  const sheets = wb.worksheets;
  const replacing = new Set(outputs.map((o) => o.key));
  // Delete the product's earlier sheets of the keys being written (mark, name and content agreeing: read.ts),
  // and every marking name of those keys — a forged or stale mark moves to the new sheet, its sheet stays.
  for (const [key, sheet] of state.owned) {
    if (replacing.has(key) && state.snapshot.sheets.some((s) => s.name === sheet)) sheets.getItem(sheet).delete();
  }
  for (const key of state.marks.keys()) if (replacing.has(key)) wb.names.getItem(OWNED_NAMES[key]).delete();
  const taken = state.snapshot.sheets.filter((s) => !outputs.some((o) => state.owned.get(o.key) === s.name)).map((s) => s.name);
  const names: WriteResult['names'] = {};
  for (const out of outputs) {
    const name = chooseSheetName(out.name, taken);
    taken.push(name);
    names[out.key] = name;
    const ws = sheets.add(name);
    writeSheet(ws, out);
    const marker = wb.names.add(OWNED_NAMES[out.key], ws.getRange('A1'));
    marker.visible = false;
  }
  return { names };
}

/** A grid into a new worksheet: text formats before values, widths, bold rows, links, merges, panes, chart. */
export function writeSheet(ws: Excel.Worksheet, out: Omit<OutputSheet, 'key'>): void {
  const width = Math.max(1, out.widths.length, ...out.rows.map((r) => r.length));
  const height = Math.max(1, out.rows.length);
  const grid = ws.getRangeByIndexes(0, 0, height, width);
  const cell = (r: number, c: number) => out.rows[r]?.[c];
  grid.numberFormat = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const v = cell(r, c)?.v;
      return typeof v === 'string' ? '@' : cell(r, c)?.style === 'money' || cell(r, c)?.style === 'totalMoney' ? MONEY : 'General';
    }),
  );
  grid.values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => cell(r, c)?.v ?? ''));
  out.widths.forEach((w, i) => (ws.getRange(`${colToLetters(i + 1)}:${colToLetters(i + 1)}`).format.columnWidth = w * 7));
  // Long messages, 依据 and 怎么改 wrap in their columns (issue 12).
  for (const c of out.wrapCols ?? []) ws.getRangeByIndexes(0, c - 1, height, 1).format.wrapText = true;
  if (out.wrapCols?.length) grid.format.autofitRows();
  out.rows.forEach((row, r) => {
    const style = row.find((c) => c.style)?.style;
    if (style === 'title' || style === 'header' || style === 'total')
      ws.getRangeByIndexes(r, 0, 1, Math.max(1, row.length)).format.font.bold = true;
    if (style === 'header') ws.getRangeByIndexes(r, 0, 1, Math.max(1, row.length)).format.fill.color = '#DDEBF7';
    row.forEach((c, col) => {
      if (c.link && typeof c.v === 'string') {
        ws.getRangeByIndexes(r, col, 1, 1).hyperlink = {
          documentReference: `${quoteSheet(c.link.sheet)}!${c.link.cell}`,
          textToDisplay: c.v,
        };
      }
    });
  });
  for (const m of out.merges ?? []) ws.getRange(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).merge();
  queueFormulas(ws, out);
  queueValidations(ws, out);
  if (out.freezeRows) ws.freezePanes.freezeRows(out.freezeRows);
  if (out.hidden) ws.visibility = 'Hidden';
  if (out.chart && out.chart.lastRow >= out.chart.firstRow) {
    const c = out.chart;
    const left = Math.min(c.categoryCol, ...c.seriesCols);
    const right = Math.max(c.categoryCol, ...c.seriesCols);
    const source = ws.getRange(`${toA1(c.headerRow, left)}:${toA1(c.lastRow, right)}`);
    const chart = ws.charts.add(Excel.ChartType.columnStacked, source, Excel.ChartSeriesBy.columns);
    chart.title.text = c.title;
    chart.setPosition(toA1(c.anchor.row, c.anchor.col), toA1(c.anchor.row + c.anchor.height, c.anchor.col + c.anchor.width));
  }
}
