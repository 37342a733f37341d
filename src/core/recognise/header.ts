/**
 * Finding a table's header row by content (RULES.md "How tables are recognised"): the first 20 rows are
 * searched; a header may span two or three rows under merged cells (资金来源 over 省级 / 深圳市 / 河源市, and
 * 河源市 over 市级 / 县级). Title rows above and notes below are skipped by the callers.
 */
import type { CellRef } from '../types';
import type { Unit } from '../money';
import { cellText, normaliseLabel, readYear, unitInLabel } from './vocabulary';
import type { SheetView } from './view';

/** Column key → the names it goes by. */
export type ColumnDictionary<K extends string> = Readonly<Record<K, readonly string[]>>;

export interface HeaderColumn<K extends string> {
  key: K;
  col: number;
  /** The header text as typed (of the label that matched). */
  label: string;
  /** Normalised labels from the top header row down, e.g. ['资金来源', '河源市', '市级']. */
  stack: string[];
  /** The cell of the label that matched. */
  ref: CellRef;
  /** A unit given in the header text, e.g. 合计（万元）. */
  unit?: Unit;
  /** A wide sheet's year group the column sits under (「2021年」 merged over 合计 / 省级 / …). */
  year?: number;
}

/** A header column whose label matched no key: said, not dropped (FUND-COLUMN-UNMAPPED), and listed in the summary. */
export interface UnmatchedColumn {
  col: number;
  label: string;
  stack: string[];
  ref: CellRef;
  year?: number;
  /** The label's stems name two sources (「省市配套」): reported instead of guessed. */
  ambiguous?: boolean;
}

export interface HeaderMatch<K extends string> {
  top: number;
  bottom: number;
  columns: HeaderColumn<K>[];
  keys: Set<K>;
  /** Labelled columns that matched no key. */
  unmatched: UnmatchedColumn[];
}

export interface FindHeaderOptions<K extends string> {
  /** Rows searched from the top (RULES.md: 20). */
  maxRows?: number;
  /** Picks the key of a column from its label stack; the default takes the deepest label that matches. */
  refine?: (stack: readonly string[], matches: readonly (K | undefined)[]) => K | undefined;
  /** How strongly a set of matched keys looks like a header; the best row wins. */
  score?: (keys: ReadonlySet<K>) => number;
  minScore?: number;
  /** Reads a label no alias names exactly by its meaning (vocabulary `columnMeaning`); 'ambiguous' when unsure. */
  meaning?: (label: string) => K | 'ambiguous' | undefined;
}

/** Builds a lookup from normalised alias to key; earlier keys win on a clash. */
export function aliasIndex<K extends string>(dict: ColumnDictionary<K>): Map<string, K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(dict) as K[]) {
    for (const alias of dict[key]) {
      const n = normaliseLabel(alias);
      if (n && !index.has(n)) index.set(n, key);
    }
  }
  return index;
}

/** Finds the header of the table on a sheet, or null when no row looks like one. */
export function findHeader<K extends string>(
  view: SheetView,
  dict: ColumnDictionary<K>,
  options: FindHeaderOptions<K> = {},
): HeaderMatch<K> | null {
  const maxRows = Math.min(options.maxRows ?? 20, view.rowCount);
  const index = aliasIndex(dict);
  const score = options.score ?? ((keys) => keys.size);
  const minScore = options.minScore ?? 2;
  const colCount = Math.min(view.colCount, 200);

  const meaning = options.meaning;
  const lookup = (label: string): K | undefined => {
    const k = index.get(label);
    if (k || !meaning || !label) return k;
    const m = meaning(label);
    return m === 'ambiguous' ? undefined : m;
  };
  const labelAt = (row: number, col: number) => normaliseLabel(cellText(view.shown(row, col)));
  const keysOfRow = (row: number) => {
    const keys = new Set<K>();
    for (const c of columnsOf(view, row, colCount)) {
      const k = lookup(labelAt(row, c));
      if (k) keys.add(k);
    }
    return keys;
  };

  let best = 0;
  let bestScore = -Infinity;
  for (const r of view.rowNumbers(1, maxRows)) {
    const s = score(keysOfRow(r));
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  if (best === 0 || bestScore < minScore) return null;

  // Rows above belong to the header when they hold group labels merged over the best row's columns.
  let top = best;
  while (top > 1 && best - top < 2 && isParentRow(view, top - 1, top, colCount)) top--;
  // Rows below belong to it while they hold only labels (no numbers) under merged groups.
  let bottom = best;
  while (bottom - top < 2 && bottom < view.rowCount && isChildRow(view, bottom + 1, lookup, colCount)) bottom++;

  const columns: HeaderColumn<K>[] = [];
  const unmatched: UnmatchedColumn[] = [];
  const keys = new Set<K>();
  const cols = new Set<number>();
  for (let r = top; r <= bottom; r++) for (const c of columnsOf(view, r, colCount)) cols.add(c);
  for (const c of [...cols].sort((a, b) => a - b)) {
    const stack: string[] = [];
    const rows: number[] = [];
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const raw = cellText(view.shown(r, c));
      const l = normaliseLabel(raw);
      if (l && stack[stack.length - 1] !== l) {
        stack.push(l);
        rows.push(r);
        texts.push(raw);
      }
    }
    if (stack.length === 0) continue;
    const yearAt = rows.findIndex((r) => readYear(view.shown(r, c)) !== null);
    const year = yearAt >= 0 ? (readYear(view.shown(rows[yearAt], c)) ?? undefined) : undefined;
    const matches = stack.map((l, i) => (i === yearAt ? undefined : lookup(l)));
    let key: K | undefined;
    if (options.refine) key = options.refine(stack, matches);
    else for (let i = matches.length - 1; i >= 0 && !key; i--) key = matches[i];
    if (!key) {
      const last = stack.length - 1;
      const m = view.mergeAt(rows[last], c);
      unmatched.push({
        col: c,
        label: texts[last].trim(),
        stack,
        ref: { sheet: view.sheet.name, row: m ? m.top : rows[last], col: m ? m.left : c },
        ...(year !== undefined ? { year } : {}),
        ...(meaning && meaning(stack[last]) === 'ambiguous' ? { ambiguous: true } : {}),
      });
      continue;
    }
    const at = Math.max(0, matches.lastIndexOf(key));
    const text = texts[at] ?? texts[texts.length - 1];
    const unit = texts.map(unitInLabel).find((u) => u !== undefined);
    const m = view.mergeAt(rows[at], c);
    columns.push({
      key,
      col: c,
      label: text.trim(),
      stack,
      ref: { sheet: view.sheet.name, row: m ? m.top : rows[at], col: m ? m.left : c },
      ...(unit ? { unit } : {}),
      ...(year !== undefined ? { year } : {}),
    });
    keys.add(key);
  }
  return { top, bottom, columns, keys, unmatched };
}

/** Row `r` is a parent of `below` when one of its cells is merged down into `below` or across several columns. */
function isParentRow(view: SheetView, r: number, below: number, colCount: number): boolean {
  let grouped = false;
  for (const c of columnsOf(view, r, colCount)) {
    const v = view.raw(r, c);
    if (typeof v === 'number') return false;
    const m = view.mergeAt(r, c);
    if (m && m.top === r && (m.bottom >= below || m.right > m.left) && cellText(view.raw(m.top, m.left)).trim()) {
      // A title merged across the whole table is not a header group: it spans every used column.
      if (m.right - m.left + 1 >= Math.max(3, colCount - 1) && m.bottom < below) continue;
      grouped = true;
    }
  }
  return grouped;
}

/** Row `r` continues a header when its own cells are labels: no numbers, and at least one known name. */
function isChildRow<K extends string>(view: SheetView, r: number, lookup: (label: string) => K | undefined, colCount: number): boolean {
  let own = 0;
  let known = 0;
  for (const c of columnsOf(view, r, colCount)) {
    const m = view.mergeAt(r, c);
    if (m && m.top < r) continue; // inherited from the row above
    const v = view.raw(r, c);
    if (v === null || v === '') continue;
    if (typeof v !== 'string') return false;
    own++;
    if (lookup(normaliseLabel(v))) known++;
  }
  return own > 0 && known > 0 && known * 2 >= own;
}

/**
 * The columns of a row that hold a cell or lie under a merged area, up to `limit`: the existing cells, never the
 * used width (a sparse sheet costs what it holds).
 */
export function columnsOf(view: SheetView, row: number, limit: number): number[] {
  const cols = new Set<number>();
  for (const cell of view.cellsOf(row)) if (cell.col <= limit) cols.add(cell.col);
  for (const m of view.mergesOn(row)) for (let c = m.left; c <= Math.min(m.right, limit); c++) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}
