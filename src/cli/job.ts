/** One file through the pipeline; runs in the main thread, or in a worker thread of the pool. */
import { promises as fs } from 'fs';
import { parentPort } from 'worker_threads';
import { renderOutputs, ui } from '../core';
import { checkBytes, resultWriter } from '../hosts/xlsx/check-file';
import type { JobInput, JobOutput } from './pool';

export async function runJob(job: JobInput): Promise<JobOutput> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(job.file));
  } catch {
    bytes = new Uint8Array(0);
  }
  const checked = await checkBytes(bytes, job.file, {
    lang: job.lang,
    ...(job.limits ? { limits: job.limits } : {}),
    ...(job.profile ? { profile: job.profile, profileSource: 'file' as const } : {}),
  });
  const output: JobOutput = {
    result: checked.result,
    unreadable: checked.unreadable,
    profileLine: ui(job.lang).profileUsed(checked.report.profile.name, checked.report.profileSource),
  };
  if (job.target && !checked.unreadable) {
    const written = await resultWriter(bytes, renderOutputs(checked.report, job.lang));
    await fs.writeFile(job.target, written.bytes);
    output.written = { target: job.target, mode: written.mode, ...(written.reason ? { reason: written.reason } : {}) };
  }
  return output;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', async (m: { i: number; job: JobInput }) => {
    port.postMessage({ i: m.i, output: await runJob(m.job) });
  });
}
