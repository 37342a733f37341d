/**
 * Checking many files in worker threads that nothing can crash or hang (issue 14). Each worker checks one file
 * at a time under a memory cap (resourceLimits) and a time limit: a worker that runs out of memory, crashes
 * or passes the time limit is ended, that one file becomes WB-UNREADABLE (too large: memory / time), and a
 * fresh worker goes on with the other files. Results come back in input order.
 *
 * Workers are reused from file to file rather than started per file: starting one costs a module load
 * (~100 ms of CPU), which on 1,200 small workbooks would cost more than checking them.
 */
import { Worker } from 'worker_threads';
import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { toFileResult, ui, unreadableReport, type FileResult, type Ignore, type Lang, type Profile } from '../core';
import type { ReadLimits } from '../hosts/xlsx/guards';
import { WORKER_ROLE } from './job';

export interface JobInput {
  file: string;
  lang: Lang;
  profile?: Profile;
  /** --ignore: findings set aside, on top of those the workbook's own 忽略记录 carries. */
  ignores?: Ignore[];
  /** Where to write the result workbook, if asked. */
  target?: string;
  limits?: ReadLimits;
}

export interface JobOutput {
  result: FileResult;
  profileLine: string;
  unreadable: boolean;
  written?: { target: string; mode: 'copy' | 'new'; reason?: string };
  /** The result workbook could not be written (a file-system error code). */
  writeError?: { target: string; code: string };
}

export interface PoolOptions {
  threads: number;
  /** Heap cap of each worker, in MB. */
  memoryMb: number;
  /** Time one file may take, in ms. */
  timeoutMs: number;
  onDone: (i: number) => void;
}

export const DEFAULT_MEMORY_MB = 1536;
export const DEFAULT_TIMEOUT_MS = 300_000;

/** The worker script: the bundle itself (dist/cli.js), or job.js beside this file in lib/. Undefined under ts-jest. */
export function workerScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  if (path.basename(__filename) !== 'pool.js') return __filename;
  const js = path.join(__dirname, 'job.js');
  return existsSync(js) ? js : undefined;
}

/** Threads for `files` files: asked (or one per 32 files), never more than the cores, the memory allows, or the files. */
export function threadsFor(files: number, asked: number | undefined, memoryMb: number): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const byMemory = Math.floor(os.totalmem() / (1024 * 1024) / 2 / memoryMb);
  const wanted = asked ?? Math.ceil(files / 32);
  return Math.max(1, Math.min(wanted, cores, byMemory, files));
}

/** The result of a file whose worker died or took too long. */
export function failedOutput(job: JobInput, limit: 'memory' | 'time', max: number): JobOutput {
  const report = unreadableReport('too-large', limit, job.profile, { limit, max });
  return {
    result: toFileResult(report, job.file, job.lang),
    unreadable: true,
    profileLine: ui(job.lang).profileUsed(report.profile.name, report.profileSource),
  };
}

export async function runPool(jobs: JobInput[], opts: PoolOptions): Promise<JobOutput[]> {
  const script = workerScript();
  if (!script) throw new Error('worker script not built');
  const out: JobOutput[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const live = new Set<Worker>();
  await new Promise<void>((resolve) => {
    const finish = (i: number, output: JobOutput) => {
      if (out[i]) return;
      out[i] = output;
      opts.onDone(i);
      if (++done === jobs.length) resolve();
    };
    const start = () => {
      if (next >= jobs.length) return;
      const w = new Worker(script, {
        workerData: { role: WORKER_ROLE },
        resourceLimits: {
          maxOldGenerationSizeMb: opts.memoryMb,
          maxYoungGenerationSizeMb: Math.min(64, opts.memoryMb / 4),
          stackSizeMb: 8,
        },
        stdout: true,
        stderr: true,
      });
      live.add(w);
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let ended = false;
      const end = (failure?: 'memory' | 'time') => {
        if (ended) return;
        ended = true;
        if (timer) clearTimeout(timer);
        live.delete(w);
        void w.terminate();
        // A worker that dies before taking a file (it cannot even start under the cap) costs the next file, so the run always ends.
        if (current < 0 && next < jobs.length) current = next++;
        if (current >= 0 && !out[current])
          finish(
            current,
            failedOutput(jobs[current], failure ?? 'memory', failure === 'time' ? opts.timeoutMs : opts.memoryMb * 1024 * 1024),
          );
        start();
      };
      const feed = () => {
        if (next >= jobs.length) {
          current = -1;
          ended = true;
          live.delete(w);
          void w.terminate();
          return;
        }
        current = next++;
        timer = setTimeout(() => end('time'), opts.timeoutMs);
        w.postMessage({ i: current, job: jobs[current] });
      };
      w.on('message', (m: { ready?: boolean; i: number; output: JobOutput }) => {
        if (m.ready) return feed();
        if (timer) clearTimeout(timer);
        finish(m.i, m.output);
        feed();
      });
      // ERR_WORKER_OUT_OF_MEMORY, a crash, or an exit while a file was in hand: that file only.
      w.on('error', () => end('memory'));
      w.on('exit', () => end('memory'));
    };
    for (let k = 0; k < Math.min(opts.threads, jobs.length); k++) start();
  }).finally(() => Promise.all([...live].map((w) => w.terminate())));
  return out;
}
