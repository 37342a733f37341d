/**
 * 清除结果: deletes the product's own sheets — found by their ownership mark (the hidden defined name that points
 * at them, render/owned.ts), never by name — and only when the sheet's content agrees: its A1 still holds the
 * title the product wrote. A marked sheet whose title was changed is the user's now: it is kept and reported.
 */
import { OWNED_NAMES, ownedKeyOfName, ui, type OwnedSheetKey } from '../../core';
import { sheetOfReference } from './read';
import { run } from './run';

export interface ResultSheets {
  /** The product's sheets that 清除结果 deletes (or deleted). */
  sheets: string[];
  /** Sheets with the mark whose content is no longer the product's: never deleted. */
  kept: string[];
}

/** The titles the product writes in A1 of its sheets, in either language. */
function isOwnTitle(key: OwnedSheetKey, a1: unknown): boolean {
  if (typeof a1 !== 'string') return false;
  return (['zh-CN', 'en-US'] as const).some((lang) => {
    const t = ui(lang);
    if (key === 'results') return a1 === t.resultsTitle;
    if (key === 'issues') return a1 === t.issuesTitle;
    return a1.startsWith(t.paramsTitle(''));
  });
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
    if (!key || !ws) return [];
    const a1 = ws.getRange('A1');
    a1.load('values');
    return [{ key, sheet: ws.name, a1 }];
  });
  await context.sync();
  return probes.map(({ key, sheet, a1 }) => ({ key, sheet, agrees: isOwnTitle(key, a1.values[0]?.[0]) }));
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
