/**
 * The checking of a round of files (issue 14): one file in the main thread; more in worker threads (pool.ts)
 * so that a file that exhausts memory or time becomes WB-UNREADABLE while the others go on.
 */
import { toFileResult, ui, unreadableReport, type Lang, type Profile } from '../core';
import { runJob } from './job';
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, runPool, threadsFor, workerScript, type JobInput, type JobOutput } from './pool';

export interface BatchOptions {
  jobs?: number;
  memoryMb?: number;
  timeoutMs?: number;
  onStart: (i: number, done: number) => void;
}

export async function runBatch(jobs: JobInput[], o: BatchOptions): Promise<JobOutput[]> {
  const memoryMb = o.memoryMb ?? DEFAULT_MEMORY_MB;
  if (jobs.length > 1 && workerScript()) {
    let finished = 0;
    return runPool(jobs, {
      threads: threadsFor(jobs.length, o.jobs, memoryMb),
      memoryMb,
      timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      onDone: (i) => o.onStart(i, ++finished),
    });
  }
  const outputs: JobOutput[] = [];
  for (let i = 0; i < jobs.length; i++) {
    o.onStart(i, i + 1);
    outputs.push(await runJob(jobs[i]));
  }
  return outputs;
}

/** An input that does not exist, as a result of its own (so that it appears in --json too). */
export function missingOutput(file: string, lang: Lang, profile?: Profile): JobOutput {
  const report = unreadableReport('not-found', 'ENOENT', profile);
  return {
    result: toFileResult(report, file, lang),
    unreadable: true,
    profileLine: ui(lang).profileUsed(report.profile.name, report.profileSource),
  };
}
