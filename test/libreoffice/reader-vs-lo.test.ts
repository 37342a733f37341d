/**
 * Differential conformance (issue 14): the streaming reader's values equal LibreOffice's, cell by cell, sheet by
 * sheet (`soffice --convert-to csv`, every sheet, contents as stored), on the project's corpus (every case that
 * reads, made in code), the bundled samples, a workbook LibreOffice itself wrote, and public test workbooks of
 * other readers (test/fixtures/public: calamine's, MIT, and SheetJS's test_files, Apache-2.0, written by Excel,
 * LibreOffice, WPS, Numbers and other tools; their sources in test/fixtures/README.md).
 *
 * Known differences, not counted:
 * - a formula saved without a result: the reader says #UNCALCULATED (the file holds no value), LibreOffice recalculates;
 * - cells under a merged area other than its top-left: the reader keeps them empty (what Excel shows), LibreOffice
 *   exports a value some producers leave there;
 * - numbers are compared as numbers (LibreOffice prints at most 15 significant digits), and a cell LibreOffice prints
 *   as a date (ISO or MM/DD/YYYY, with a time or not), a duration ([h]:mm:ss) or a percentage is compared as the
 *   number the reader gives, in the workbook's date system (1900 or 1904);
 * - a pivot table whose output the producer did not store in the sheet (LibreOffice's own .xlsx): LibreOffice
 *   rebuilds it from the pivot cache on load; the reader, like Excel before a refresh, reads the cells stored;
 * - zip entries named with backslashes (`xl\worksheets\sheet1.xml`, written by some Windows zip tools): the reader,
 *   like Excel, takes them as folder separators; LibreOffice does not find those parts and exports no such sheet;
 * - cells of the public workbooks listed in KNOWN_CELLS, each with why: formulas LibreOffice recalculates on load
 *   (TODAY(), WPS's EVALUATE, formulas whose stored result is an error, which LibreOffice names its own way),
 *   carriage returns (Excel's `_x000D_`) that LibreOffice drops or leaves unread, and an inline string beside a
 *   <v> that LibreOffice does not show; the reader gives what the file stores, as Excel shows it before recalculating.
 * Public workbooks the reader refuses (a real file with a bad CRC, Strict Open XML, a password) are not compared:
 * test/hosts/public-workbooks.test.ts asserts their outcome.
 */
import { promises as fs } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import os from 'os';
import path from 'path';
import type { CellValue, SheetSnapshot } from '../../src/core';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { readWorkbook, UNCALCULATED } from '../../src/hosts/xlsx/reader';
import { buildCorpus } from '../corpus/cases';
import { sheetsOf } from './lo';

const root = path.join(__dirname, '..', '..');
const publicDir = path.join(root, 'test', 'fixtures', 'public');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-diff-'));
}, 60_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const colName = (c: number): string => (c > 26 ? colName(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

function inMergeTail(sheet: SheetSnapshot, r: number, c: number): boolean {
  return (sheet.merges ?? []).some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
}

/** Sheets whose stored cells LibreOffice replaces on load, or cannot find (see the list above). */
const KNOWN_SHEETS = new Set([
  'libreoffice-chart-pivot.xlsx 透视',
  'backslash-paths.xlsx 结对安排表',
  'backslash-paths.xlsx 资金筹集',
  'calamine-issue_530.xlsx 出勤分类组织汇总表',
]);

/**
 * Cells of the public workbooks where LibreOffice shows something else than the file stores, and why (the reader
 * gives what the file stores, as Excel shows it before recalculating).
 */
const KNOWN_CELLS: Record<string, string> = {
  // Formulas whose stored result is an error: LibreOffice recalculates them and names the error its own way.
  'calamine-errors.xlsx Feuil1!A4': 'A1:B1 D1:D9 stores #NULL!; LibreOffice recalculates #REF!',
  'calamine-errors.xlsx Feuil1!A5': 'an external reference stores #REF!; LibreOffice gives #NAME?',
  'calamine-errors.xlsx Feuil1!A6': 'SQRT(-4) stores #NUM!; LibreOffice gives Err:502',
  'calamine-errors.xlsx Feuil1!A7': 'VLOOKUP(B1,B1,B1,3) stores #N/A; LibreOffice gives Err:502',
  // TODAY() and what depends on it: LibreOffice computes today's date (B4 = B2-C4 = C3 does not change).
  'sheetjs-threaded_comments_none.xlsx Sheet1!B2': 'TODAY(), recalculated',
  'sheetjs-threaded_comments_none.xlsx Sheet1!C2': '=B2, recalculated',
  'sheetjs-threaded_comments_none.xlsx Sheet1!C4': '=C2-C3, recalculated',
  // WPS's EVALUATE: LibreOffice does not know it.
  'sheetjs-wps_fn.xlsx Sheet1!C3': 'EVALUATE stores #VALUE!; LibreOffice gives #NAME?',
  // Carriage returns (_x000D_ in the file): LibreOffice drops them, or leaves a formula's escape unread.
  'calamine-has_x000D_.xlsx Sheet1!A1': 'a shared string ABC\\r\\nDEF; LibreOffice drops the \\r',
  'calamine-has_x000D_inline.xlsx Sheet1!A1': 'an inline string ABC\\r\\nDEF; LibreOffice drops the \\r',
  'sheetjs-crlf_crlf.xlsx Sheet1!B2': 'a formula result abc_x000D_\\ndef; LibreOffice leaves _x000D_ as text',
  // An inline-string cell that also holds a <v>: LibreOffice shows neither (calamine and the reader read the string).
  'calamine-inlineStr_with_value.xlsx Requirements!D2': 'inline string "1." beside <v>1.0</v>; LibreOffice shows nothing', // Formulas (=C37 …) whose result the producer stored as an empty inline string: LibreOffice recalculates them.
  ...Object.fromEntries(
    [...'CDEFGHIJ'].map((c) => [`sheetjs-LONumbers.xlsx Sheet1!${c}38`, `=${c}37 stores an empty string; LibreOffice recalculates it`]),
  ),
};

/** Days from LibreOffice's null date 1899-12-30 (no 1900 leap day: LibreOffice shows serial 1 as 1899-12-31). */
const days = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s) / 86_400_000 + 25569;

/**
 * LibreOffice's text of a number shown as a date (ISO or MM/DD/YYYY, with a time or not), a duration ([h]:mm:ss)
 * or a percentage → the number stored, in the workbook's date system.
 */
function shownNumber(t: string, date1904: boolean): number | undefined {
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  const dur = /^(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(t);
  if (dur) return (dur[1] ? -1 : 1) * ((+dur[2] * 3600 + +dur[3] * 60 + +dur[4]) / 86_400);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const us = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const [y, mo, d, h, mi, s] = iso ? [1, 2, 3, 4, 5, 6].map((i) => iso[i]) : us ? [3, 1, 2, 4, 5, 6].map((i) => us[i]) : [];
  if (y === undefined) return undefined;
  const serial = days(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0));
  return date1904 ? serial - 1462 : serial;
}

/** Does our value equal LibreOffice's text of the same cell? */
function same(v: CellValue, lo: string, date1904: boolean): boolean {
  if (v === null) return lo === '';
  if (typeof v === 'string') return v === lo;
  if (typeof v === 'boolean') return lo === (v ? 'TRUE' : 'FALSE');
  if (typeof v === 'number') {
    const d = shownNumber(lo, date1904);
    if (d !== undefined) return Math.abs(d - v) < 1 / 86_400 + Math.abs(v) * 1e-12;
    const n = Number(lo);
    return lo !== '' && Number.isFinite(n) && (n === v || Math.abs(n - v) <= Math.abs(v) * 1e-14);
  }
  return v.error === lo;
}

it('reads every cell as LibreOffice does, on the corpus, the samples and a LibreOffice workbook', async () => {
  const corpusDir = path.join(dir, 'corpus');
  await fs.mkdir(corpusDir);
  const cases = await buildCorpus(corpusDir);
  const candidates = [
    ...cases.map((c) => c.file),
    path.join(root, 'assets', 'samples', '紫金县帮扶资金-示例.xlsx'),
    path.join(root, 'assets', 'samples', '紫金县帮扶资金-错误示例.xlsx'),
    path.join(root, 'test', 'fixtures', 'libreoffice-chart-pivot.xlsx'),
    ...(await fs.readdir(publicDir)).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(publicDir, f)),
  ];
  // Workbooks that read (and are of a size LibreOffice converts in seconds), copied under short ASCII names.
  const files: { name: string; file: string; sheets: readonly SheetSnapshot[]; date1904: boolean; public: boolean }[] = [];
  for (const [i, file] of candidates.entries()) {
    const bytes = new Uint8Array(await fs.readFile(file));
    if (bytes.length > 300_000 || !/\.xlsx$/i.test(file)) continue;
    const r = readWorkbook(bytes, DEFAULT_LIMITS);
    if (!r.ok || r.snapshot.sheets.length === 0) continue;
    const copy = path.join(dir, `w${i}.xlsx`);
    await fs.writeFile(copy, bytes);
    const workbookXml = Object.values(unzipSync(bytes, { filter: (e) => /^xl[/\\]workbook\.xml$/i.test(e.name) }))[0];
    const date1904 = workbookXml !== undefined && /date1904="(1|true)"/.test(strFromU8(workbookXml));
    files.push({ name: path.basename(file), file: copy, sheets: r.snapshot.sheets, date1904, public: path.dirname(file) === publicDir });
  }
  expect(files.length).toBeGreaterThan(80);
  expect(files.filter((f) => f.public).length).toBeGreaterThanOrEqual(45);
  const out = path.join(dir, 'csv');
  await fs.mkdir(out);
  const lo = await sheetsOf(
    files.map((f) => f.file),
    out,
  );

  const differences: string[] = [];
  const knownSeen = new Set<string>();
  let compared = 0;
  for (const f of files) {
    const csv = lo.get(f.file) ?? {};
    for (const sheet of f.sheets) {
      if (KNOWN_SHEETS.has(`${f.name} ${sheet.name}`)) continue;
      const grid = csv[sheet.name];
      if (!grid) {
        if (sheet.rows.length) differences.push(`${f.name} ${sheet.name}: LibreOffice exported no such sheet`);
        continue;
      }
      const rows = Math.max(grid.length, sheet.rows.length);
      for (let r = 1; r <= rows; r++) {
        const ours = sheet.rows[r - 1] ?? [];
        const theirs = grid[r - 1] ?? [];
        const cols = Math.max(ours.length, theirs.length);
        for (let c = 1; c <= cols; c++) {
          const v = ours[c - 1] ?? null;
          const t = theirs[c - 1] ?? '';
          if (typeof v === 'object' && v !== null && v.error === UNCALCULATED) continue;
          if (v === null && inMergeTail(sheet, r, c)) continue;
          compared++;
          const known = `${f.name} ${sheet.name}!${colName(c)}${r}`;
          if (KNOWN_CELLS[known]) {
            if (!same(v, t, f.date1904)) knownSeen.add(known);
            continue;
          }
          if (!same(v, t, f.date1904))
            differences.push(`${f.name} ${sheet.name}!${colName(c)}${r}: ours ${JSON.stringify(v)}, LibreOffice ${JSON.stringify(t)}`);
        }
      }
    }
  }
  expect(compared).toBeGreaterThan(10_000);
  expect(differences.slice(0, 30)).toEqual([]);
  // Every known difference listed is still one (the list does not outlive what it explains).
  expect(Object.keys(KNOWN_CELLS).filter((k) => !knownSeen.has(k))).toEqual([]);
}, 600_000);
