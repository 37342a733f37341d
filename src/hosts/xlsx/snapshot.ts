/**
 * An .xlsx → WorkbookSnapshot, with ExcelJS (DESIGN.md: "a host reads every sheet it needs once, as plain
 * grids of values"). Never writes anything back. Pure of fs and DOM: the CLI and the page's Web Worker
 * (with ExcelJS's browser build) share it.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import {
  ownedKeyOfName,
  type CellValue,
  type MergeArea,
  type SheetSnapshot,
  type UnreadableReason,
  type WorkbookSnapshot,
} from '../../core';
import { DEFAULT_LIMITS, guardWorkbook, listZip, type ReadLimits } from './guards';
import { sniff } from './sniff';

export type ReadOutcome = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; reason: UnreadableReason; detail?: string };

/** A formula whose result was never computed (the file was written by a program that does not calculate). */
export const UNCALCULATED = '#UNCALCULATED';

const MS_PER_DAY = 86_400_000;

/** A JS date as ExcelJS gives it → the Excel serial number the cell holds. */
function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + (date1904 ? 24107 : 25569);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** One cell's value as Excel shows it. */
export function cellValue(v: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    if ('error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return richText(v as ExcelJS.CellRichTextValue);
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { error: UNCALCULATED };
      if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return { error: String(result.error) };
      return cellValue(result as ExcelJS.CellValue, date1904);
    }
    if ('hyperlink' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof t === 'string'
        ? t
        : t && typeof t === 'object' && 'richText' in t
          ? richText(t as { richText: { text: string }[] })
          : null;
    }
  }
  return null;
}

function mergeAreas(ws: ExcelJS.Worksheet): MergeArea[] {
  const model = (ws as unknown as { model: { merges?: string[] } }).model;
  const out: MergeArea[] = [];
  for (const range of model.merges ?? []) {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
    if (!m) continue;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    out.push({ top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) });
  }
  return out;
}

/** Sheet names that the product's hidden defined names point at (render/owned.ts). */
function ownedSheets(wb: ExcelJS.Workbook): Set<string> {
  const owned = new Set<string>();
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const n of model) {
    if (!ownedKeyOfName(n.name)) continue;
    for (const r of n.ranges) {
      const m = /^'?(.+?)'?!/.exec(r);
      if (m) owned.add(m[1].replace(/''/g, "'"));
    }
  }
  return owned;
}

export function snapshotFromWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const owned = ownedSheets(wb);
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Merged cells other than the top-left carry the master's value in ExcelJS; the snapshot keeps them empty.
        if (cell.isMerged && cell.master !== cell) return;
        out[c - 1] = cellValue(cell.value, date1904);
      });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
      rows[r - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    sheets.push({
      name: ws.name,
      rows,
      merges: mergeAreas(ws),
      state: ws.state === 'hidden' ? 'hidden' : ws.state === 'veryHidden' ? 'veryHidden' : 'visible',
      ...(owned.has(ws.name) ? { owned: true } : {}),
    });
  });
  return { sheets };
}

/** Reads a workbook's bytes. Never throws: every failure is an UnreadableReason with a detail. */
export async function readSnapshot(input: Uint8Array | ArrayBuffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const kind = sniff(bytes);
  if (kind.kind === 'unreadable') return { ok: false, reason: kind.reason, ...(kind.detail ? { detail: kind.detail } : {}) };
  const guard = guardWorkbook(bytes, limits);
  if (!guard.ok) return { ok: false, reason: guard.limit === 'zip' ? 'damaged' : 'too-large', detail: guard.detail };
  const entries = listZip(bytes);
  const names = typeof entries === 'string' ? [] : entries.map((e) => e.name.replace(/\\/g, '/'));
  if (!names.includes('xl/workbook.xml')) {
    const what = names.some((n) => n.startsWith('word/'))
      ? 'docx'
      : names.some((n) => n.startsWith('ppt/'))
        ? 'pptx'
        : names.includes('xl/workbook.bin')
          ? 'xlsb'
          : 'zip';
    return { ok: false, reason: 'not-xlsx', detail: what };
  }
  if (isStrict(bytes)) return { ok: false, reason: 'damaged', detail: 'strict' };
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return { ok: true, snapshot: snapshotFromWorkbook(wb) };
  } catch (err) {
    return { ok: false, reason: 'damaged', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** Strict Open XML uses other namespaces, which ExcelJS reads as an empty workbook: say so instead. */
function isStrict(bytes: Uint8Array): boolean {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
    const xml = files['xl/workbook.xml'];
    return !!xml && strFromU8(xml).includes('purl.oclc.org/ooxml/spreadsheetml/main');
  } catch {
    return false;
  }
}
