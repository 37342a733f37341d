/**
 * An .xlsx → WorkbookSnapshot (DESIGN.md: "a host reads every sheet it needs once, as plain grids of
 * values"), with the project's own streaming reader (reader.ts). Never writes anything back. Pure of fs and
 * DOM: the CLI and the page's Web Worker share it.
 */
import { DEFAULT_LIMITS, type ReadLimits } from './guards';
import { readWorkbook, type ReadOutcome } from './reader';

export { UNCALCULATED, type ReadOutcome } from './reader';

/** Reads a workbook's bytes. Never throws: every failure is an UnreadableReason with a detail. */
export async function readSnapshot(input: Uint8Array | ArrayBuffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  return readWorkbook(input instanceof Uint8Array ? input : new Uint8Array(input), limits);
}
