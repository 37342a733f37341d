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
}

/** `skip`: folders not to enter (the --out folder, so results are not checked again as inputs). */
export async function findWorkbooks(inputs: readonly string[], skip: readonly string[] = []): Promise<Found> {
  const found: Found = { files: [], missing: [], emptyFolders: [] };
  const skipAbs = skip.map((s) => path.resolve(s));
  for (const input of inputs) {
    let st;
    try {
      st = await fs.stat(input);
    } catch {
      found.missing.push(input);
      continue;
    }
    if (st.isFile()) {
      found.files.push(input);
      continue;
    }
    const before = found.files.length;
    await walk(input, found.files, skipAbs);
    if (found.files.length === before) found.emptyFolders.push(input);
  }
  return found;
}

async function walk(dir: string, out: string[], skip: readonly string[]): Promise<void> {
  if (skip.includes(path.resolve(dir))) return;
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await walk(p, out, skip);
    } else if (e.isFile() && (WORKBOOK.test(e.name) || OTHER_SPREADSHEET.test(e.name)) && !e.name.startsWith('~$')) {
      out.push(p);
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
