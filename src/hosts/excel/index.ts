/**
 * The Excel host: the only code that touches Office.js. A full check costs at most 4 syncs whatever the row
 * count — 2 to read (sheets and names; then every used range), 1 to write the product's sheets.
 */
import {
  DEFAULT_PROFILE,
  checkWorkbook,
  renderOutputs,
  renderParams,
  renderTemplate,
  type CheckReport,
  type Lang,
  type OutputSheet,
  type OwnedSheetKey,
} from '../../core';
import { readWorkbook } from './read';
import { run } from './run';
import { queueOutputs, writeSheet } from './write';

export { HostError, toHostError, type HostErrorKey } from './errors';

export type CheckStep = 'reading' | 'checking' | 'writing' | 'done';

export interface RunCheckOptions {
  lang: Lang;
  onProgress?: (step: CheckStep) => void;
}

/** Most 校验问题 rows written into Excel: keeps each request far under Excel on the web's 5 MB. */
export const MAX_ISSUE_ROWS = 2000;

export interface CheckRun extends CheckReport {
  /** Where 测算结果 and 校验问题 were written. */
  written: Partial<Record<OwnedSheetKey, string>>;
  /** Sheets checked as if unmerged: this Excel cannot tell merged areas (before ExcelApi 1.13). */
  mergesUnread: string[];
}

export async function runCheck({ lang, onProgress }: RunCheckOptions): Promise<CheckRun> {
  return run(async (context) => {
    onProgress?.('reading');
    const state = await readWorkbook(context);
    onProgress?.('checking');
    const report = checkWorkbook(state.snapshot);
    onProgress?.('writing');
    const { names } = queueOutputs(context, renderOutputs(report, lang, { maxRows: MAX_ISSUE_ROWS }), state);
    await context.sync(); // 3
    onProgress?.('done');
    return { ...report, written: names, mergesUnread: state.mergesUnread };
  });
}

/** Activates a sheet and selects a cell (a finding's location). */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

export interface TemplateResult {
  /** Sheets inserted, and sheets skipped because the workbook already has a sheet of that name. */
  inserted: string[];
  skipped: string[];
}

/** Inserts `sheets` where no sheet has their names (compared as Excel does, ignoring case); activates the first. */
async function insertSheets(sheets: readonly Omit<OutputSheet, 'key'>[]): Promise<TemplateResult> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const taken = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
    const result: TemplateResult = { inserted: [], skipped: [] };
    for (const sheet of sheets) {
      if (taken.has(sheet.name.toLowerCase())) {
        result.skipped.push(sheet.name);
        continue;
      }
      writeSheet(worksheets.add(sheet.name), sheet);
      taken.add(sheet.name.toLowerCase());
      result.inserted.push(sheet.name);
    }
    if (result.inserted.length) worksheets.getItem(result.inserted[0]).activate();
    await context.sync();
    return result;
  });
}

/**
 * 新建模板: inserts the blank workbook's sheets (the pairing table prefilled from the plan's annex, the fund
 * sheet, 因素表, 工作队名册, 村集体经济, 会议记录, 规则参数), never over a sheet: those whose names are taken are skipped.
 */
export async function insertTemplate({ lang }: { lang: Lang }): Promise<TemplateResult> {
  return insertSheets(renderTemplate(DEFAULT_PROFILE, lang));
}

/**
 * 插入规则参数表: inserts only the 规则参数 sheet, prefilled with the default profile's values, and activates it;
 * never over a sheet of that name (then it is reported as skipped). It is the user's sheet to edit, read back
 * by the next check, so it carries no mark of the product's own sheets.
 */
export async function insertParams({ lang }: { lang: Lang }): Promise<TemplateResult> {
  return insertSheets([renderParams(DEFAULT_PROFILE, lang)]);
}

export { clearResults, listResults, type ResultSheets } from './clear';
export { saveIgnores, type SaveIgnoresOptions } from './ignores';
export { watchWorkbook, type StopWatching, type WorkbookChange } from './watch';
