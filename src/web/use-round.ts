/** 下载汇总 and 全部下载 (issue 12): the 汇总 workbook is written in the worker; the zip is made here with fflate. */
import { useCallback, useState, type MutableRefObject } from 'react';
import { roundUi, type Lang, type RoundFile } from '../core';
import { saveAs, XLSX_TYPE } from './download';
import { zipAll } from './round';
import type { FileEntry } from './state';
import type { SummaryRequest } from './worker-protocol';

export interface RoundDownloadsInput {
  getWorker: () => Worker;
  summaries: MutableRefObject<Map<number, { resolve: (b: ArrayBuffer) => void; reject: (e: Error) => void }>>;
  nextId: MutableRefObject<number>;
  files: readonly FileEntry[];
  roundFiles: RoundFile[];
  lang: Lang;
}

export function useRoundDownloads({ getWorker, summaries, nextId, files, roundFiles, lang }: RoundDownloadsInput) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const summary = useCallback(
    () =>
      new Promise<ArrayBuffer>((resolve, reject) => {
        const id = nextId.current++;
        summaries.current.set(id, { resolve, reject });
        const req: SummaryRequest = { type: 'summary', id, lang, files: roundFiles };
        getWorker().postMessage(req);
      }),
    [getWorker, summaries, nextId, roundFiles, lang],
  );
  const run = useCallback(
    async (save: (book: ArrayBuffer) => void) => {
      setBusy(true);
      setError('');
      try {
        save(await summary());
      } catch (err) {
        setError((err as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [summary],
  );
  const onSummary = useCallback(() => run((book) => saveAs(book, roundUi(lang).summaryFile, XLSX_TYPE)), [run, lang]);
  const onAll = useCallback(
    () => run((book) => saveAs(zipAll(files, new Uint8Array(book), lang) as BlobPart, roundUi(lang).allFile, 'application/zip')),
    [run, files, lang],
  );
  return { busy, error, onSummary, onAll };
}
