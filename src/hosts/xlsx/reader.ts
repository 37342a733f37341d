/**
 * Our own streaming .xlsx reader (issue 14): bytes → WorkbookSnapshot, with no ExcelJS. Only the parts the
 * engine needs are inflated (the package and workbook relationships, workbook.xml, the shared strings, the
 * worksheets), each once, as a stream of bytes, through the XML tokenizer (bytescan.ts). Every limit is counted on
 * what is really read — bytes inflated, cells stored, text held, merged areas, row and column numbers — so a
 * small file that declares a huge grid costs what it holds: a cell at XFD1048576 is one cell, and `<col>`,
 * `<dimension>`, data validations and defined-name ranges are never expanded (nor read at all).
 * Rows are sparse: `rows[r]` exists only for rows holding a value, and a row holds only its cells (holes elsewhere).
 * Pure of fs and DOM: the CLI and the page's Web Worker share it.
 */
import {
  isProductOutput,
  ownedKeyOfName,
  type CellValue,
  type OwnedSheetKey,
  type MergeArea,
  type SheetSnapshot,
  type UnreadableLimit,
  type UnreadableReason,
  type WorkbookSnapshot,
} from '../../core';
import type { ReadLimits } from './guards';
import { SML_NS as MAIN, resolveTarget, relsPathOf } from './opc';
import { ByteXmlScanner, textOf, type ByteElement, type ByteXmlHandler, type XmlTag } from './bytescan';
import { DamagedError, streamPartBytes, type Budget } from './part-stream';
import { sniff } from './sniff';
import { sheetOfRef } from './wbxml';
import { CELL_TYPES, RowScan } from './rowscan';
import { TextCache } from './text-cache';
import { cellRefAt, decimalAt, digitsAt } from './xlsxnum';
import { LimitError, XmlError } from './xmlscan';
import { listZip, packagePath, unsafeEntryName, type ZipEntry } from './zip';

/** A read that failed: why, and for a limit which one with the size found and the limit (bytes, or a count). */
export interface ReadFailure {
  ok: false;
  reason: UnreadableReason;
  detail?: string;
  limit?: UnreadableLimit;
  size?: number;
  max?: number;
}

export type ReadOutcome = { ok: true; snapshot: WorkbookSnapshot } | ReadFailure;

/** A formula whose result was never computed (the file was written by a program that does not calculate). */
export const UNCALCULATED = '#UNCALCULATED';

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** Excel's grid. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

class Parts {
  private readonly byLower = new Map<string, ZipEntry>();
  constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) {
      const k = e.name.toLowerCase();
      if (this.byLower.has(k)) throw new DamagedError(`the zip holds ${e.name} twice`);
      this.byLower.set(k, e);
    }
  }
  get(name: string): ZipEntry | undefined {
    return this.byLower.get(name.toLowerCase());
  }
  names(): string[] {
    return [...this.byLower.values()].map((e) => e.name);
  }
}

interface Ctx {
  bytes: Uint8Array;
  parts: Parts;
  budget: Budget;
  limits: ReadLimits;
  cells: number;
  merges: number;
}

/** Runs a part through the tokenizer. */
function scanPart(ctx: Ctx, name: string, h: ByteXmlHandler): boolean {
  const e = ctx.parts.get(name);
  if (!e) return false;
  const scanner = new ByteXmlScanner(h, ctx.limits.maxTextChars ?? DEFAULT_MAX_TEXT);
  streamPartBytes(ctx.bytes, e, ctx.budget, (b) => scanner.feed(b));
  scanner.end();
  return true;
}

const DEFAULT_MAX_TEXT = 4 * 1024 * 1024;

interface Rel {
  id: string;
  type: string;
  target: string;
}

function readRels(ctx: Ctx, part: string): Rel[] {
  const out: Rel[] = [];
  scanPart(ctx, relsPathOf(part), {
    wantText: false,
    open(el) {
      if (el.uri !== PKG_RELS || el.local !== 'Relationship' || el.attr('TargetMode') === 'External') return;
      out.push({ id: el.attr('Id') ?? '', type: el.attr('Type') ?? '', target: resolveTarget(part, el.attr('Target') ?? '') });
    },
    close() {},
    text() {},
  });
  return out;
}

const relOfType = (rels: Rel[], suffix: string) => rels.find((r) => r.type.endsWith(`/${suffix}`));

interface SheetRef {
  name: string;
  relId: string;
  state: SheetSnapshot['state'];
}

interface WorkbookPart {
  strict: boolean;
  date1904: boolean;
  sheets: SheetRef[];
  /** Sheet names the product's hidden defined names point at, and which marks point at each. */
  marked: Map<string, OwnedSheetKey[]>;
}

function readWorkbookPart(ctx: Ctx, part: string): WorkbookPart {
  const wb: WorkbookPart = { strict: false, date1904: false, sheets: [], marked: new Map() };
  let root = true;
  let name: OwnedSheetKey | undefined;
  let text = '';
  const h: ByteXmlHandler = {
    wantText: false,
    open(el) {
      if (root) {
        root = false;
        if (el.uri === STRICT_MAIN) wb.strict = true;
        else if (el.uri !== MAIN || el.local !== 'workbook')
          throw new DamagedError(`workbook part is <${el.local}> in ${el.uri || 'no namespace'}`);
      }
      if (el.uri !== MAIN) return;
      if (el.local === 'workbookPr') {
        const d = el.attr('date1904');
        wb.date1904 = d === '1' || d === 'true';
      } else if (el.local === 'sheet') {
        const relId = REL_NS.map((ns) => el.attrNS(ns, 'id')).find((v) => v !== undefined);
        const n = el.attr('name');
        if (n === undefined || relId === undefined) throw new DamagedError('workbook.xml has a sheet without a name or relationship');
        const st = el.attr('state');
        wb.sheets.push({ name: n, relId, state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible' });
      } else if (el.local === 'definedName') {
        // Only the product's own marks are read; no other defined name is ever evaluated or expanded.
        name = ownedKeyOfName(el.attr('name') ?? '') ?? undefined;
        text = '';
        h.wantText = name !== undefined;
      }
    },
    close(uri, local) {
      if (uri === MAIN && local === 'definedName' && name !== undefined) {
        const sheet = sheetOfRef(text);
        if (sheet !== undefined) wb.marked.set(sheet, [...(wb.marked.get(sheet) ?? []), name]);
        name = undefined;
        h.wantText = false;
      }
    },
    text(s) {
      if (text.length < 1024) text += s;
    },
  };
  if (!scanPart(ctx, part, h)) throw new DamagedError(`${part} is missing`);
  return wb;
}

/** Excel's `_xHHHH_` escapes in string items (ST_Xstring): control characters written as text. */
function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * A handler collecting the text of a string item (<si> or <is>): the <t> elements directly in it or in its
 * rich-text runs <r>, never the phonetic guide <rPh> (Excel does not show it in the cell).
 */
class StringItem {
  private depthInPh = 0;
  private inT = false;
  parts: string[] = [];
  /** Ready for the next item (one StringItem serves every inline string of a sheet). */
  reset(): this {
    this.depthInPh = 0;
    this.inT = false;
    if (this.parts.length) this.parts.length = 0;
    return this;
  }
  open(el: XmlTag): void {
    if (el.uri !== MAIN) return;
    if (el.local === 'rPh') this.depthInPh++;
    else if (el.local === 't' && this.depthInPh === 0 && !el.selfClosing) this.inT = true;
  }
  close(uri: string, local: string): void {
    if (uri !== MAIN) return;
    if (local === 'rPh') this.depthInPh--;
    else if (local === 't') this.inT = false;
  }
  get wantText(): boolean {
    return this.inT;
  }
  text(s: string): void {
    if (this.inT) this.parts.push(s);
  }
  take(): string {
    const s = unescapeXstring(this.parts.length === 1 ? this.parts[0] : this.parts.join(''));
    this.parts.length = 0;
    return s;
  }
}

function readSharedStrings(ctx: Ctx, part: string | undefined): string[] {
  const out: string[] = [];
  if (!part) return out;
  let item: StringItem | undefined;
  // Items as Excel writes them read from the bytes (rowscan.ts); all others by the tokenizer's events.
  let fast: RowScan | undefined;
  const run = (buf: Uint8Array, p: number): number => {
    const n = buf.length;
    let at = p;
    for (;;) {
      const e = fast!.si(buf, at);
      if (e < 0) return at;
      out.push(unescapeXstring(textOf(buf, fast!.textStart, fast!.textEnd)));
      if (out.length > ctx.limits.maxCells) throw new LimitError('strings', out.length, ctx.limits.maxCells);
      at = e;
      while (at < n && buf[at] !== 0x3c) at++;
      if (at >= n) return e;
    }
  };
  const h: ByteXmlHandler = {
    wantText: false,
    run,
    open(el) {
      if (el.uri === MAIN && el.local === 'sst' && el.depth === 1 && !el.selfClosing) {
        fast = new RowScan(
          new TextEncoder().encode(el.qname.slice(0, el.qname.length - el.local.length)),
          ctx.limits.maxTextChars ?? DEFAULT_MAX_TEXT,
        );
        h.runDepth = 1;
      }
      if (el.uri === MAIN && el.local === 'si') {
        item = new StringItem();
        if (el.selfClosing) return;
      } else item?.open(el);
      h.wantText = item?.wantText ?? false;
    },
    close(uri, local) {
      if (uri === MAIN && local === 'sst') h.runDepth = undefined;
      if (uri === MAIN && local === 'si' && item) {
        out.push(item.take());
        item = undefined;
        if (out.length > ctx.limits.maxCells) throw new LimitError('strings', out.length, ctx.limits.maxCells);
      } else item?.close(uri, local);
      h.wantText = item?.wantText ?? false;
    },
    text(s) {
      item?.text(s);
    },
  };
  scanPart(ctx, part, h);
  return out;
}

/** "B12" → [12, 2]; undefined when it is not a cell reference (the definition xlsxnum.ts cellRefAt follows). */
export function parseRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c === 36 /* $ */ && i === 0) continue;
    else break;
    if (col > 1e7) return undefined;
  }
  if (i === 0 || col === 0) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row > 0 && ref.length > i ? [row, col] : undefined;
}

function parseRange(ref: string): MergeArea | undefined {
  const [a, b] = ref.split(':');
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return undefined;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** An ISO 8601 date-time (a cell of type d) → Excel serial number. */
function isoToSerial(s: string, date1904: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(s.trim());
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  let serial = ms / 86_400_000 + 25569;
  if (serial < 61) serial -= 1; // Excel's 1900-02-29 that never was
  return date1904 ? serial - 1462 : serial;
}

const num = (s: string): number | undefined => {
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
};

/** Thrown inside a sheet's scan to stop it once the rows wanted are read (a probe of a sheet's head). */
class EnoughRows {}

function readSheet(
  ctx: Ctx,
  part: string,
  sst: readonly string[],
  date1904: boolean,
  maxRows = Infinity,
): { rows: CellValue[][]; merges: MergeArea[] } {
  const rows: CellValue[][] = [];
  /** The numbers of the rows holding a cell, as they come (never found by walking a sparse array's length). */
  const used: number[] = [];
  const merges: MergeArea[] = [];
  let row = 0;
  let col = 0;
  let inCell = false;
  let type = '';
  /** The text of the cell's <v>, in pieces; or, read straight from the bytes, its number (NaN when not). */
  const v: string[] = [];
  let vNum = NaN;
  // Where that number was read (to give its text if a second <v> follows).
  let vBuf: Uint8Array = new Uint8Array(0);
  let vStart = 0;
  let vEnd = 0;
  /** Whether the cell's type reads its <v> as a number (a shared string's index, or the value). */
  let numberV = false;
  let inV = false;
  let hasV = false;
  let hasF = false;
  let inline: StringItem | undefined;
  const inlineItem = new StringItem();
  let inlineText: string | undefined;
  const ref = new Float64Array(2);
  const maxCells = ctx.limits.maxCells;
  const beyond = (what: string) => new DamagedError(`${what} is beyond Excel's grid (${MAX_ROW} rows × ${MAX_COL} columns)`);

  const store = (value: CellValue) => {
    if (value === null) return;
    if (++ctx.cells > maxCells) throw new LimitError('cells', ctx.cells, maxCells);
    let cells = rows[row - 1];
    if (!cells) {
      cells = rows[row - 1] = [];
      used.push(row);
    }
    cells[col - 1] = value;
  };
  const cellValue = (): CellValue => {
    if (vNum === vNum) {
      // The whole <v> was a plain decimal (rawText below): what num(text) gives for it, read without a string.
      if (type === 's') return Number.isInteger(vNum) && vNum >= 0 && vNum < sst.length ? sst[vNum] : null;
      return vNum;
    }
    const text = v.length === 0 ? undefined : v.length === 1 ? v[0] : v.join('');
    switch (type) {
      case 's': {
        const i = text === undefined ? undefined : num(text);
        return i !== undefined && Number.isInteger(i) && i >= 0 && i < sst.length ? sst[i] : null;
      }
      case 'inlineStr':
        return inlineText ?? (text !== undefined ? text : null);
      case 'str':
        // `<v></v>`: a formula whose calculated result is the empty string (Excel writes that for ="" results), a blank cell.
        return text !== undefined ? unescapeXstring(text) : hasF && !hasV ? { error: UNCALCULATED } : null;
      case 'b':
        return text === undefined ? (hasF ? { error: UNCALCULATED } : null) : text.trim() === '1' || text.trim() === 'true';
      case 'e':
        return text !== undefined ? { error: text.trim() } : hasF ? { error: UNCALCULATED } : null;
      case 'd': {
        const d = text === undefined ? undefined : isoToSerial(text, date1904);
        return d !== undefined ? d : text ? text : hasF ? { error: UNCALCULATED } : null;
      }
      default: {
        if (text === undefined || text.trim() === '') return hasF ? { error: UNCALCULATED } : null;
        const n = num(text);
        return n !== undefined ? n : text;
      }
    }
  };

  // What a row's and a cell's tags do, whether the tokenizer reports them or rowscan.ts reads them.
  const startRow = (n: number) => {
    if (n > MAX_ROW) throw beyond(`row ${n}`);
    if (n > maxRows) throw new EnoughRows();
    row = n;
    col = 0;
  };
  /** A cell's start tag: its reference (r < 0: none) and type. */
  const startCell = (r: number, c: number, t: string, empty: boolean) => {
    if (r < 0) col++;
    else {
      if (r > MAX_ROW) throw beyond(`row ${r}`);
      row = r;
      col = c;
    }
    if (row === 0) row = 1;
    if (col > MAX_COL) throw beyond(`column ${col}`);
    type = t;
    numberV = type === 's' || type === 'n' || !TEXT_TYPES.has(type);
    if (v.length) v.length = 0;
    vNum = NaN;
    hasV = hasF = false;
    inlineText = undefined;
    inCell = !empty;
  };
  const endCell = () => {
    if (hasV || hasF || inlineText !== undefined) store(cellValue());
    inCell = false;
  };
  /** The text of a cell's <v> (one piece; a number is read from the bytes). */
  const vText = (buf: Uint8Array, start: number, end: number) => {
    if (numberV && v.length === 0 && (vNum = decimalAt(buf, start, end)) === vNum) {
      vBuf = buf;
      vStart = start;
      vEnd = end;
    } else v.push(textOf(buf, start, end));
  };
  // The rows rowscan.ts can read, read from the bytes (the tokenizer reads the others).
  let rowScan: RowScan | undefined;
  const inlineTexts = new TextCache((b, s, e) => unescapeXstring(textOf(b, s, e)));
  const maxText = ctx.limits.maxTextChars ?? DEFAULT_MAX_TEXT;
  const run = (buf: Uint8Array, p: number): number => {
    const rs = rowScan!;
    const n = buf.length;
    let at = p;
    for (;;) {
      const e = rs.row(buf, at);
      if (e < 0) return at;
      startRow(rs.rowNumber < 0 ? row + 1 : rs.rowNumber);
      for (let i = 0; i < rs.cells; i++) {
        startCell(rs.cellRow(i), rs.cellCol(i), CELL_TYPES[rs.type(i)], false);
        if (rs.hasF(i)) hasF = true;
        const vs = rs.vStart(i);
        if (vs >= 0) {
          hasV = true;
          const ve = rs.vEnd(i);
          if (ve > vs) vText(buf, vs, ve);
        }
        const is = rs.isStart(i);
        if (is >= 0) {
          const ie = rs.isEnd(i);
          inlineText = ie > is ? inlineTexts.text(buf, is, ie) : '';
        }
        endCell();
      }
      // Text between rows is not read; the next row, if it is in this buffer.
      at = e;
      while (at < n && buf[at] !== 0x3c) at++;
      if (at >= n) return e;
    }
  };

  const h: ByteXmlHandler = {
    wantText: false,
    open(el) {
      if (el.uri !== MAIN) return;
      if (inline) {
        inline.open(el);
        h.wantText = inline.wantText;
        return;
      }
      switch (el.local) {
        case 'row': {
          const i = el.index('r');
          // Plain digits are read from the bytes; anything else as Number reads the text.
          let n = i < 0 ? row + 1 : digitsAt(el.buf, el.pos[i * 4 + 2], el.pos[i * 4 + 3]);
          if (n < 1) {
            const r = i < 0 ? undefined : el.value(i);
            n = r === undefined ? row + 1 : Number(r);
            if (!Number.isInteger(n) || n < 1) throw new DamagedError(`a row numbered "${r}"`);
          }
          startRow(n);
          break;
        }
        case 'c': {
          const i = el.index('r');
          if (i < 0) startCell(-1, 0, cellType(el), el.selfClosing);
          else if (cellRefAt(el.buf, el.pos[i * 4 + 2], el.pos[i * 4 + 3], ref)) startCell(ref[0], ref[1], cellType(el), el.selfClosing);
          else {
            const r = el.value(i);
            const p = parseRef(r);
            if (!p) throw new DamagedError(`a cell at "${r}"`);
            startCell(p[0], p[1], cellType(el), el.selfClosing);
          }
          break;
        }
        case 'v':
          if (inCell) {
            // A second <v> (no producer writes one): its text follows the first's, which becomes a string.
            if (vNum === vNum) {
              v.push(textOf(vBuf, vStart, vEnd));
              vNum = NaN;
            }
            hasV = true;
            inV = h.wantText = !el.selfClosing;
          }
          break;
        case 'f':
          if (inCell) hasF = true;
          break;
        case 'is':
          if (inCell && !el.selfClosing) inline = inlineItem.reset();
          break;
        case 'sheetData':
          if (!el.selfClosing) {
            const px = el.qname.slice(0, el.qname.length - el.local.length);
            rowScan = new RowScan(new TextEncoder().encode(px), maxText);
            h.runDepth = el.depth;
          }
          break;
        case 'mergeCell': {
          const m = parseRange(el.attr('ref') ?? '');
          if (!m || (m.top === m.bottom && m.left === m.right)) break;
          if (m.bottom > MAX_ROW || m.right > MAX_COL) throw beyond(`merged area ${el.attr('ref')}`);
          if (++ctx.merges > (ctx.limits.maxMerges ?? DEFAULT_MAX_MERGES))
            throw new LimitError('merges', ctx.merges, ctx.limits.maxMerges ?? DEFAULT_MAX_MERGES);
          merges.push(m);
          break;
        }
      }
    },
    close(uri, local) {
      if (uri !== MAIN) return;
      if (inline) {
        if (local === 'is') {
          inlineText = inline.take();
          inline = undefined;
          h.wantText = false;
        } else {
          inline.close(uri, local);
          h.wantText = inline.wantText;
        }
        return;
      }
      if (local === 'v') inV = h.wantText = false;
      else if (local === 'c') endCell();
      else if (local === 'sheetData') h.runDepth = undefined;
    },
    text(s) {
      if (inline) inline.text(s);
      else if (inV) v.push(s);
    },
    rawText(buf, start, end) {
      // A number or shared-string index that is the whole <v> (the piece is followed by its end tag, and no
      // piece came before): read from the bytes. Anything else comes to text() as a string.
      if (!inV || inline || v.length !== 0 || vNum === vNum || buf[end] !== 0x3c || buf[end + 1] !== 0x2f) return false;
      vText(buf, start, end);
      return true;
    },
    run,
  };
  try {
    scanPart(ctx, part, h);
  } catch (err) {
    if (!(err instanceof EnoughRows)) throw err;
  }
  clearMergedCells(rows, used, merges);
  return { rows, merges };
}

const DEFAULT_MAX_MERGES = 100_000;

/** The types whose <v> is text (every other type's, Excel's 'n' and any it does not define, is a number). */
const TEXT_TYPES = new Set(['inlineStr', 'str', 'b', 'e', 'd']);
const TYPES = ['s', 'n', 'inlineStr', 'str', 'b', 'e', 'd'];

/** A cell's t attribute ('n' when absent), without a new string for the types Excel writes. */
function cellType(el: ByteElement): string {
  const i = el.index('t');
  if (i < 0) return 'n';
  for (const t of TYPES) if (el.valueIs(i, t)) return t;
  return el.value(i);
}

/**
 * Inside a merged area only the top-left cell shows a value (Excel keeps, and some producers write, values
 * under it that nobody sees); the snapshot keeps those cells empty. Only existing rows and cells are visited.
 */
function clearMergedCells(rows: CellValue[][], used: number[], merges: readonly MergeArea[]): void {
  if (merges.length === 0) return;
  // rows.forEach on a sheet whose last row is 1,048,576 would visit every index; the rows read are listed instead.
  used.sort((a, b) => a - b);
  for (const m of merges) {
    // First used row ≥ m.top (binary search), then every used row up to m.bottom.
    let lo = 0;
    let hi = used.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (used[mid] < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < used.length && used[k] <= m.bottom; k++) {
      const r = used[k];
      const cells = rows[r - 1];
      const last = Math.min(m.right, cells.length);
      for (let c = m.left; c <= last; c++) if ((r !== m.top || c !== m.left) && cells[c - 1] !== undefined) delete cells[c - 1];
    }
  }
}

function notXlsx(names: string[]): ReadOutcome {
  const what = names.some((n) => n.startsWith('word/'))
    ? 'docx'
    : names.some((n) => n.startsWith('ppt/'))
      ? 'pptx'
      : names.some((n) => n.toLowerCase() === 'xl/workbook.bin')
        ? 'xlsb'
        : 'zip';
  return { ok: false, reason: 'not-xlsx', detail: what };
}

function tooLarge(err: LimitError, limits: ReadLimits): ReadFailure {
  const kind: Record<LimitError['what'], UnreadableLimit> = {
    inflated: 'unzipped',
    cells: 'cells',
    strings: 'cells',
    text: 'text',
    merges: 'merges',
    entries: 'entries',
    file: 'file',
  };
  const max: Record<LimitError['what'], number> = {
    inflated: limits.maxUncompressedBytes,
    cells: limits.maxCells,
    strings: limits.maxCells,
    text: limits.maxTextChars ?? DEFAULT_MAX_TEXT,
    merges: limits.maxMerges ?? DEFAULT_MAX_MERGES,
    entries: limits.maxEntries,
    file: limits.maxFileBytes,
  };
  return { ok: false, reason: 'too-large', detail: err.message, limit: kind[err.what], size: err.seen, max: max[err.what] };
}

/** Which sheets to read, and how far (a probe of the product's marked sheets, copykeep.ts). Default: all of every sheet. */
export interface ReadScope {
  sheets?: ReadonlySet<string>;
  maxRows?: number;
}

/**
 * Reads a workbook's bytes. Never throws: every failure is an UnreadableReason with a detail. A sheet is
 * `owned` (the product's output, left unchecked) by its content, never by a mark alone (render/owned.ts
 * isProductOutput): a forged mark on the fund sheet does not stop it being checked.
 */
export function readWorkbook(bytes: Uint8Array, limits: ReadLimits, scope: ReadScope = {}): ReadOutcome {
  const kind = sniff(bytes);
  if (kind.kind === 'unreadable') return { ok: false, reason: kind.reason, ...(kind.detail ? { detail: kind.detail } : {}) };
  if (bytes.length > limits.maxFileBytes) return tooLarge(new LimitError('file', bytes.length), limits);
  const listed = listZip(bytes);
  if (typeof listed === 'string') return { ok: false, reason: 'damaged', detail: listed };
  // Backslashes are folder separators (packagePath); an entry climbing out (`../x`, `/x`, `C:x`) is never followed:
  // the file is refused as damaged.
  const entries = listed.map((e) => (e.name.includes('\\') ? { ...e, name: packagePath(e.name) } : e));
  if (entries.length > limits.maxEntries) return tooLarge(new LimitError('entries', entries.length), limits);
  for (const e of entries) {
    const why = unsafeEntryName(e.name);
    if (why) return { ok: false, reason: 'damaged', detail: `unsafe entry name ${JSON.stringify(e.name)} (${why})` };
  }
  try {
    const ctx: Ctx = {
      bytes,
      parts: new Parts(entries),
      budget: { inflated: 0, maxInflated: limits.maxUncompressedBytes },
      limits,
      cells: 0,
      merges: 0,
    };
    const office = relOfType(readRels(ctx, ''), 'officeDocument');
    const wbPart = office?.target ?? 'xl/workbook.xml';
    if (!ctx.parts.get(wbPart)) return notXlsx(ctx.parts.names());
    const wb = readWorkbookPart(ctx, wbPart);
    if (wb.strict) return { ok: false, reason: 'damaged', detail: 'strict' };
    const rels = readRels(ctx, wbPart);
    const sst = readSharedStrings(ctx, relOfType(rels, 'sharedStrings')?.target);
    const sheets: SheetSnapshot[] = [];
    for (const s of wb.sheets) {
      if (scope.sheets && !scope.sheets.has(s.name)) continue;
      const rel = rels.find((r) => r.id === s.relId);
      // Chart sheets and dialog sheets hold no cells; a sheet whose part is missing is read as empty.
      if (rel && !rel.type.endsWith('/worksheet')) continue;
      const { rows, merges } =
        rel && ctx.parts.get(rel.target) ? readSheet(ctx, rel.target, sst, wb.date1904, scope.maxRows) : { rows: [], merges: [] };
      const owned = isProductOutput(rows, wb.marked.get(s.name) ?? []);
      sheets.push({ name: s.name, rows, merges, state: s.state, ...(owned ? { owned: true } : {}) });
    }
    return { ok: true, snapshot: { sheets } };
  } catch (err) {
    if (err instanceof LimitError) return tooLarge(err, limits);
    if (err instanceof DamagedError || err instanceof XmlError) return { ok: false, reason: 'damaged', detail: err.message };
    // A JS engine limit (string or array length) is a size limit too.
    if (err instanceof RangeError) return { ok: false, reason: 'too-large', detail: err.message };
    return { ok: false, reason: 'damaged', detail: err instanceof Error ? err.message : String(err) };
  }
}
