/**
 * 忽略 / 恢复 in the open workbook (issue 11): the pane's ignores are saved at once in the product's hidden sheet
 * 忽略记录 (core/ignores.ts), with 校验问题 rewritten to list them apart, in one request after a look at the
 * sheets, the marks and the marked sheets' heads (3 syncs). The user's cells are not read again: the next check reads 忽略记录 back (read.ts).
 */
import {
  OWNED_PROBE_ROWS,
  isProductSheet,
  ownedKeyOfName,
  renderIgnores,
  renderOutputs,
  type CheckReport,
  type Lang,
  type OwnedSheetKey,
} from '../../core';
import type { ReadState } from './read';
import { sheetOfReference } from './read';
import { run } from './run';
import { queueOutputs } from './write';

export interface SaveIgnoresOptions {
  /** The pane's last result with the ignores now in force marked (`applyIgnores`). */
  report: CheckReport;
  lang: Lang;
  /** Most 校验问题 rows written (as the check writes them). */
  maxRows: number;
}

/**
 * The sheets and the product's marks, and which marked sheets are the product's (mark, name and content agreeing,
 * render/owned.ts isProductSheet, as read.ts decides): what `queueOutputs` needs to replace them. No user cell is read.
 */
async function readMarks(context: Excel.RequestContext): Promise<ReadState> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await context.sync();
  const byLower = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
  const marks = new Map<OwnedSheetKey, string | undefined>();
  for (const n of names.items) {
    const key = ownedKeyOfName(n.name);
    if (key) marks.set(key, byLower.get(sheetOfReference(n.formula)?.toLowerCase() ?? ''));
  }
  const heads = [...marks].flatMap(([key, sheet]) => {
    if (sheet === undefined) return [];
    const head = sheets.getItem(sheet).getRange(key === 'issues' ? `A1:C${OWNED_PROBE_ROWS}` : 'A1:F3');
    head.load('values');
    return [{ key, sheet, head }];
  });
  await context.sync();
  const owned = new Map<OwnedSheetKey, string>();
  for (const { key, sheet, head } of heads) if (isProductSheet(key, sheet, head.values)) owned.set(key, sheet);
  const ours = new Set(owned.values());
  return {
    snapshot: { sheets: sheets.items.map((ws) => ({ name: ws.name, rows: [], ...(ours.has(ws.name) ? { owned: true } : {}) })) },
    owned,
    marks,
    mergesUnread: [],
  };
}

/**
 * Writes 忽略记录 (hidden, every value as text) with the ignores in force in `report`, and 校验问题 from `report`;
 * returns where each went. An empty 忽略记录 (the last ignore restored) is written too, so that nothing lapsed
 * comes back at the next check.
 */
export async function saveIgnores({ report, lang, maxRows }: SaveIgnoresOptions): Promise<Partial<Record<OwnedSheetKey, string>>> {
  return run(async (context) => {
    const state = await readMarks(context);
    const issues = renderOutputs(report, lang, { maxRows }).filter((o) => o.key === 'issues');
    const { names } = queueOutputs(context, [...issues, renderIgnores(report)], state);
    await context.sync();
    return names;
  });
}
