/**
 * Stale results: after a check the host listens for the user's changes — `onChanged` on every checked sheet,
 * `onAdded` and `onDeleted` on the sheet collection (ExcelApi 1.7) — and tells the pane, which marks its
 * results as possibly out of date. The product's own sheets are not watched, and their deletion is not news.
 */
import { excel, run } from './run';

export interface WorkbookChange {
  kind: 'edited' | 'added' | 'deleted';
  /** The sheet edited or deleted (absent for an added sheet). */
  sheet?: string;
}

/** Stops watching; never fails (the workbook may be closed already). */
export type StopWatching = () => Promise<void>;

/** Watches every sheet except `ignore` (the product's own); `onChange` is called for each change the user makes. */
export async function watchWorkbook(ignore: readonly string[], onChange: (change: WorkbookChange) => void): Promise<StopWatching> {
  const skip = new Set(ignore.map((n) => n.toLowerCase()));
  const handles = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const names = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
    const watched = sheets.items.filter((ws) => !skip.has(ws.name.toLowerCase()));
    const results = watched.map((ws) =>
      ws.onChanged.add(async (e) => {
        onChange({ kind: 'edited', sheet: names.get(e.worksheetId) ?? ws.name });
      }),
    );
    results.push(
      sheets.onAdded.add(async () => onChange({ kind: 'added' })),
      sheets.onDeleted.add(async (e) => {
        const sheet = names.get(e.worksheetId);
        if (!sheet || !skip.has(sheet.toLowerCase())) onChange({ kind: 'deleted', sheet });
      }),
    );
    await context.sync();
    return results;
  });
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    try {
      await excel().run(handles[0].context, async (context) => {
        for (const h of handles) h.remove();
        await context.sync();
      });
    } catch {
      // The workbook or its context is gone: nothing listens any more.
    }
  };
}
