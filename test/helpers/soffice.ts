/** LibreOffice headless (Debian's libreoffice-calc-nogui), with a private profile per call so runs never clash. */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

/** Converts `file` with `soffice --convert-to <filter>` into `outDir`; returns the output path. */
export async function sofficeConvert(file: string, filter: string, outDir: string): Promise<string> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, file], { timeout: 120_000 });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const ext = filter.split(':')[0];
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${ext}`);
}
