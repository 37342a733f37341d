/** Reading a workbook file from disk (Node only). The file is opened read-only and never written. */
import { promises as fs } from 'fs';
import type { ReadLimits } from './guards';
import { DEFAULT_LIMITS } from './guards';
import { readSnapshot, type ReadOutcome } from './snapshot';

export async function readFileSnapshot(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  let size: number;
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) return { ok: false, reason: 'not-found', detail: path };
    size = st.size;
  } catch (err) {
    return { ok: false, reason: 'not-found', detail: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
  if (size > limits.maxFileBytes) return { ok: false, reason: 'too-large', detail: `${size} > ${limits.maxFileBytes}` };
  try {
    const bytes = await fs.readFile(path);
    return await readSnapshot(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
  } catch (err) {
    return { ok: false, reason: 'other', detail: (err as Error).message };
  }
}
