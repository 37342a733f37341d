/**
 * The product's own sheets are marked as the product's, not by name alone (DESIGN.md "Owned sheets only"):
 * a hidden workbook-level defined name points at each owned sheet. A user's sheet that happens to be called
 * 测算结果 carries no such name, so it is never replaced; the product then writes under another name.
 */
import { IGNORES_SHEET, isIgnoresSheet } from '../ignores';
import { LANGS, ui, type Lang } from '../messages';
import type { SheetSnapshot } from '../types';
import type { OwnedSheetKey } from './grid';

/** Hidden defined names that mark the product's sheets, e.g. `_bangfu_results` → '测算结果'!$A$1. */
export const OWNED_NAMES: Record<OwnedSheetKey, string> = {
  results: '_bangfu_results',
  issues: '_bangfu_issues',
  params: '_bangfu_params',
  ignores: '_bangfu_ignores',
};

/** Which owned sheet a defined name marks, or null. */
export function ownedKeyOfName(definedName: string): OwnedSheetKey | null {
  for (const [k, v] of Object.entries(OWNED_NAMES)) if (v.toLowerCase() === definedName.toLowerCase()) return k as OwnedSheetKey;
  return null;
}

/**
 * The name to write an owned sheet under: the wanted name, unless a sheet that is not ours already has it;
 * then 「测算结果（校验）」, 「测算结果（校验2）」 … `taken` holds names of sheets that are not the product's.
 * Sheet names compare case-insensitively, as Excel does.
 */
export function chooseSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 1; ; i++) {
    const candidate = `${wanted}（校验${i === 1 ? '' : i}）`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * How many rows of a marked sheet a host reads to decide whether it is the product's: 校验问题's header row
 * comes after its 识别情况 block, one or a few rows per sheet read.
 */
export const OWNED_PROBE_ROWS = 1000;

/** The names the product writes a sheet under: the wanted name, or chooseSheetName's 「（校验）」「（校验2）」 … */
export function isOwnSheetName(key: OwnedSheetKey, sheet: string): boolean {
  const s = sheet.toLowerCase();
  return LANGS.some((lang) => {
    const wanted = wantedName(key, lang).toLowerCase();
    if (s === wanted) return true;
    if (!s.startsWith(`${wanted}（校验`) || !s.endsWith('）')) return false;
    const n = s.slice(wanted.length + 3, -1);
    return n === '' || /^[1-9]\d*$/.test(n);
  });
}

function wantedName(key: OwnedSheetKey, lang: Lang): string {
  const t = ui(lang);
  return { results: t.resultsSheet, issues: t.issuesSheet, params: t.paramsSheet, ignores: IGNORES_SHEET }[key];
}

/** A sheet's first rows as read (rows[0] is row 1; holes and missing rows are empty cells). */
export type ProbeRows = readonly (readonly unknown[] | undefined)[];

const startsWith = (row: readonly unknown[] | undefined, cells: readonly string[]) =>
  row !== undefined && cells.every((c, i) => typeof row[i] === 'string' && (row[i] as string).trim() === c);

/**
 * Whether a sheet's content is what the product writes for `key`, in either language: its title in A1 and
 * its header row (测算结果 and 规则参数: row 3; 校验问题: below 识别情况, within the first OWNED_PROBE_ROWS).
 */
export function isOwnContent(key: OwnedSheetKey, rows: ProbeRows): boolean {
  if (key === 'ignores') return isIgnoresSheet({ rows: rows as SheetSnapshot['rows'] });
  const a1 = rows[0]?.[0];
  if (typeof a1 !== 'string') return false;
  return LANGS.some((lang) => {
    const t = ui(lang);
    if (key === 'results') return a1 === t.resultsTitle && startsWith(rows[2], [t.colTown, t.colYear, t.colUnit]);
    if (key === 'params') return a1.startsWith(t.paramsTitle('')) && startsWith(rows[2], [t.colParam, t.colKey, t.colValue, t.colNote]);
    if (a1 !== t.issuesTitle) return false;
    const header = [t.colNo, t.colSeverity, t.colCode];
    for (let r = 1; r < Math.min(rows.length, OWNED_PROBE_ROWS); r++) if (startsWith(rows[r], header)) return true;
    return false;
  });
}

/**
 * Whether a sheet that the product's mark for `key` points at is really the product's (issue 14): its name is
 * one the product writes and its content agrees (isOwnContent). Only such a sheet is replaced on a re-run or
 * deleted by 清除结果; a forged or stale mark on a user's sheet (the fund sheet, renamed old results) changes
 * nothing: that sheet is kept byte for byte and the product writes under another name.
 */
export function isProductSheet(key: OwnedSheetKey, sheet: string, rows: ProbeRows): boolean {
  return isOwnSheetName(key, sheet) && isOwnContent(key, rows);
}

/**
 * Whether a host leaves a sheet unchecked as the product's output (SheetSnapshot.owned): its content is the
 * product's 测算结果 or 校验问题 (checking them would report the product's own figures as the user's), or the
 * product's 规则参数 or 忽略记录 with its mark (a 规则参数 sheet without the mark is the user's settings, read as the
 * profile; 忽略记录 is read back as the ignores only when mark and header agree).
 * A mark alone never does: a forged mark on the fund sheet leaves it checked. `marks`: the keys of the marks
 * pointing at the sheet.
 */
export function isProductOutput(rows: ProbeRows, marks: readonly OwnedSheetKey[]): boolean {
  return (
    isOwnContent('results', rows) ||
    isOwnContent('issues', rows) ||
    (['params', 'ignores'] as const).some((key) => marks.includes(key) && isOwnContent(key, rows))
  );
}
