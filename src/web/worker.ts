/// <reference lib="webworker" />
/**
 * The page's Web Worker: bytes → snapshot → engine → JSON result + result workbook, all on this computer.
 * The same modules as the CLI (src/hosts/xlsx), with ExcelJS's browser build.
 */
import { renderOutputs } from '../core';
import { checkBytes } from '../hosts/xlsx/check-file';
import { buildResultWorkbook } from '../hosts/xlsx/copykeep';
import { writeNewWorkbook } from '../hosts/xlsx/write-new';
import type { CheckRequest, WorkerMessage } from './worker-protocol';

const post = (m: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (ev: MessageEvent<CheckRequest>) => {
  const req = ev.data;
  if (req.type !== 'check') return;
  try {
    post({ type: 'progress', id: req.id, step: 'reading' });
    const bytes = new Uint8Array(req.bytes);
    post({ type: 'progress', id: req.id, step: 'checking' });
    const checked = await checkBytes(bytes, req.name, { lang: req.lang });
    const base = { type: 'done' as const, id: req.id, result: checked.result, profileName: checked.report.profile.name, profileSource: checked.report.profileSource, unreadable: checked.unreadable };
    if (checked.unreadable) {
      post(base);
      return;
    }
    post({ type: 'progress', id: req.id, step: 'result' });
    const built = await buildResultWorkbook(bytes, renderOutputs(checked.report, req.lang), { fallback: writeNewWorkbook });
    const workbook = built.bytes.buffer.slice(built.bytes.byteOffset, built.bytes.byteOffset + built.bytes.byteLength) as ArrayBuffer;
    post({ ...base, workbook, mode: built.mode, ...(built.reason ? { reason: built.reason } : {}), names: built.names }, [workbook]);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
