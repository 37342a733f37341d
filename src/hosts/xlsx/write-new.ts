/**
 * Workbooks written from nothing, at the zip level with the project's own parts (issue 14: no ExcelJS in the
 * product): a new result workbook holding only the product's sheets (测算结果, 校验问题 …) when the input's copy
 * cannot be kept, the blank template (新建模板) and the 汇总 workbook of a round. Each sheet is sheetxml.ts's
 * worksheet XML with the cell formats of a style sheet we own (book-styles.ts): column widths, frozen header rows,
 * A4 landscape one page wide with the header rows on every page (_xlnm.Print_Titles), header and footer, hidden
 * sheets, merges, links to cells, wrapped text with its row heights, page breaks, dropdowns, the product's own SUM
 * formulas (recalculated on opening) and 测算结果's chart. Strings are always inline strings, never formulas, so
 * text from user cells stays text.
 */
import { OWNED_NAMES, quoteSheet, type OutputSheet, type SummarySheet, type TemplateSheet } from '../../core';
import { BOOK_STYLES_XML, bookStyle } from './book-styles';
import { chartOf, chartParts, type NewPart } from './chartxml';
import { RELS_HEAD, REL_NS, SML_NS as MAIN, XML_DECL as HEAD } from './opc';
import { sheetXmlPieces } from './sheetxml';
import { escapeXml } from './xml';
import { newEntry, writeZip, type ZipEntry } from './zip';

const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CT_CORE = 'application/vnd.openxmlformats-package.core-properties+xml';
const T_CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';

type AnySheet = OutputSheet | TemplateSheet | SummarySheet;

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

/** A defined name; apostrophes escaped too, as Excel writes them. */
const definedName = (name: string, ref: string, extra = '') =>
  `<definedName name="${name}"${extra}>${escapeXml(ref).replace(/'/g, '&apos;')}</definedName>`;

function writeSheets(sheets: readonly AnySheet[], owned: boolean): Uint8Array {
  const entries: ZipEntry[] = [];
  const add = (name: string, content: string | Iterable<string>) =>
    entries.push(newEntry(name, typeof content === 'string' ? new TextEncoder().encode(content) : content));
  const overrides: [string, string][] = [
    ['xl/workbook.xml', `${CT}.sheet.main+xml`],
    ['xl/styles.xml', `${CT}.styles+xml`],
    ['docProps/core.xml', CT_CORE],
  ];
  // The first visible sheet is the active one (a hidden sheet, 忽略记录, never is).
  const active = Math.max(
    0,
    sheets.findIndex((s) => !s.hidden),
  );
  const sheetEls: string[] = [];
  const names: string[] = [];
  const rels: string[] = [];
  const parts: NewPart[] = [];
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    const part = `xl/worksheets/sheet${n}.xml`;
    const chart = 'chart' in sheet ? chartOf(sheet as OutputSheet) : undefined;
    if (chart)
      parts.push(...chartParts(sheet as OutputSheet, chart, sheet.name, part, `xl/drawings/drawing${n}.xml`, `xl/charts/chart${n}.xml`));
    add(part, sheetXmlPieces(sheet, { book: bookStyle, selected: i === active, ...(chart ? { drawingRelId: 'rId1' } : {}) }));
    overrides.push([part, `${CT}.worksheet+xml`]);
    rels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEls.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${n}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${n}"/>`);
    if (owned) names.push(definedName(OWNED_NAMES[sheet.key as OutputSheet['key']], `${quoteSheet(sheet.name)}!$A$1`, ' hidden="1"'));
    // The header rows repeat at the top of every printed page (issue 12).
    if (sheet.freezeRows)
      names.push(definedName('_xlnm.Print_Titles', `${quoteSheet(sheet.name)}!$1:$${sheet.freezeRows}`, ` localSheetId="${i}"`));
  });
  for (const p of parts) {
    add(p.name, p.text);
    if (p.type) overrides.push([p.name, p.type]);
  }
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  // Formulas are written with the result they show blank; Excel, WPS and LibreOffice recalculate them on opening.
  const formulas = sheets.some((s) => s.rows.some((r) => r.some((c) => c?.formula)));
  add(
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><workbookPr/>` +
      `<bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheetEls.join('')}</sheets>` +
      `${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}` +
      `<calcPr calcId="191029"${formulas ? ' fullCalcOnLoad="1"' : ''}/></workbook>`,
  );
  add('xl/_rels/workbook.xml.rels', `${RELS_HEAD}${rels.join('')}</Relationships>`);
  add('xl/styles.xml', BOOK_STYLES_XML);
  add(
    'docProps/core.xml',
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>帮扶资金校验</dc:creator></cp:coreProperties>`,
  );
  add(
    '_rels/.rels',
    `${RELS_HEAD}<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${T_CORE}" Target="docProps/core.xml"/></Relationships>`,
  );
  add(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.map(([name, type]) => `<Override PartName="/${name}" ContentType="${type}"/>`).join('')}</Types>`,
  );
  // [Content_Types].xml and the package relationships first, as Office writes them.
  const first = ['[Content_Types].xml', '_rels/.rels'];
  entries.sort((a, b) => Number(first.includes(b.name)) - Number(first.includes(a.name)) || first.indexOf(a.name) - first.indexOf(b.name));
  return writeZip(entries);
}
