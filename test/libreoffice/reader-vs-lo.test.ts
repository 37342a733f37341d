/**
 * Differential conformance (issue 14): the streaming reader's values equal LibreOffice's, cell by cell, sheet by
 * sheet (`soffice --convert-to csv`, every sheet, contents as stored), on the project's corpus (every case that
 * reads, made in code), the bundled samples and a workbook LibreOffice itself wrote.
 *
 * Known differences, not counted:
 * - a formula saved without a result: the reader says #UNCALCULATED (the file holds no value), LibreOffice recalculates;
 * - cells under a merged area other than its top-left: the reader keeps them empty (what Excel shows), LibreOffice
 *   exports a value some producers leave there;
 * - numbers are compared as numbers (LibreOffice prints at most 15 significant digits), and a date-formatted cell,
 *   which LibreOffice prints as an ISO date, is compared as the serial number the reader gives;
 * - a pivot table whose output the producer did not store in the sheet (LibreOffice's own .xlsx): LibreOffice
 *   rebuilds it from the pivot cache on load; the reader, like Excel before a refresh, reads the cells stored.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { CellValue, SheetSnapshot } from '../../src/core';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { readWorkbook, UNCALCULATED } from '../../src/hosts/xlsx/reader';
import { buildCorpus } from '../corpus/cases';
import { sheetsOf } from './lo';

const root = path.join(__dirname, '..', '..');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-diff-'));
}, 60_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const colName = (c: number): string => (c > 26 ? colName(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

function inMergeTail(sheet: SheetSnapshot, r: number, c: number): boolean {
  return (sheet.merges ?? []).some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
}

/** Sheets whose stored cells LibreOffice replaces on load (see the list above). */
const KNOWN_SHEETS = new Set(['libreoffice-chart-pivot.xlsx 透视']);

/** LibreOffice's ISO date (and time) → Excel's 1900 serial number. */
function isoSerial(t: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const serial = ms / 86_400_000 + 25569;
  return serial < 61 ? serial - 1 : serial;
}

/** Does our value equal LibreOffice's text of the same cell? */
function same(v: CellValue, lo: string): boolean {
  if (v === null) return lo === '';
  if (typeof v === 'string') return v === lo;
  if (typeof v === 'boolean') return lo === (v ? 'TRUE' : 'FALSE');
  if (typeof v === 'number') {
    const d = isoSerial(lo);
    if (d !== undefined) return Math.abs(d - v) < 1 / 86_400;
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
  ];
  // Workbooks that read (and are of a size LibreOffice converts in seconds), copied under short ASCII names.
  const files: { name: string; file: string; sheets: readonly SheetSnapshot[] }[] = [];
  for (const [i, file] of candidates.entries()) {
    const bytes = new Uint8Array(await fs.readFile(file));
    if (bytes.length > 300_000 || !/\.xlsx$/i.test(file)) continue;
    const r = readWorkbook(bytes, DEFAULT_LIMITS);
    if (!r.ok || r.snapshot.sheets.length === 0) continue;
    const copy = path.join(dir, `w${i}.xlsx`);
    await fs.writeFile(copy, bytes);
    files.push({ name: path.basename(file), file: copy, sheets: r.snapshot.sheets });
  }
  expect(files.length).toBeGreaterThan(40);
  const out = path.join(dir, 'csv');
  await fs.mkdir(out);
  const lo = await sheetsOf(
    files.map((f) => f.file),
    out,
  );

  const differences: string[] = [];
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
          if (!same(v, t))
            differences.push(`${f.name} ${sheet.name}!${colName(c)}${r}: ours ${JSON.stringify(v)}, LibreOffice ${JSON.stringify(t)}`);
        }
      }
    }
  }
  expect(compared).toBeGreaterThan(10_000);
  expect(differences.slice(0, 30)).toEqual([]);
}, 600_000);
