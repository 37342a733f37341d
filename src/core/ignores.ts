/**
 * Ignores (issue 11; RULES.md "Additions"): a user sets a finding aside with a short reason. An ignored finding stays
 * in the result, marked `ignored: { reason }`, counted in `summary.ignored` and never as an error, warning or info.
 *
 * An ignore is keyed by code, sheet, cell and the cell's value as the finding shows it (`actual`): when the value
 * changes, the key no longer matches and the finding comes back. The fields are the JSON result's, so a finding of
 * `--json` can be copied into an `--ignore` file as it is.
 *
 * Ignores travel with the workbook in the product's own hidden sheet 忽略记录 (marked `_bangfu_ignores`, see
 * render/owned.ts): the pane writes it into the open workbook, the page into the result workbook, and every front
 * reads it back from the snapshot. The sheet is trusted only when its mark and its header row agree.
 */
import type { z } from 'zod';
import type { buildIgnoreSchemas } from './ignores-schema';
import { lazy } from './lazy';
import type { Finding } from './findings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './types';
import { isCellError } from './types';

/** Longest reason kept (a reason is a note for the next reader, not a document). */
export const MAX_REASON = 200;
/** Most ignores read from one file or one sheet. */
export const MAX_IGNORES = 20_000;

/** One finding set aside: the finding's code, sheet, cell and actual value, with the user's reason. */
export type Ignore = z.infer<ReturnType<typeof buildIgnoreSchemas>['IgnoreSchema']>;

const schemas = lazy(() => {
  // Required here, not imported: zod starts only when ignores are read (issue 14).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./ignores-schema') as typeof import('./ignores-schema')).buildIgnoreSchemas();
});

/** Where an ignore list could not be read: the entry's index (or -1 for the whole list) and the field at fault. */
export interface IgnoreListProblem {
  index: number;
  field: string;
}

/**
 * Reads an `--ignore` file's parsed JSON: an array of `{ code, sheet, cell, actual, reason }`. Extra fields (a whole
 * JSON finding copied in) are allowed and dropped. Never throws.
 */
export function parseIgnoreList(json: unknown): { ok: true; ignores: Ignore[] } | { ok: false; problem: IgnoreListProblem } {
  const r = schemas().IgnoreListSchema.safeParse(json);
  if (r.success) return { ok: true, ignores: r.data };
  const issue = r.error.issues[0];
  const [index, field] = issue.path;
  return { ok: false, problem: { index: typeof index === 'number' ? index : -1, field: typeof field === 'string' ? field : '' } };
}

/** Findings a user may not set aside: a checker never passes a workbook it did not fully read. */
const NOT_IGNORABLE: ReadonlySet<string> = new Set(['WB-UNREADABLE', 'FUND-UNCALCULATED', 'FUND-CHECK-SKIPPED']);

export function canIgnore(f: { code: string }): boolean {
  return !NOT_IGNORABLE.has(f.code);
}

/** The key an ignore matches a finding by. */
export function ignoreKey(f: { code: string; sheet: string; cell: string; actual?: string }): string {
  return JSON.stringify([f.code, f.sheet, f.cell, f.actual ?? '']);
}

/** The ignore that sets `f` aside with `reason`. */
export function ignoreOf(f: { code: string; sheet: string; cell: string; actual?: string }, reason: string): Ignore {
  return { code: f.code, sheet: f.sheet, cell: f.cell, actual: f.actual ?? '', reason: reason.trim().slice(0, MAX_REASON) };
}

/**
 * Marks the findings an ignore matches (a later ignore of the same key wins) and unmarks the others. Keeps the order.
 * Findings that may not be ignored (`canIgnore`) are never marked.
 */
export function applyIgnores(findings: readonly Finding[], ignores: readonly Ignore[]): Finding[] {
  const byKey = new Map<string, Ignore>();
  for (const i of ignores) byKey.set(ignoreKey(i), i);
  return findings.map((f) => {
    // No ignores (most runs): no finding's key is worked out.
    const hit = byKey.size && canIgnore(f) ? byKey.get(ignoreKey(f)) : undefined;
    if (hit) return { ...f, ignored: { reason: hit.reason } } as Finding;
    if (!f.ignored) return f;
    const rest: { ignored?: unknown } = { ...f };
    delete rest.ignored;
    return rest as Finding;
  });
}

/**
 * The ignores still in force after a check: those that matched a finding. A lapsed ignore (its cell's value changed,
 * or the finding went away) is not written back.
 */
export function ignoresInForce(findings: readonly Finding[]): Ignore[] {
  return findings.filter((f) => f.ignored).map((f) => ignoreOf(f, f.ignored!.reason));
}

/** Merges ignore lists; for the same key the later list wins. */
export function mergeIgnores(...lists: readonly (readonly Ignore[])[]): Ignore[] {
  const byKey = new Map<string, Ignore>();
  for (const list of lists) for (const i of list) byKey.set(ignoreKey(i), i);
  return [...byKey.values()];
}

// ---- The hidden sheet 忽略记录 ------------------------------------------------------------------------------------

/** The sheet's name; a host picks another if a user sheet has it (render/owned.ts chooseSheetName). */
export const IGNORES_SHEET = '忽略记录';

/**
 * The header row the product writes (row 1), in the order of the columns. Fixed text in both languages, so a
 * workbook made with the English interface reads back in the Chinese one and the other way round.
 */
export const IGNORES_HEADER = ['规则代码 code', '工作表 sheet', '单元格 cell', '实际值 actual', '忽略原因 reason'] as const;

/** Whether a sheet's content is the product's 忽略记录 (its first row is exactly the header). */
export function isIgnoresSheet(sheet: Pick<SheetSnapshot, 'rows'>): boolean {
  const first = sheet.rows[0] ?? [];
  return IGNORES_HEADER.every((h, i) => first[i] === h) && first.slice(IGNORES_HEADER.length).every((v) => v === null || v === '');
}

/** The rows of 忽略记录 (header first); every value is text, written as text (never a formula). */
export function ignoresSheetRows(ignores: readonly Ignore[]): string[][] {
  return [[...IGNORES_HEADER], ...ignores.map((i) => [i.code, i.sheet, i.cell, i.actual, i.reason])];
}

const asText = (v: CellValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
};

/** The ignores a 忽略记录 sheet holds; rows without a code or a reason are passed over. */
export function ignoresFromSheet(sheet: Pick<SheetSnapshot, 'rows'>): Ignore[] {
  const out: Ignore[] = [];
  for (const row of sheet.rows.slice(1, MAX_IGNORES + 1)) {
    const [code, sh, cell, actual, reason] = IGNORES_HEADER.map((_, i) => asText(row?.[i]));
    const r = schemas().IgnoreSchema.safeParse({ code, sheet: sh, cell, actual, reason });
    if (r.success) out.push(r.data);
  }
  return out;
}

/**
 * The 忽略记录 sheet of a snapshot: a sheet the product marked as its own (`owned`) whose content is the header.
 * A hidden sheet of that name without the mark, or a marked sheet with other content, is a user's sheet.
 */
export function findIgnoresSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.owned && isIgnoresSheet(s));
}
