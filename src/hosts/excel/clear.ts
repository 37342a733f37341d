/**
 * 清除结果: deletes the product's own sheets — found by their ownership mark (the hidden defined name that points
 * at them, render/owned.ts), never by name — and only when the sheet agrees (isProductSheet, shared with the
 * reader and the result workbook): its name is one the product writes, its A1 still holds the product's title
 * and its header row is the product's. A marked sheet the user renamed or retitled is the user's now: kept and reported.
 * 忽略记录 (the user's ignores, not a result) is always kept.
 */
import { OWNED_NAMES, OWNED_PROBE_ROWS, isProductSheet, ownedKeyOfName, type OwnedSheetKey } from '../../core';
import { sheetOfReference } from './read';
import { run } from './run';

export interface ResultSheets {
  /** The product's sheets that 清除结果 deletes (or deleted). */
  sheets: string[];
  /** Sheets with the mark whose content is no longer the product's: never deleted. */
  kept: string[];
}

interface Marked {
  key: OwnedSheetKey;
  sheet: string;
  agrees: boolean;
}

/** The marked sheets, and whether each one's content agrees with its mark (2 syncs). */
async function findMarked(context: Excel.RequestContext): Promise<Marked[]> {
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const existing = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const probes = names.items.flatMap((n) => {
    const key = ownedKeyOfName(n.name);
    const sheet = key ? sheetOfReference(n.formula) : undefined;
    const ws = sheet ? existing.get(sheet.toLowerCase()) : undefined;
    if (!key || key === 'ignores' || !ws) return [];
    const head = ws.getRange(`A1:D${OWNED_PROBE_ROWS}`);
    head.load('values');
    return [{ key, sheet: ws.name, head }];
  });
  await context.sync();
  return probes.map(({ key, sheet, head }) => ({ key, sheet, agrees: isProductSheet(key, sheet, head.values) }));
}

const summary = (marked: Marked[]): ResultSheets => ({
  sheets: marked.filter((m) => m.agrees).map((m) => m.sheet),
  kept: marked.filter((m) => !m.agrees).map((m) => m.sheet),
});

/** What 清除结果 would delete, for the confirmation. */
export async function listResults(): Promise<ResultSheets> {
  return run(async (context) => summary(await findMarked(context)));
}

/** Deletes the product's sheets (mark and content agreeing) and their marks; looks again first, so it is safe to call late. */
export async function clearResults(): Promise<ResultSheets> {
  return run(async (context) => {
    const marked = await findMarked(context);
    for (const m of marked.filter((x) => x.agrees)) {
      context.workbook.worksheets.getItem(m.sheet).delete();
      context.workbook.names.getItem(OWNED_NAMES[m.key]).delete();
    }
    await context.sync();
    return summary(marked);
  });
}
