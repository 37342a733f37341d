/** Starts the engine's Web Worker; webpack bundles worker.ts as its own file from this URL. */
export function spawnWorker(): Worker {
  // @ts-expect-error import.meta is for webpack's ES module build; the project's typecheck uses CommonJS.
  return new Worker(new URL('./worker.ts', import.meta.url));
}
