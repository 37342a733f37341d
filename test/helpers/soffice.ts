/** LibreOffice headless (Debian's libreoffice-calc-nogui), with a private profile per call so runs never clash. */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { parseCsv } from '../libreoffice/lo';

const run = promisify(execFile);

/** Converts `file` with `soffice --convert-to <filter>` into `outDir`; returns the output path. */
export async function sofficeConvert(file: string, filter: string, outDir: string): Promise<string> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, file],
      { timeout: 120_000 },
    );
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const ext = filter.split(':')[0];
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${ext}`);
}

/** Every sheet of a workbook as CSV text, through LibreOffice: { sheetName: rows of cells }. */
export async function sofficeSheets(file: string, outDir: string): Promise<Record<string, string[][]>> {
  // Filter options: comma, double quote, UTF-8, from row 1, …, -1 = every sheet to its own file.
  await sofficeConvert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', outDir);
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const out: Record<string, string[][]> = {};
  for (const f of await fs.readdir(outDir)) {
    if (!f.startsWith(`${stem}-`) || !f.endsWith('.csv')) continue;
    out[f.slice(stem.length + 1, -4)] = parseCsv(await fs.readFile(path.join(outDir, f), 'utf8'));
  }
  return out;
}
