/**
 * One file through the pipeline; runs in the main thread (one file), or in a worker thread of the pool.
 * The input is opened read-only and only when it is a regular file (a FIFO or a device is never read); a file
 * that cannot be read is WB-UNREADABLE (not-found) with its error code, never "empty". The result workbook is
 * written to a temporary name and renamed (safe-write.ts); a failed write is reported, never thrown.
 */
import { constants, promises as fs } from 'fs';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { renderOutputs, toFileResult, ui, unreadableReport, type OutputSheet, type UnreadableReason } from '../core';
import { DEFAULT_LIMITS } from '../hosts/xlsx/guards';
import { checkBytes, resultWriter } from '../hosts/xlsx/check-file';
import type { JobInput, JobOutput } from './pool';
import { writeFileAtomic } from './safe-write';
import { useDeflater } from '../hosts/xlsx/zip';
import { zlibDeflater } from './zlib-deflater';
import { useZlibInflater } from './zlib-inflater';

// Result workbooks are deflated, and the parts read inflated, with node's zlib here, in the main thread and in
// every worker alike.
useDeflater(zlibDeflater);
useZlibInflater();

type Input = { ok: true; bytes: Uint8Array } | { ok: false; reason: UnreadableReason; detail: string; size?: number; max?: number };

async function readInput(file: string, maxBytes: number): Promise<Input> {
  let handle: fs.FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (st.isDirectory()) return { ok: false, reason: 'not-xlsx', detail: 'EISDIR' };
    if (!st.isFile()) return { ok: false, reason: 'not-xlsx', detail: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: 'too-large', detail: 'file', size: st.size, max: maxBytes };
    return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      ok: false,
      reason: code === 'EISDIR' ? 'not-xlsx' : code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' ? 'not-found' : 'other',
      detail: code,
    };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function runJob(job: JobInput): Promise<JobOutput> {
  const t = ui(job.lang);
  const limits = job.limits ?? DEFAULT_LIMITS;
  const input = await readInput(job.file, limits.maxFileBytes);
  if (!input.ok) {
    const report = unreadableReport(
      input.reason,
      input.detail,
      job.profile,
      input.reason === 'too-large' ? { limit: 'file', size: input.size, max: input.max } : undefined,
    );
    return {
      result: toFileResult(report, job.file, job.lang),
      unreadable: true,
      profileLine: t.profileUsed(report.profile.name, report.profileSource),
    };
  }
  const bytes = input.bytes;
  const { output, outputs } = await checkJob(job, bytes);
  if (outputs) {
    try {
      const written = await resultWriter(bytes, outputs);
      await writeFileAtomic(job.target!, written.chunks ?? written.bytes);
      output.written = { target: job.target!, mode: written.mode, ...(written.reason ? { reason: written.reason } : {}) };
    } catch (err) {
      output.writeError = { target: job.target!, code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
    }
  }
  return output;
}

/**
 * The check, and the result workbook's sheets when it is asked for. The report (every finding with its cells and
 * parameters: ~80 MB at 200,000 findings) is let go here, before the result workbook is written.
 */
async function checkJob(job: JobInput, bytes: Uint8Array): Promise<{ output: JobOutput; outputs?: OutputSheet[] }> {
  const t = ui(job.lang);
  const checked = await checkBytes(bytes, job.file, {
    lang: job.lang,
    limits: job.limits ?? DEFAULT_LIMITS,
    ...(job.profile ? { profile: job.profile, profileSource: 'file' as const } : {}),
    ...(job.ignores ? { ignores: job.ignores } : {}),
    // The sentences are kept for the 校验问题 sheet only when there will be one.
    keepWording: !!job.target,
  });
  const output: JobOutput = {
    result: checked.result,
    unreadable: checked.unreadable,
    profileLine: t.profileUsed(checked.report.profile.name, checked.report.profileSource),
  };
  return job.target && !checked.unreadable ? { output, outputs: renderOutputs(checked.report, job.lang) } : { output };
}

/** The role a pool's worker is started with (the bundled CLI is its own worker script). */
export const WORKER_ROLE = 'bangfu-check-job';

if (!isMainThread && parentPort && (workerData as { role?: string } | undefined)?.role === WORKER_ROLE) {
  const port = parentPort;
  port.on('message', async (m: { i: number; job: JobInput }) => {
    port.postMessage({ i: m.i, output: await runJob(m.job) });
  });
  port.postMessage({ ready: true });
}
