/**
 * Which of the sheets the product's marks point at are really the product's (issue 14, item 7): the mark
 * alone is never trusted. The marked sheets' first rows are read with the project's reader (only those
 * sheets, only OWNED_PROBE_ROWS rows) and judged by render/owned.ts isProductSheet — the same rule the
 * reader uses to leave a sheet unchecked and 清除结果 uses to delete one. Pure of fs and DOM.
 */
import { OWNED_PROBE_ROWS, isProductSheet, type OwnedSheetKey } from '../../core';
import { DEFAULT_LIMITS } from './guards';
import { readWorkbook } from './reader';

/**
 * The marks (key → sheet name) whose sheet is the product's: its name is one the product writes, and its A1
 * title and header row are the product's. A sheet that cannot be read is not the product's (it is kept).
 */
export function productMarks(input: Uint8Array, marks: ReadonlyMap<OwnedSheetKey, string>): Map<OwnedSheetKey, string> {
  const out = new Map<OwnedSheetKey, string>();
  if (marks.size === 0) return out;
  const read = readWorkbook(input, DEFAULT_LIMITS, { sheets: new Set(marks.values()), maxRows: OWNED_PROBE_ROWS });
  if (!read.ok) return out;
  for (const [key, name] of marks) {
    const sheet = read.snapshot.sheets.find((s) => s.name === name);
    if (sheet && isProductSheet(key, name, sheet.rows)) out.set(key, name);
  }
  return out;
}
