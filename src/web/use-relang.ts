/**
 * The result workbooks follow the page's language (issue 12): when the page's language changes, each file's result
 * workbook that is in another language goes to the worker to be rendered again (RelangRequest) — its 校验问题 and
 * 测算结果 in the new language, everything else of it as it was. Until it is back, the file has no workbook (its
 * download button waits); a workbook that comes back in a language the page has left is sent again.
 */
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { Lang } from '../core';
import type { FileEntry } from './state';
import type { RelangRequest } from './worker-protocol';

export function useRelang(
  files: readonly FileEntry[],
  lang: Lang,
  setFiles: Dispatch<SetStateAction<FileEntry[]>>,
  getWorker: () => Worker,
): void {
  useEffect(() => {
    const stale = files.filter((f) => f.workbook && f.workbookLang && f.workbookLang !== lang);
    if (!stale.length) return;
    const ids = new Set(stale.map((f) => f.id));
    setFiles((list) => list.map((f) => (ids.has(f.id) ? { ...f, workbook: undefined, workbookLang: undefined } : f)));
    for (const f of stale) {
      const req: RelangRequest = { type: 'relang', id: f.id, lang, workbook: f.workbook! };
      getWorker().postMessage(req, [f.workbook!]);
    }
  }, [files, lang, setFiles, getWorker]);
}
