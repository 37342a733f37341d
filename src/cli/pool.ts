/**
 * Checking many files on every core: worker threads each run the same pipeline as the main thread
 * (checkBytes, and the result workbook when --out is given); results come back in input order.
 */
import { Worker } from 'worker_threads';
import { existsSync } from 'fs';
import path from 'path';
import type { FileResult, Lang, Profile } from '../core';
import type { ReadLimits } from '../hosts/xlsx/guards';

export interface JobInput {
  file: string;
  lang: Lang;
  profile?: Profile;
  /** Where to write the result workbook, if asked. */
  target?: string;
  limits?: ReadLimits;
}

export interface JobOutput {
  result: FileResult;
  profileLine: string;
  unreadable: boolean;
  written?: { target: string; mode: 'copy' | 'new'; reason?: string };
}

/** The compiled worker script, when running from lib/ (ts-jest runs the sources in one thread). */
export function workerScript(): string | undefined {
  const js = path.join(__dirname, 'job.js');
  return __filename.endsWith('.js') && existsSync(js) ? js : undefined;
}

export async function runPool(jobs: JobInput[], threads: number, onDone: (i: number) => void): Promise<JobOutput[]> {
  const script = workerScript();
  if (!script) throw new Error('worker script not built');
  const out: JobOutput[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  await new Promise<void>((resolve, reject) => {
    const feed = (w: Worker) => {
      if (next >= jobs.length) {
        void w.terminate();
        return;
      }
      const i = next++;
      w.postMessage({ i, job: jobs[i] });
    };
    for (let k = 0; k < Math.min(threads, jobs.length); k++) {
      const w = new Worker(script);
      workers.push(w);
      w.on('message', (m: { i: number; output: JobOutput }) => {
        out[m.i] = m.output;
        onDone(m.i);
        if (++done === jobs.length) resolve();
        else feed(w);
      });
      w.on('error', reject);
      feed(w);
    }
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));
  return out;
}
