/**
 * Heights of the rows whose text wraps (OutputSheet.wrapCols): LibreOffice and WPS do not grow a row to its wrapped
 * text when they open a file, so the writers set each such row's height from its longest wrapped cell — lines of
 * the column's width, 15 points a line (the 11-point default font), at most Excel's 409 points.
 */
import type { OutputSheet } from './grid';
import { textWidth } from './text-width';

/** Points per line of 11-point text. */
export const LINE_POINTS = 15;
const MAX_POINTS = 409;

/**
 * Room kept for the way fonts really set text: a CJK character is a little wider than two digits in the
 * default fonts (LibreOffice's rendering of the 校验问题 sheet needed ~10 % more), and lines break at words.
 */
const SLACK = 1.15;

/** Lines `text` takes in a column `width` characters wide (each line break starts a line). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * SLACK) / room)), 0);
}

/** A row's height in points when its wrapped text needs more than one line (OutputSheet.wrapCols), else undefined. */
export function wrappedRowHeight(row: OutputSheet['rows'][number], sheet: Pick<OutputSheet, 'widths' | 'wrapCols'>): number | undefined {
  if (!sheet.wrapCols?.length) return undefined;
  let lines = 1;
  for (const c of sheet.wrapCols) {
    const v = row[c - 1]?.v;
    if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, sheet.widths[c - 1] ?? 8.43));
  }
  return lines > 1 ? Math.min(MAX_POINTS, lines * LINE_POINTS) : undefined;
}

/** 1-based row → height in points, for the rows whose wrapped text needs more than one line. */
export function wrappedRowHeights(sheet: Pick<OutputSheet, 'rows' | 'widths' | 'wrapCols'>): Map<number, number> {
  const out = new Map<number, number>();
  if (!sheet.wrapCols?.length) return out;
  sheet.rows.forEach((row, r) => {
    const ht = wrappedRowHeight(row, sheet);
    if (ht !== undefined) out.set(r + 1, ht);
  });
  return out;
}
