/**
 * The style sheet of the workbooks the product writes from nothing (write-new.ts: the blank template, the 汇总
 * workbook, a new result workbook): styles.xml is ours there, so each CellStyle of the grids (render/grid.ts) has
 * its own cell format — fonts (bold 14-point title, bold header and totals, grey italic notes, blue underlined
 * links), the header, total and severity fills, #,##0.00 for amounts, 0 for counts — each once as is and once
 * with its text wrapping in the column (OutputSheet.wrapCols).
 */
import type { CellStyle } from '../../core';
import { XML_DECL } from './opc';
import type { StyleIndex } from './sheetxml';

interface Look {
  font?: number;
  fill?: number;
  /** A built-in number format: 1 is `0`, 4 is `#,##0.00` in every locale. */
  numFmt?: number;
}

/** Fonts by index: 0 the default, then the product's. Children in CT_Font order (b, i, color, sz, u, name …). */
const FONTS = [
  '<font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>',
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>',
  '<font><b/><sz val="14"/><name val="等线"/><family val="2"/><charset val="134"/></font>',
  '<font><i/><color rgb="FF605E5C"/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>',
  '<font><color rgb="FF0563C1"/><sz val="11"/><u/><name val="等线"/><family val="2"/><charset val="134"/></font>',
];
const BOLD = 1;

/** Solid fills after the two every style sheet starts with (none, gray125). */
const FILL_COLORS = ['FFDDEBF7', 'FFFDE2E1', 'FFFFF4CE', 'FFE8F1FB', 'FFF2F2F2'];
const [HEADER_FILL, ERROR_FILL, WARNING_FILL, INFO_FILL, TOTAL_FILL] = [2, 3, 4, 5, 6];

const LOOKS: Record<CellStyle, Look> = {
  text: {},
  title: { font: 2 },
  header: { font: BOLD, fill: HEADER_FILL },
  note: { font: 3 },
  total: { font: BOLD, fill: TOTAL_FILL },
  totalMoney: { font: BOLD, fill: TOTAL_FILL, numFmt: 4 },
  money: { numFmt: 4 },
  integer: { numFmt: 1 },
  link: { font: 4 },
  error: { fill: ERROR_FILL },
  warning: { fill: WARNING_FILL },
  info: { fill: INFO_FILL },
};

/** The cell formats in order: no style first (index 0, the default), then each CellStyle; each plain, then wrapped. */
const ORDER: (CellStyle | undefined)[] = [undefined, ...(Object.keys(LOOKS) as CellStyle[])];

function xf(look: Look, wrap: boolean): string {
  const { font = 0, fill = 0, numFmt = 0 } = look;
  const applies = `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}`;
  const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applies}`;
  return wrap ? `${head} applyAlignment="1"><alignment wrapText="1"/></xf>` : `${head}/>`;
}

/** The index of a style's cell format in BOOK_STYLES_XML. */
export const bookStyle: StyleIndex = (style, wrap) => ORDER.indexOf(style) * 2 + (wrap ? 1 : 0);

export const BOOK_STYLES_XML =
  XML_DECL +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts>` +
  `<fills count="${FILL_COLORS.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  FILL_COLORS.map(
    (rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
  ).join('') +
  '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${ORDER.length * 2}">${ORDER.flatMap((s) => [false, true].map((w) => xf(s ? LOOKS[s] : {}, w))).join('')}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
