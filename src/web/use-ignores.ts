/**
 * 忽略 / 恢复 on the page (issue 11): the worker checks the file again with the page's ignores for it (the whole
 * list, in place of the file's own 忽略记录), so the findings move, the counts change and the result workbook
 * carries the ignores (hidden 忽略记录, 校验问题's 已忽略 section). The file is read again from the File the user
 * chose; nothing leaves this computer.
 */
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { Ignore, JsonFinding, Lang } from '../core';
import { withIgnored, withRestored } from '../taskpane/ignoring';
import type { FileEntry } from './state';
import type { CheckRequest } from './worker-protocol';

/** A finding of the page's table: the JSON finding and its file's name. */
export type PageFinding = JsonFinding & { file: string };

export interface IgnoresInput {
  files: readonly FileEntry[];
  setFiles: Dispatch<SetStateAction<FileEntry[]>>;
  getWorker: () => Worker;
  lang: Lang;
}

export function useIgnores({ files, setFiles, getWorker, lang }: IgnoresInput) {
  /** Checks `file` again with `ignores`; the entry keeps its result until the new one comes. */
  const recheck = useCallback(
    async (entry: FileEntry, ignores: Ignore[]) => {
      if (!entry.file) return;
      setFiles((list) => list.map((f) => (f.id === entry.id ? { ...f, rechecking: true } : f)));
      const bytes = await entry.file.arrayBuffer();
      const req: CheckRequest = { type: 'check', id: entry.id, name: entry.name, bytes, lang, ignores };
      getWorker().postMessage(req, [bytes]);
    },
    [setFiles, getWorker, lang],
  );

  /** Runs `change` on the findings of each file the rows come from. */
  const each = useCallback(
    (
      rows: readonly PageFinding[],
      change: (findings: JsonFinding[], items: { finding: JsonFinding }[]) => { ignores: Ignore[]; count: number },
    ) => {
      for (const name of new Set(rows.map((r) => r.file))) {
        const entry = files.find((f) => f.name === name && f.result);
        if (!entry?.result) continue;
        const next = change(
          entry.result.findings,
          rows.filter((r) => r.file === name).map((finding) => ({ finding })),
        );
        if (next.count) void recheck(entry, next.ignores);
      }
    },
    [files, recheck],
  );

  const onIgnore = useCallback(
    (rows: readonly PageFinding[], reason: string) => each(rows, (findings, items) => withIgnored(findings, items, reason)),
    [each],
  );
  const onRestore = useCallback((rows: readonly PageFinding[]) => each(rows, (findings, items) => withRestored(findings, items)), [each]);
  const busy = files.some((f) => f.rechecking);
  return { onIgnore, onRestore, busy };
}
