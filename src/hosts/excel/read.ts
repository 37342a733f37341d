/**
 * Reading the open workbook into a snapshot, every response under Excel on the web's 5 MB: one sync learns
 * the sheets and the workbook's names; a cheap shape pass learns each sheet's used range (address and size,
 * and its merged areas where ExcelApi 1.13 is there); then the cells (values and value types) come in row
 * blocks packed into syncs by their estimated JSON size. The product's own sheets are not read: a marked
 * sheet's head is read in the shape pass and judged by its content (render/owned.ts), never by the mark alone.
 * 忽略记录 with its mark and header is read in full: the check applies the ignores it holds (core/ignores.ts).
 * Syncs: 2 + one per block sync — all of a usual workbook's cells fit one (≤ ~95,000 cells before any measure).
 */
import {
  OWNED_PROBE_ROWS,
  isProductOutput,
  isProductSheet,
  ownedKeyOfName,
  parseA1,
  type CellValue,
  type MergeArea,
  type OwnedSheetKey,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../core';
import { jsonBytes, RESPONSE_BUDGET } from './payload';
import { supportsExcelApi } from './requirements';

export interface ReadState {
  snapshot: WorkbookSnapshot;
  /** The product's sheets, whose hidden name, sheet name and content agree (the only ones replaced): key → sheet name. */
  owned: Map<OwnedSheetKey, string>;
  /** Every mark of the product's found, true, forged or stale: key → the sheet it points at, if any (a write replaces these names). */
  marks: Map<OwnedSheetKey, string | undefined>;
  /** Sheets whose merged areas could not be read (Excel older than ExcelApi 1.13): checked as if unmerged. */
  mergesUnread: string[];
}

export interface ReadLimits {
  /** Most bytes one sync may bring back; the host packs blocks to three quarters of it. */
  responseBytes: number;
  /** The guess of a cell's bytes (value and type) before any block was measured. */
  bytesPerCell: number;
}

export const READ_LIMITS: ReadLimits = { responseBytes: RESPONSE_BUDGET, bytesPerCell: 32 };

/** `'测算结果'!$A$1` or `=测算结果!$A$1` → 测算结果. */
export function sheetOfReference(ref: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(ref.trim());
  return m ? (m[1] ?? m[2]).replace(/''/g, "'") : undefined;
}

function mergeAreas(address: string): MergeArea[] {
  const out: MergeArea[] = [];
  for (const part of address.split(',')) {
    const local = part.slice(part.lastIndexOf('!') + 1);
    const [a, b] = local.split(':');
    const p = parseA1(a.replace(/\$/g, ''));
    const q = parseA1((b ?? a).replace(/\$/g, ''));
    if (p && q) out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}

/** Top-left cell (1-based) of a range address like `'资金筹集'!B3:K900`. */
function topLeft(address: string): { row: number; col: number } {
  const first = address
    .slice(address.lastIndexOf('!') + 1)
    .split(':')[0]
    .replace(/\$/g, '');
  return parseA1(first) ?? { row: 1, col: 1 };
}

/** A used range still to read: `rows` rows of `cols` columns starting `offset` rows into it. */
interface Block {
  sheet: number;
  offset: number;
  rows: number;
}

interface Shape {
  ws: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** The sheet's rows as read so far (index = row − 1). */
  grid: CellValue[][];
}

function isResponseTooLarge(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? String((err as { code?: unknown }).code ?? '') : '';
  return code === 'ResponsePayloadSizeLimitExceeded';
}

const cellOf = (v: unknown, type: string): CellValue =>
  type === 'Empty' ? null : type === 'Error' ? { error: String(v) } : (v as CellValue);

/** Reads the cells of `shapes` in row blocks, each sync's response kept under `limits.responseBytes`. */
async function readBlocks(context: Excel.RequestContext, shapes: Shape[], limits: ReadLimits): Promise<void> {
  const target = Math.floor(limits.responseBytes * 0.75);
  let bytesPerCell = limits.bytesPerCell;
  let measuredBytes = 0;
  let measuredCells = 0;
  const pending: Block[] = shapes.map((s, sheet) => ({ sheet, offset: 0, rows: s.rows })).filter((b) => b.rows > 0);
  while (pending.length) {
    // Pack blocks into this sync until the estimate reaches the target; always at least one row.
    let budget = Math.max(1, Math.floor(target / bytesPerCell));
    const batch: { block: Block; range: Excel.Range }[] = [];
    while (pending.length && budget > 0) {
      const next = pending[0];
      const { cols, ws, top, left } = shapes[next.sheet];
      const rows = Math.min(next.rows, Math.max(batch.length ? 0 : 1, Math.floor(budget / cols)));
      if (rows === 0) break;
      const block = { sheet: next.sheet, offset: next.offset, rows };
      if (rows === next.rows) pending.shift();
      else pending[0] = { ...next, offset: next.offset + rows, rows: next.rows - rows };
      const range = ws.getRangeByIndexes(top - 1 + block.offset, left - 1, rows, cols);
      range.load('values,valueTypes');
      batch.push({ block, range });
      budget -= rows * cols;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block keeps each response under 5 MB
      await context.sync();
    } catch (err) {
      const single = batch.length === 1 && batch[0].block.rows === 1;
      if (!isResponseTooLarge(err) || single) throw err;
      // Larger cells than estimated: read the same rows again in smaller blocks.
      pending.unshift(...batch.map((b) => b.block));
      bytesPerCell *= 2;
      continue;
    }
    for (const { block, range } of batch) {
      const shape = shapes[block.sheet];
      const values = range.values;
      const types = range.valueTypes;
      measuredBytes += jsonBytes(values) + jsonBytes(types);
      measuredCells += block.rows * shape.cols;
      values.forEach((row, i) => {
        const cells: CellValue[] = Array(shape.left - 1).fill(null);
        row.forEach((v, j) => cells.push(cellOf(v, types[i][j])));
        shape.grid[shape.top - 1 + block.offset + i] = cells;
      });
    }
    bytesPerCell = Math.max(1, measuredBytes / measuredCells);
  }
}

export async function readWorkbook(context: Excel.RequestContext, limits: ReadLimits = READ_LIMITS): Promise<ReadState> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await context.sync(); // 1: the sheets and the names

  const marks = new Map<OwnedSheetKey, string | undefined>();
  const byLower = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
  for (const n of names.items) {
    const key = ownedKeyOfName(n.name);
    const sheet = key ? byLower.get(sheetOfReference(n.formula)?.toLowerCase() ?? '') : undefined;
    if (key) marks.set(key, sheet);
  }
  const marksOf = (sheet: string) => [...marks].filter(([, s]) => s === sheet).map(([k]) => k);
  // The head of each marked sheet, read with the shapes: the product's sheet is told by its content. 测算结果's
  // and 规则参数's header is row 3, 忽略记录's row 1; 校验问题's comes after 识别情况, so its first three columns are read further.
  const heads = new Map(
    [...new Set(marks.values())].flatMap((sheet) => {
      if (sheet === undefined) return [];
      const head = sheets.getItem(sheet).getRange(marksOf(sheet).includes('issues') ? `A1:C${OWNED_PROBE_ROWS}` : 'A1:F3');
      head.load('values');
      return [[sheet, head] as const];
    }),
  );
  const withMerges = supportsExcelApi('1.13');
  const probes = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,rowCount,columnCount');
    let merges: Excel.RangeAreas | undefined;
    if (supportsExcelApi('1.13')) {
      merges = used.getMergedAreasOrNullObject();
      merges.load('address');
    }
    return { ws, used, merges };
  });
  await context.sync(); // 2: the shapes (and the marked sheets' heads)

  const owned = new Map<OwnedSheetKey, string>();
  for (const [key, sheet] of marks) if (sheet && isProductSheet(key, sheet, heads.get(sheet)!.values)) owned.set(key, sheet);
  const products = new Set([...heads].filter(([sheet, head]) => isProductOutput(head.values, marksOf(sheet))).map(([sheet]) => sheet));
  const ignores = owned.get('ignores');
  const toRead = probes.filter((p) => !products.has(p.ws.name) || p.ws.name === ignores);
  const shapes: Shape[] = toRead.map(({ ws, used }) => {
    if (used.isNullObject) return { ws, top: 1, left: 1, rows: 0, cols: 0, grid: [] };
    const { row, col } = topLeft(used.address);
    const grid: CellValue[][] = Array.from({ length: row - 1 }, () => []);
    return { ws, top: row, left: col, rows: used.rowCount, cols: used.columnCount, grid };
  });
  await readBlocks(context, shapes, limits); // 3…: the cells

  const merged = new Map<string, MergeArea[]>();
  if (supportsExcelApi('1.13'))
    for (const p of toRead) if (p.merges && !p.merges.isNullObject) merged.set(p.ws.name, mergeAreas(p.merges.address));
  const bySheet = new Map(toRead.map((p, i) => [p.ws.name, { ...p, shape: shapes[i] }]));
  const out: SheetSnapshot[] = sheets.items.map((ws) => {
    const state = ws.visibility === 'Hidden' ? 'hidden' : ws.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
    const read = bySheet.get(ws.name);
    if (!read) return { name: ws.name, rows: [], state, owned: true };
    // Old results kept under another name, without the mark, are the product's output too (never checked).
    const product = isProductOutput(read.shape.grid, marksOf(ws.name));
    return { name: ws.name, rows: read.shape.grid, merges: merged.get(ws.name) ?? [], state, ...(product ? { owned: true } : {}) };
  });
  const mergesUnread = withMerges ? [] : toRead.filter((p) => !p.used.isNullObject && p.ws.name !== ignores).map((p) => p.ws.name);
  return { snapshot: { sheets: out }, owned, marks, mergesUnread };
}
