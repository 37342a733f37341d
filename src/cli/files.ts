/**
 * Finding the workbooks to check: files as given, folders searched recursively for .xlsx / .xlsm, and for the
 * spreadsheet files towns also send (.xls, .et, .csv, .xlsb): those are never skipped in silence, the check reports
 * each as WB-UNREADABLE with what to do. Office's lock files (~$…) are skipped.
 */
import { promises as fs } from 'fs';
import path from 'path';

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Spreadsheets this tool cannot read but must not pass over: each becomes a WB-UNREADABLE result saying what to do. */
const OTHER_SPREADSHEET = /\.(xls|et|csv|xlsb)$/i;

export interface Found {
  files: string[];
  missing: string[];
  emptyFolders: string[];
  /** Inputs or folders that could not be read (a permission, a loop …), with the error code. */
  errors: { path: string; code: string }[];
}

/** The product's own result files (`<name>.校验结果.xlsx`, `<name> (2).校验结果.xlsx`). */
const RESULT_FILE = /\.校验结果\.(xlsx|xlsm)$/i;

/**
 * `outDirs`: the --out folder. It may be an input folder, or inside one: it is searched like any folder, but
 * the product's own result files in it are skipped, so results are never checked again as inputs.
 */
export async function findWorkbooks(inputs: readonly string[], outDirs: readonly string[] = []): Promise<Found> {
  const found: Found = { files: [], missing: [], emptyFolders: [], errors: [] };
  const outAbs = outDirs.map((s) => path.resolve(s));
  for (const input of inputs) {
    let st;
    try {
      st = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'ENOENT' || code === 'ENOTDIR') found.missing.push(input);
      else found.errors.push({ path: input, code });
      continue;
    }
    if (!st.isDirectory()) {
      // A file as given (even a FIFO or a device): the job says what it is, never reads it blindly.
      found.files.push(input);
      continue;
    }
    const before = found.files.length;
    await walk(input, found, outAbs, new Set());
    if (found.files.length === before) found.emptyFolders.push(input);
  }
  return found;
}

async function walk(dir: string, found: Found, outDirs: readonly string[], seen: Set<string>): Promise<void> {
  let entries;
  let real;
  try {
    real = await fs.realpath(dir);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    found.errors.push({ path: dir, code: (err as NodeJS.ErrnoException).code ?? 'EIO' });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const inOut = outDirs.includes(path.resolve(dir));
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await walk(p, found, outDirs, seen);
    } else if (e.isFile() && (WORKBOOK.test(e.name) || OTHER_SPREADSHEET.test(e.name)) && !e.name.startsWith('~$')) {
      if (inOut && RESULT_FILE.test(e.name)) continue;
      found.files.push(p);
    }
  }
}

/** `<name>.校验结果.xlsx` in `outDir`, not clashing with names already used in this run. */
export function resultPath(input: string, outDir: string, used: Set<string>): string {
  const base = path.basename(input).replace(/\.(xlsx|xlsm)$/i, '');
  const ext = /\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx';
  let name = `${base}.校验结果${ext}`;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i}).校验结果${ext}`;
  used.add(name.toLowerCase());
  return path.join(outDir, name);
}
