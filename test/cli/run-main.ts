/** Runs bangfu-check's `main` in-process, collecting what it prints and its exit code. */
import { main } from '../../src/cli/main';
import type { FileResult } from '../../src/core';

export async function runMain(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as FileResult[] };
}
