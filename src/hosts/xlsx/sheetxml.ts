/**
 * An OutputSheet as worksheet XML, for the copy-keeping result workbook and for the new workbooks (write-new.ts).
 * In a copy the user's styles.xml and sharedStrings.xml must stay as they are, so strings are inline strings
 * (bold titles and headers as rich-text runs) in style 0; amounts use the two number styles appended at the end
 * of styles.xml (stylesxml.ts). A new workbook owns its styles.xml (book-styles.ts): each cell gets its style's
 * index. Strings are always inline strings, never formulas: the only <f> is the product's own SumFormula
 * (render/formula.ts), built from row and column numbers.
 */
import {
  colToLetters,
  formulaText,
  listSource,
  rangeText,
  wrappedRowHeight,
  type CellStyle,
  type OutCell,
  type OutputSheet,
} from '../../core';
import { REL_NS as REL, SML_NS as MAIN, XML_DECL } from './opc';
import type { MoneyStyles } from './stylesxml';
import { escapeXml, stripIllegalXml } from './xml';

/** Excel's cell text limit; longer text makes Excel repair the file. */
const MAX_TEXT = 32767;
/** Text without these characters comes out of cellText unchanged (illegal in XML, escaped, `_x…_`, CR, surrogates). */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const TEXT_AS_IS = /[\u0000-\u0008\u000B-\u001F&<>"_\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as a cell's <t> content. Excel reads `_x0041_` in cell text as an escaped character, so a literal
 * `_x…_` sequence is itself escaped (`_x005F_`) to come back exactly as written. A carriage return is written as
 * Excel writes it, `_x000D_`: XML readers turn a literal one into a line feed.
 */
function cellText(v: string): string {
  // Most text needs none of this (200,000 findings): it is written as it is.
  if (v.length <= MAX_TEXT && !TEXT_AS_IS.test(v)) return v;
  const clean = stripIllegalXml(v);
  const cut = clean.length > MAX_TEXT ? clean.slice(0, MAX_TEXT) : clean;
  return escapeXml(cut.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')).replace(/\r/g, '_x000D_');
}

/**
 * Font runs that stand in for the cell styles the copy cannot add to styles.xml (rPr children in
 * CT_RPrElt order: b, i, color, sz, u). Fills, borders and number formats are not available in copy mode.
 */
const RUN_FONT: Partial<Record<CellStyle, string>> = {
  title: '<b/><sz val="14"/>',
  header: '<b/>',
  total: '<b/>',
  note: '<i/><color rgb="FF605E5C"/>',
  link: '<color rgb="FF0563C1"/><u/>',
  error: '<color rgb="FFC00000"/>',
};

/** The index of a cell style of a workbook that owns its styles.xml (book-styles.ts); `wrap`: text wraps in its column. */
export type StyleIndex = (style: CellStyle | undefined, wrap: boolean) => number;

/** A cell of a new workbook: every cell styled through its own style sheet, no rich-text runs. */
function bookCellXml(c: OutCell, ref: string, xf: StyleIndex, wrap: boolean): string {
  const s = xf(c.style, wrap && typeof c.v === 'string');
  const sAttr = s ? ` s="${s}"` : '';
  // The product's own formula; its cached result is the blank it shows until a part is filled in (Excel, WPS
  // and LibreOffice recalculate on opening: the workbook asks for fullCalcOnLoad).
  if (c.formula) return `<c r="${ref}"${sAttr} t="str"><f>${escapeXml(formulaText(c.formula))}</f><v></v></c>`;
  if (c.v === null || c.v === undefined || (typeof c.v === 'number' && !Number.isFinite(c.v)))
    return sAttr ? `<c r="${ref}"${sAttr}/>` : '';
  if (typeof c.v === 'number') return `<c r="${ref}"${sAttr}><v>${c.v}</v></c>`;
  const space = /^\s|\s$|[\n\r]/.test(c.v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${sAttr} t="inlineStr"><is><t${space}>${cellText(c.v)}</t></is></c>`;
}

function cellXml(c: OutCell, ref: string, styles?: MoneyStyles, wrap = false): string {
  if (c.formula) return `<c r="${ref}" t="str"><f>${escapeXml(formulaText(c.formula))}</f><v></v></c>`;
  if (c.v === null || c.v === undefined) return '';
  if (typeof c.v === 'number') {
    if (!Number.isFinite(c.v)) return '';
    // Amounts as #,##0.00 through the styles appended to the user's styles.xml (stylesxml.ts), when it could be.
    const s = styles && (c.style === 'money' ? styles.money : c.style === 'totalMoney' ? styles.totalMoney : undefined);
    return `<c r="${ref}"${s !== undefined ? ` s="${s}"` : ''}><v>${c.v}</v></c>`;
  }
  const text = cellText(c.v);
  const space = /^\s|\s$|[\n\r]/.test(c.v) ? ' xml:space="preserve"' : '';
  const font = (c.link ? RUN_FONT.link : undefined) ?? (c.style ? RUN_FONT[c.style] : undefined);
  const s = wrap && styles ? ` s="${styles.wrap}"` : '';
  // Always an inline string: text from user cells is never a formula, whatever it starts with.
  if (font) return `<c r="${ref}"${s} t="inlineStr"><is><r><rPr>${font}</rPr><t${space}>${text}</t></r></is></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** A4 (paperSize 9) landscape, fit to one page wide and any number of pages tall. */
export const PAGE_SETUP = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
/** The file's name and the sheet's on every printed page, the page number below. */
export const HEADER_FOOTER =
  '<headerFooter><oddHeader>&amp;L&amp;F&amp;R&amp;A</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>';

export interface SheetXmlOptions {
  /** The relationship id of the sheet's drawing (the chart), when it has one. */
  drawingRelId?: string;
  /** The sheet is the workbook's active tab. */
  selected?: boolean;
  /** Style indexes for amounts (#,##0.00), appended to the workbook's styles.xml; absent: amounts stay General. */
  styles?: MoneyStyles;
  /** A new workbook's own style sheet: every cell written with its style's index (and no rich-text runs). */
  book?: StyleIndex;
}

/** The sheet's dropdowns: list validations, text outside the list warned about (not refused). */
function validationsXml(sheet: Omit<OutputSheet, 'key'>): string {
  const vs = sheet.validations ?? [];
  if (!vs.length) return '';
  const one = (v: NonNullable<OutputSheet['validations']>[number]) => {
    const err = v.error
      ? ` showErrorMessage="1" errorStyle="warning" errorTitle="${escapeXml(v.error.title)}" error="${escapeXml(v.error.message)}"`
      : '';
    return `<dataValidation type="list" allowBlank="1"${err} sqref="${rangeText(v.range)}"><formula1>${escapeXml(`"${listSource(v.list)}"`)}</formula1></dataValidation>`;
  };
  return `<dataValidations count="${vs.length}">${vs.map(one).join('')}</dataValidations>`;
}

/**
 * An OutputSheet as worksheet XML, in pieces: a row at a time (its height worked out then), and each link its own
 * piece, so that a result sheet of 200,000 findings is never one string nor holds a list the size of the sheet.
 */
export function* sheetXmlPieces(sheet: Omit<OutputSheet, 'key'>, options: SheetXmlOptions = {}): Generator<string> {
  const { drawingRelId, selected, styles, book } = options;
  const wrap = new Set(sheet.wrapCols ?? []);
  // Rows of wrapped text get their height (only where the style sheet could give them the wrapping style).
  const heights = styles || book ? sheet.wrapCols?.length : 0;
  const cols = sheet.widths.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.freezeRows + 1}" sqref="A${sheet.freezeRows + 1}"/>`
    : '';
  yield (
    XML_DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    // Prints A4 landscape, one page wide, as many pages down as it needs (issue 12).
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`
  );
  const letters: string[] = [];
  const colName = (col: number) => letters[col] ?? (letters[col] = colToLetters(col + 1));
  for (let r = 0; r < sheet.rows.length; r++) {
    let cells = '';
    const row = sheet.rows[r];
    if (!row) continue;
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      if (!c) continue;
      const ref = colName(col) + (r + 1);
      cells += book ? bookCellXml(c, ref, book, wrap.has(col + 1)) : cellXml(c, ref, styles, wrap.has(col + 1));
    }
    if (!cells) continue;
    const ht = heights ? wrappedRowHeight(row, sheet) : undefined;
    yield `<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells}</row>`;
  }
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${colToLetters(m.left)}${m.top}:${colToLetters(m.right)}${m.bottom}"/>`).join('')}</mergeCells>`
    : '';
  yield `</sheetData>${merges}${validationsXml(sheet)}`;
  let links = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      if (!c?.link || typeof c.v !== 'string') continue;
      const target = `'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`;
      yield `${links++ ? '' : '<hyperlinks>'}<hyperlink ref="${colName(col)}${r + 1}" location="${escapeXml(target)}" display="${escapeXml(c.v)}"/>`;
    }
  }
  const drawing = drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '';
  const breaks = sheet.rowBreaks?.length
    ? `<rowBreaks count="${sheet.rowBreaks.length}" manualBreakCount="${sheet.rowBreaks.length}">${sheet.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  yield (
    `${links ? '</hyperlinks>' : ''}` +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${PAGE_SETUP}${HEADER_FOOTER}${breaks}${drawing}</worksheet>`
  );
}
