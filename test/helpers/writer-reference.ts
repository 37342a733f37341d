/**
 * The result workbook's writer as it was before it streamed (issue 14): copykeep.ts, sheetxml.ts, zip.ts's newEntry and writeZip
 * and xml.ts's escaping kept verbatim as the reference that test/hosts/writer-reference.test.ts holds the streaming
 * writer to — every part the product writes must be byte for byte what this writes. Not product code.
 */
import {
  OWNED_NAMES,
  chooseSheetName,
  colToLetters,
  formulaText,
  listSource,
  ownedKeyOfName,
  rangeText,
  toA1,
  wrappedRowHeights,
  type CellStyle,
  type OutCell,
  type OutputSheet,
  type OwnedSheetKey,
} from '../../src/core';
import { updateAppXml } from '../../src/hosts/xlsx/appxml';
import { chartOf, chartParts } from '../../src/hosts/xlsx/chartxml';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import {
  ContentTypes,
  Parts,
  REL_NS,
  REL_NS as REL,
  SML_NS as MAIN,
  Unsafe,
  XML_DECL,
  addRel,
  parseRels,
  reachable,
  relsPathOf,
  removeRel,
  resolveTarget,
} from '../../src/hosts/xlsx/opc';
import { productMarks } from '../../src/hosts/xlsx/ownership';
import { inflateEntry, isVerified } from '../../src/hosts/xlsx/part-stream';
import { appendMoneyStyles, type MoneyStyles } from '../../src/hosts/xlsx/stylesxml';
import { nameElement, parseWorkbookXml, rewriteWorkbookXml, sheetElement } from '../../src/hosts/xlsx/wbxml';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { LimitError } from '../../src/hosts/xlsx/xmlscan';
import { entryData, listZip, packagePath, unsafeEntryName, type EntryDeflater, type ZipEntry } from '../../src/hosts/xlsx/zip';

/** How the reference deflates new entries (the product's own deflater, as set with useDeflater, by default). */
let deflater: () => EntryDeflater;
export function useReferenceDeflater(make: () => EntryDeflater): void {
  deflater = make;
}

// ---- xml.ts (escaping) ----
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function stripIllegalXml(s: string): string {
  return s.replace(ILLEGAL, '');
}

function escapeXml(s: string): string {
  return stripIllegalXml(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---- sheetxml.ts ----
/** Excel's cell text limit; longer text makes Excel repair the file. */
const MAX_TEXT = 32767;

/**
 * Text as a cell's <t> content. Excel reads `_x0041_` in cell text as an escaped character, so a literal
 * `_x…_` sequence is itself escaped (`_x005F_`) to come back exactly as written. A carriage return is written as
 * Excel writes it, `_x000D_`: XML readers turn a literal one into a line feed.
 */
function cellText(v: string): string {
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
type StyleIndex = (style: CellStyle | undefined, wrap: boolean) => number;

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
const PAGE_SETUP = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
/** The file's name and the sheet's on every printed page, the page number below. */
const HEADER_FOOTER =
  '<headerFooter><oddHeader>&amp;L&amp;F&amp;R&amp;A</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>';

interface SheetXmlOptions {
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

/** An OutputSheet as worksheet XML, in pieces: a row at a time, so that a result sheet of 100,000 findings is never one string. */
export function* referenceSheetXmlPieces(sheet: Omit<OutputSheet, 'key'>, options: SheetXmlOptions = {}): Generator<string> {
  const { drawingRelId, selected, styles, book } = options;
  const wrap = new Set(sheet.wrapCols ?? []);
  // Rows of wrapped text get their height (only where the style sheet could give them the wrapping style).
  const heights = styles || book ? wrappedRowHeights(sheet) : new Map<number, number>();
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
  for (let r = 0; r < sheet.rows.length; r++) {
    let cells = '';
    const row = sheet.rows[r];
    if (!row) continue;
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      if (!c) continue;
      const ref = toA1(r + 1, col + 1);
      cells += book ? bookCellXml(c, ref, book, wrap.has(col + 1)) : cellXml(c, ref, styles, wrap.has(col + 1));
    }
    const ht = heights.get(r + 1);
    if (cells) yield `<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells}</row>`;
  }
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
  const breaks = sheet.rowBreaks?.length
    ? `<rowBreaks count="${sheet.rowBreaks.length}" manualBreakCount="${sheet.rowBreaks.length}">${sheet.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  yield (
    `</sheetData>${merges}${validationsXml(sheet)}${hyperlinks}` +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${PAGE_SETUP}${HEADER_FOOTER}${breaks}${drawing}</worksheet>`
  );
}

// ---- zip.ts: newEntry ----
const utf8 = new TextEncoder();

/** Text pieces are encoded and deflated in batches of about this many characters. */
const BATCH = 1 << 18;

/**
 * A new deflated entry, from its bytes or from its text in pieces (a 100,000-row result sheet is deflated as
 * it is produced, never made into one string).
 */
export function referenceNewEntry(
  name: string,
  content: Uint8Array | Iterable<string>,
  like?: Pick<ZipEntry, 'dosTime' | 'dosDate'>,
): ZipEntry {
  const d = deflater();
  const parts: Uint8Array[] = [];
  let size = 0;
  const put = (piece: Uint8Array) => {
    size += piece.length;
    parts.push(...d.push(piece));
  };
  if (content instanceof Uint8Array) put(content);
  else {
    let batch: string[] = [];
    let chars = 0;
    for (const s of content) {
      batch.push(s);
      chars += s.length;
      if (chars >= BATCH) {
        put(utf8.encode(batch.join('')));
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) put(utf8.encode(batch.join('')));
  }
  parts.push(...d.end());
  const data = parts.length === 1 ? parts[0] : concatAll(parts);
  return {
    name,
    method: 8,
    flags: 0x0800,
    crc: d.crc,
    compressedSize: data.length,
    size,
    dosTime: like?.dosTime ?? 0,
    dosDate: like?.dosDate ?? 0x21, // 1980-01-01
    localOffset: 0,
    data,
  };
}

function concatAll(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---- zip.ts: writeZip ----
/** Writes entries (with their compressed data) as a zip archive. */
function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  let size = 22;
  entries.forEach((e, i) => (size += 30 + names[i].length + e.compressedSize + 46 + names[i].length));
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(p);
    // Sizes and CRC go in the local header; the data-descriptor flag (bit 3) is cleared.
    const flags = (e.flags & ~0x0008) | (/[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0);
    dv.setUint32(p, 0x04034b50, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, flags, true);
    dv.setUint16(p + 8, e.method, true);
    dv.setUint16(p + 10, e.dosTime, true);
    dv.setUint16(p + 12, e.dosDate, true);
    dv.setUint32(p + 14, e.crc, true);
    dv.setUint32(p + 18, e.compressedSize, true);
    dv.setUint32(p + 22, e.size, true);
    dv.setUint16(p + 26, names[i].length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(names[i], p + 30);
    out.set(e.data!, p + 30 + names[i].length);
    p += 30 + names[i].length + e.compressedSize;
  });
  const cd = p;
  entries.forEach((e, i) => {
    const flags = (e.flags & ~0x0008) | (/[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0);
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, 20, true);
    dv.setUint16(p + 8, flags, true);
    dv.setUint16(p + 10, e.method, true);
    dv.setUint16(p + 12, e.dosTime, true);
    dv.setUint16(p + 14, e.dosDate, true);
    dv.setUint32(p + 16, e.crc, true);
    dv.setUint32(p + 20, e.compressedSize, true);
    dv.setUint32(p + 24, e.size, true);
    dv.setUint16(p + 28, names[i].length, true);
    dv.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, p - cd, true);
  dv.setUint32(p + 16, cd, true);
  return out;
}

// ---- copykeep.ts ----
interface ResultWorkbook {
  bytes: Uint8Array;
  /** 'copy': the input with the product's sheets; 'new': a new workbook with only the product's sheets. */
  mode: 'copy' | 'new';
  /** Why the copy could not be kept (mode 'new'), in English, for the report and the page's details. */
  reason?: string;
  /** The sheet names the product's sheets were written under (another name when a user sheet had it). */
  names: Partial<Record<OwnedSheetKey, string>>;
}

interface BuildOptions {
  /** Makes a new workbook from the outputs when the copy cannot be kept. Default: writeNewWorkbook (write-new.ts). */
  fallback?: (outputs: OutputSheet[]) => Promise<Uint8Array>;
}

const T_OFFICE_DOC = `${REL_NS}/officeDocument`;
const T_SHEET = `${REL_NS}/worksheet`;
const T_CALC_CHAIN = `${REL_NS}/calcChain`;
const T_STYLES = `${REL_NS}/styles`;
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
/** Workbook content types whose part is SpreadsheetML XML: .xlsx, .xlsm, .xltx, .xltm. */
const WORKBOOK_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];

const enc = new TextEncoder();

/**
 * The result workbook for `input` with the product's `outputs` sheets. Never throws for a bad input: where
 * the copy cannot be kept it returns `mode: 'new'` with the reason.
 */
export async function referenceBuildResultWorkbook(
  input: Uint8Array,
  outputs: OutputSheet[],
  options: BuildOptions = {},
): Promise<ResultWorkbook> {
  try {
    return copyKeeping(input, outputs);
  } catch (err) {
    const reason = err instanceof Unsafe ? err.message : `unexpected: ${(err as Error).message}`;
    const names: Partial<Record<OwnedSheetKey, string>> = {};
    for (const o of outputs) names[o.key] = o.name;
    const bytes = await (options.fallback ?? writeNewWorkbook)(outputs);
    return { bytes, mode: 'new', reason, names };
  }
}

function readEntries(input: Uint8Array): ZipEntry[] {
  if (input.length >= 8 && input[0] === 0xd0 && input[1] === 0xcf && input[2] === 0x11 && input[3] === 0xe0) {
    throw new Unsafe('the file is an OLE compound file (a password-protected workbook or an old .xls), not a zip');
  }
  const listed = listZip(input);
  if (typeof listed === 'string') throw new Unsafe(listed);
  // Every entry is checked (inflated within the read budget, unless the reader just did): a damaged entry (its
  // CRC-32 or size not the zip directory's) is never copied as if whole, nor an unsafe name (`../x`, `/x`, `C:x`);
  // a name with backslashes is copied under the path it means, with forward slashes (packagePath).
  const budget = { inflated: 0, maxInflated: DEFAULT_LIMITS.maxUncompressedBytes };
  return listed.map((e) => {
    if (e.flags & 1) throw new Unsafe(`the zip entry ${e.name} is encrypted`);
    const unsafe = unsafeEntryName(e.name);
    if (unsafe) throw new Unsafe(`the zip holds an entry with an unsafe name, ${JSON.stringify(e.name)} (${unsafe})`);
    const data = entryData(input, e);
    if (!data) throw new Unsafe(`the zip entry ${e.name} is damaged`);
    try {
      if (!isVerified(input, e)) inflateEntry(input, e, budget, () => {});
    } catch (err) {
      throw new Unsafe(
        err instanceof LimitError ? 'the workbook is too large to copy' : `the zip entry is damaged: ${(err as Error).message}`,
      );
    }
    return { ...e, name: packagePath(e.name), data };
  });
}

/** Throws Unsafe where the copy cannot be kept. Exported for tests through buildResultWorkbook only. */
function copyKeeping(input: Uint8Array, outputs: OutputSheet[]): ResultWorkbook {
  const listed = readEntries(input);
  const parts = new Parts(listed);
  const types = new ContentTypes(parts.text('[Content_Types].xml'));

  const docRel = parseRels(parts.text('_rels/.rels')).find((r) => r.type === T_OFFICE_DOC && !r.external);
  if (!docRel)
    throw new Unsafe(
      parts.text('_rels/.rels').includes('purl.oclc.org') ? 'the workbook is in Strict Open XML' : 'the package has no workbook part',
    );
  const wbPath = resolveTarget('', docRel.target);
  const wbEntry = parts.get(wbPath);
  if (!wbEntry) throw new Unsafe(`the workbook part ${wbPath} is missing`);
  const wbType = types.typeOf(wbEntry.name);
  if (!wbType || !WORKBOOK_TYPES.includes(wbType))
    throw new Unsafe(`the workbook part is ${wbType ?? 'of no known type'} (.xlsb or another format)`);
  const wbDir = wbEntry.name.includes('/') ? wbEntry.name.slice(0, wbEntry.name.lastIndexOf('/') + 1) : '';
  const wbRelsPath = relsPathOf(wbEntry.name);
  const wbRelsEntry = parts.get(wbRelsPath);
  if (!wbRelsEntry) throw new Unsafe('the workbook has no relationships part');

  const wb = parseWorkbookXml(parts.text(wbEntry.name));
  if (wb.structureLocked) throw new Unsafe('the workbook structure is protected (no sheets may be added)');
  let wbRels = parts.text(wbRelsEntry.name);
  const relList = parseRels(wbRels);
  if (relList.some((r) => r.type.endsWith('/revisionHeaders'))) throw new Unsafe('the workbook is shared with a revision log');
  const relById = new Map(relList.map((r) => [r.id, r]));
  for (const s of wb.sheets) if (!relById.has(s.relId)) throw new Unsafe(`the sheet ${s.name} has no relationship`);

  // Which sheets are replaced: the product's own for each output written — marked by its defined names AND
  // with the product's name and content (ownership.ts); a forged or stale mark on a user's sheet replaces nothing.
  const writing = new Set(outputs.map((o) => o.key));
  const replacedIdx = new Map<OwnedSheetKey, number>();
  for (const [key, name] of productMarks(input, wb.owned)) {
    const i = wb.sheets.findIndex((s) => s.name === name);
    if (writing.has(key) && i >= 0 && ![...replacedIdx.values()].includes(i)) replacedIdx.set(key, i);
  }
  const replaced = new Set(replacedIdx.values());

  // Parts that only the replaced sheets reach (their drawings, charts, comments …) go with them.
  const replacedRelIds = new Set([...replaced].map((i) => wb.sheets[i].relId));
  const kept = reachable(parts, [''], (src, r) => src.toLowerCase() === wbEntry.name.toLowerCase() && replacedRelIds.has(r.id));
  const gone = [
    ...reachable(
      parts,
      [...replaced].map((i) => resolveTarget(wbEntry.name, relById.get(wb.sheets[i].relId)!.target)),
    ),
  ].filter((p) => !kept.has(p));
  const removed = new Set<string>();
  for (const p of gone) {
    for (const name of [p, relsPathOf(p)]) if (parts.has(name)) removed.add(parts.get(name)!.name);
  }
  for (const id of replacedRelIds) wbRels = removeRel(wbRels, relById.get(id)!);
  // A calculation chain naming a replaced sheet would make Excel repair the file: Excel rebuilds it when absent.
  const chainRel = relList.find((r) => r.type === T_CALC_CHAIN);
  if (chainRel && replaced.size) {
    const chain = parts.get(resolveTarget(wbEntry.name, chainRel.target));
    const ids = [...replaced].map((i) => wb.sheets[i].sheetId);
    if (chain && ids.some((id) => new RegExp(`\\si="${id}"`).test(parts.text(chain.name)))) {
      removed.add(chain.name);
      wbRels = removeRel(wbRels, chainRel);
    }
  }
  for (const p of removed) types.remove(p);

  // New parts for each output (and the chart of 测算结果), at free names and relationship ids.
  // The number styles for amounts, appended to the workbook's styles part (none: amounts stay General).
  let styles: MoneyStyles | undefined;
  let stylesText: [string, string] | undefined;
  const stylesRel = relList.find((r) => r.type === T_STYLES && !r.external);
  const stylesEntry = stylesRel && parts.get(resolveTarget(wbEntry.name, stylesRel.target));
  if (stylesEntry) {
    const appended = appendMoneyStyles(parts.text(stylesEntry.name));
    if (appended) {
      styles = appended.styles;
      if (appended.xml !== parts.text(stylesEntry.name)) stylesText = [stylesEntry.name, appended.xml];
    }
  }

  const used = new Set(
    parts
      .names()
      .filter((n) => !removed.has(n))
      .map((n) => n.toLowerCase()),
  );
  const free = (stem: string): number => {
    for (let n = 1; ; n++) {
      const name = `${wbDir}${stem}${n}.xml`.toLowerCase();
      if (!used.has(name) && !used.has(relsPathOf(name))) return (used.add(name), n);
    }
  };
  const relIds = new Set(parseRels(wbRels).map((r) => r.id));
  const freeRelId = (): string => {
    let k = 1;
    while (relIds.has(`rIdBangfu${k}`)) k++;
    relIds.add(`rIdBangfu${k}`);
    return `rIdBangfu${k}`;
  };
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  const taken = wb.sheets.filter((_, i) => !replaced.has(i)).map((s) => s.name);
  const sheetEls = wb.sheets.map((s) => s.xml);
  const newNames = wb.sheets.map((s) => s.name);
  const added: ZipEntry[] = [];
  const names: Partial<Record<OwnedSheetKey, string>> = {};
  const add = (name: string, content: string | Iterable<string>) =>
    added.push(referenceNewEntry(name, typeof content === 'string' ? enc.encode(content) : content, wbEntry));
  for (const out of outputs) {
    const name = chooseSheetName(out.name, taken);
    taken.push(name);
    names[out.key] = name;
    const n = free('worksheets/sheet');
    const sheetPart = `${wbDir}worksheets/sheet${n}.xml`;
    const relId = freeRelId();
    const index = replacedIdx.get(out.key) ?? -1;
    let drawingRelId: string | undefined;
    const chart = chartOf(out);
    if (chart) {
      drawingRelId = 'rId1';
      const drawing = `${wbDir}drawings/drawing${free('drawings/drawing')}.xml`;
      for (const p of chartParts(out, chart, name, sheetPart, drawing, `${wbDir}charts/chart${free('charts/chart')}.xml`)) {
        add(p.name, p.text);
        if (p.type) types.add(p.name, p.type);
      }
    }
    // A hidden sheet (忽略记录) is never the selected one.
    const selected = index >= 0 && !out.hidden ? wb.activeTab === index : false;
    add(sheetPart, referenceSheetXmlPieces(out, { ...(drawingRelId ? { drawingRelId } : {}), selected, ...(styles ? { styles } : {}) }));
    types.add(sheetPart, CT_SHEET);
    wbRels = addRel(wbRels, relId, T_SHEET, `worksheets/sheet${n}.xml`);
    const el = sheetElement(wb.px, name, nextSheetId++, relId, out.hidden === true);
    if (index >= 0) {
      sheetEls[index] = el;
      newNames[index] = name;
    } else {
      sheetEls.push(el);
      newNames.push(name);
    }
  }
  types.ensureDefault('rels', CT_RELS);

  // Defined names: the product's marks are written anew; names local to a replaced sheet go with it.
  const keptNames = wb.names
    .filter((n) => {
      const key = ownedKeyOfName(n.name);
      if (key) return !writing.has(key) && wb.owned.get(key) !== undefined;
      return n.localSheetId === undefined || !replaced.has(n.localSheetId);
    })
    .map((n) => n.xml);
  const marks = outputs.map((o) => nameElement(wb.px, OWNED_NAMES[o.key], `'${names[o.key]!.replace(/'/g, "''")}'!$A$1`, true));
  // The header rows repeat at the top of every printed page (issue 12): Excel's print titles, local to the sheet.
  const titles = outputs.flatMap((o) => {
    const at = newNames.indexOf(names[o.key]!);
    return o.freezeRows && at >= 0
      ? [
          `<${wb.px}definedName name="_xlnm.Print_Titles" localSheetId="${at}">${escapeXml(`'${names[o.key]!.replace(/'/g, "''")}'!$1:$${o.freezeRows}`)}</${wb.px}definedName>`,
        ]
      : [];
  });
  const wbText = rewriteWorkbookXml(wb, { sheets: sheetEls, names: [...keptNames, ...marks, ...titles] });

  const replacedText = new Map<string, string>([
    [wbEntry.name, wbText],
    [wbRelsEntry.name, wbRels],
    [parts.get('[Content_Types].xml')!.name, types.xml],
  ]);
  if (stylesText) replacedText.set(...stylesText);
  const app = parts.get('docProps/app.xml');
  if (app) {
    const updated = updateAppXml(
      parts.text(app.name),
      wb.sheets.map((s) => s.name),
      newNames,
    );
    if (updated !== undefined) replacedText.set(app.name, updated);
  }
  const out: ZipEntry[] = [];
  for (const e of listed) {
    if (removed.has(e.name)) continue;
    const content = replacedText.get(e.name);
    out.push(content !== undefined ? referenceNewEntry(e.name, enc.encode(content), e) : e);
  }
  out.push(...added);
  return { bytes: writeZip(out), mode: 'copy', names };
}
