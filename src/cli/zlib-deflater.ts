/**
 * The CLI deflates the result workbook's new entries with node's zlib (issue 14: ~4× faster than fflate, which
 * the page's Web Worker keeps). Each piece is deflated on its own and ended with a sync flush, so the pieces
 * join into one valid deflate stream (closed by an empty final block): a 100,000-row result sheet is
 * compressed as it is produced, and no piece waits for the whole.
 *
 * The first piece (zip.ts gives up to 1 MB at a time: the whole of every part of a typical workbook) is deflated at
 * level 6, as before; the pieces after it, only in sheets of tens of thousands of rows, at level 3. Measured on the
 * 校验问题 sheet of 200,000 findings (177 MB of XML): level 6 1.03 s of CPU and 12.0 MB, level 3 0.38 s and 13.2 MB;
 * on 测算结果 of 100,000 lines (72 MB): 0.56 s and 6.1 MB, 0.24 s and 6.9 MB. The parts' bytes are the same either way.
 */
import zlib from 'zlib';
import { crc32, type EntryDeflater } from '../hosts/xlsx/zip';

const nodeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The level of the first piece, and of every piece after it. */
export const FIRST_LEVEL = 6;
export const LATER_LEVEL = 3;

export function zlibDeflater(): EntryDeflater {
  let crc = 0;
  let pieces = 0;
  return {
    push(piece) {
      crc = nodeCrc ? nodeCrc(piece, crc) : crc32(piece, crc);
      const level = pieces++ === 0 ? FIRST_LEVEL : LATER_LEVEL;
      return [zlib.deflateRawSync(piece, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH })];
    },
    end() {
      return [zlib.deflateRawSync(new Uint8Array(0), { level: FIRST_LEVEL })];
    },
    get crc() {
      return crc;
    },
  };
}
