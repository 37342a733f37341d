/**
 * An OutputSheet as worksheet XML for the copy-keeping result workbook. The user's styles.xml and
 * sharedStrings.xml must stay byte-identical, so strings are inline strings (bold titles and headers as
 * rich-text runs) and every cell uses style 0. Strings are never written as formulas (no <f> at all).
 */
import { colToLetters, toA1, type OutCell, type OutputSheet } from '../../core';
import { escapeXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function cellXml(c: OutCell, ref: string): string {
  if (c.v === null || c.v === undefined) return '';
  if (typeof c.v === 'number') return Number.isFinite(c.v) ? `<c r="${ref}"><v>${c.v}</v></c>` : '';
  const text = escapeXml(c.v);
  const space = /^\s|\s$|\n/.test(c.v) ? ' xml:space="preserve"' : '';
  if (c.style === 'title' || c.style === 'header' || c.style === 'total') {
    const size = c.style === 'title' ? '<sz val="14"/>' : '';
    return `<c r="${ref}" t="inlineStr"><is><r><rPr><b/>${size}</rPr><t${space}>${text}</t></r></is></c>`;
  }
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** `drawingRelId`: the relationship id of the sheet's drawing (the chart), when it has one. */
export function sheetXml(sheet: OutputSheet, drawingRelId?: string): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((c, col) => cellXml(c, toA1(r + 1, col + 1))).join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  const cols = sheet.widths.length ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.freezeRows + 1}" sqref="A${sheet.freezeRows + 1}"/>`
    : '';
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${colToLetters(m.left)}${m.top}:${colToLetters(m.right)}${m.bottom}"/>`).join('')}</mergeCells>`
    : '';
  const links: string[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c.link && typeof c.v === 'string') {
        const target = `'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`;
        links.push(`<hyperlink ref="${toA1(r + 1, col + 1)}" location="${escapeXml(target)}" display="${escapeXml(c.v)}"/>`);
      }
    }),
  );
  const hyperlinks = links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '';
  const drawing = drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${merges}${hyperlinks}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}</worksheet>`
  );
}
