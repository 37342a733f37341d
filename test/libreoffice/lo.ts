/**
 * LibreOffice headless for the result-workbook tests: many files converted in one soffice call (each call
 * with its own fresh profile, -env:UserInstallation, so parallel runs never clash), every sheet to its own CSV.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

/**
 * CSV export options (LibreOffice ≥ 7.2): comma, double quote, UTF-8 (76), from line 1, default cell format,
 * language 0, quoted fields not as text, detect special numbers, cell contents as stored (not as shown),
 * no formulas, no space trimming, -1 = every sheet to its own file `<stem>-<sheet>.csv`.
 */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export async function convert(files: string[], filter: string, outDir: string): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      { timeout: 300_000 },
    );
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/**
 * Every sheet of each file as rows of cells, through LibreOffice: { file: { sheet: rows } }. `filter`: the CSV
 * export options (raw values by default; a test of number formats asks for the text as shown).
 */
export async function sheetsOf(
  files: string[],
  outDir: string,
  filter: string = CSV_ALL_SHEETS,
): Promise<Map<string, Record<string, string[][]>>> {
  await convert(files, filter, outDir);
  const out = new Map<string, Record<string, string[][]>>();
  const csvs = await fs.readdir(outDir);
  for (const file of files) {
    const stem = path.basename(file).replace(/\.[^.]+$/, '');
    const sheets: Record<string, string[][]> = {};
    for (const f of csvs)
      if (f.startsWith(`${stem}-`) && f.endsWith('.csv'))
        sheets[f.slice(stem.length + 1, -4)] = parseCsv(await fs.readFile(path.join(outDir, f), 'utf8'));
    out.set(file, sheets);
  }
  return out;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}
