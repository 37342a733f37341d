/**
 * The Excel host: the only code that touches Office.js. A full check costs at most 4 syncs whatever the row
 * count — 2 to read (sheets and names; then every used range), 1 to write the product's sheets.
 */
import { checkWorkbook, renderOutputs, type CheckReport, type Lang, type OwnedSheetKey } from '../../core';
import { HostError, toHostError } from './errors';
import { readWorkbook } from './read';
import { queueOutputs } from './write';

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
}

function excel(): typeof Excel {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') throw new HostError('notInExcel');
  return Excel;
}

export async function runCheck({ lang, onProgress }: RunCheckOptions): Promise<CheckRun> {
  try {
    return await excel().run(async (context) => {
      onProgress?.('reading');
      const state = await readWorkbook(context);
      onProgress?.('checking');
      const report = checkWorkbook(state.snapshot);
      onProgress?.('writing');
      const { names } = queueOutputs(context, renderOutputs(report, lang, { maxRows: MAX_ISSUE_ROWS }), state);
      await context.sync(); // 3
      onProgress?.('done');
      return { ...report, written: names };
    });
  } catch (err) {
    throw toHostError(err);
  }
}

/** Activates a sheet and selects a cell (a finding's location). */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  try {
    await excel().run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch (err) {
    throw toHostError(err);
  }
}
