/**
 * The page's round of files (issue 12): adding files (the same file chosen again replaces the first), the shares
 * of one file as tab-separated text that pastes into Excel/WPS as a table, and 全部下载 as one zip of every result
 * workbook and the 汇总 workbook. No DOM here, so jsdom and node tests call it directly.
 */
import { zipSync } from 'fflate';
import { amountLabel, roundUi, ui, yearTotals, type FileResult, type JsonShare, type Lang, type Unit } from '../core';
import { resultName } from './download';
import type { FileEntry } from './state';

/** The entries after adding `added`: an entry of the same name is replaced where it stood; others are appended. */
export function addEntries(list: readonly FileEntry[], added: readonly FileEntry[]): FileEntry[] {
  const out = [...list];
  for (const e of added) {
    const at = out.findIndex((x) => x.name === e.name);
    if (at >= 0) out[at] = e;
    else out.push(e);
  }
  return out;
}

/** The result to show: the one of the page's language, else the one first received. */
export function resultIn(e: FileEntry, lang: Lang): FileResult | undefined {
  return e.results?.[lang] ?? e.result;
}

export const SHARE_KEYS = ['total', 'province', 'shenzhen', 'heyuanCity', 'county'] as const;

/** A file's shares split by unit (never added across units), in the order the units first appear. */
export function sharesByUnit(shares: readonly JsonShare[]): { unit: Unit; shares: JsonShare[] }[] {
  const out: { unit: Unit; shares: JsonShare[] }[] = [];
  for (const s of shares) {
    let g = out.find((x) => x.unit === s.unit);
    if (!g) out.push((g = { unit: s.unit, shares: [] }));
    g.shares.push(s);
  }
  return out;
}

/** Tab-separated text cells: tabs and line breaks inside a value would split the table, so they become spaces. */
const tsvCell = (v: string | number) => String(v).replace(/[\t\r\n]+/g, ' ');

/**
 * The shares of one file and unit as Excel/WPS paste them: a header row, one row per town-year, then the per-year
 * totals. Amounts are plain decimals (「1200.00」) so that they paste as numbers.
 */
export function sharesTsv(shares: readonly JsonShare[], lang: Lang): string {
  const t = ui(lang);
  const r = roundUi(lang);
  const header = [t.colTown, t.colYear, ...SHARE_KEYS.map((k) => amountLabel(k, lang)), t.colUnit];
  const rows = shares.map((s) => [s.town, s.year, ...SHARE_KEYS.map((k) => s[k]), s.unit]);
  const totals = yearTotals(shares).map((y) => [r.perYearTotal(y.year), y.year, ...SHARE_KEYS.map((k) => y[k]), y.unit]);
  return [header, ...rows, ...totals].map((row) => row.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}

/** File names inside the zip are unique: a second 「a.校验结果.xlsx」 becomes 「a.校验结果 (2).xlsx」. */
function unique(name: string, used: Set<string>): string {
  let n = name;
  for (let i = 2; used.has(n); i++) n = name.replace(/(\.[^.]+)?$/, (ext) => ` (${i})${ext}`);
  used.add(n);
  return n;
}

/** 全部下载: every result workbook (named in the page's language) and the 汇总 workbook, stored (xlsx is already deflated). */
export function zipAll(entries: readonly FileEntry[], summary: Uint8Array, lang: Lang): Uint8Array {
  const used = new Set<string>();
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const e of entries) {
    if (!e.workbook) continue;
    files[unique(resultName(e.name, lang), used)] = [new Uint8Array(e.workbook), { level: 0 }];
  }
  files[unique(roundUi(lang).summaryFile, used)] = [summary, { level: 0 }];
  return zipSync(files);
}
