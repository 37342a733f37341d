/**
 * Writing a result file so that nothing partial or misdirected can remain (issue 14): the bytes go to a new
 * temporary file in the same folder, created exclusively (O_EXCL never opens an existing file or follows a
 * symlink planted at that name), are flushed, and the temporary file is renamed over the target. A rename
 * replaces a symlink at the target by the file itself, so a file outside --out is never written through one.
 * On any error (a full disk, a killed write) the temporary file is removed and the target is left as it was.
 * The bytes may come in pieces, written in order without being joined.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';

export async function writeFileAtomic(target: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const tmp = path.join(path.dirname(target), `.bangfu-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o644);
    if (bytes instanceof Uint8Array) await handle.writeFile(bytes);
    else {
      // Pieces (a result workbook's headers and deflated parts) are written one after the other, never joined.
      for (const piece of bytes)
        for (let at = 0; at < piece.length;) {
          const { bytesWritten } = await handle.write(piece, at, piece.length - at);
          if (bytesWritten <= 0) throw Object.assign(new Error(`EIO: nothing written, ${tmp}`), { code: 'EIO' });
          at += bytesWritten;
        }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
