/**
 * `bangfu-check --summary 汇总.xlsx` over a folder of good, wrong, conflicting and unreadable files: the 汇总
 * workbook is read back (ExcelJS) with one row per file, every finding, every share; the round's findings are
 * printed after the per-file results.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from './run-main';
import { DEFAULT_PROFILE } from '../../src/core';
import { fundSheet, fundRow, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const P = DEFAULT_PROFILE;
const Y = P.years.first;
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-summary-'));
  const inDir = path.join(dir, 'round');
  await fs.mkdir(inDir);
  await fs.writeFile(path.join(inDir, 'a-county.xlsx'), await xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y] })]));
  // The same table with 瓦溪镇 2021 at 1900 万元 (and its parts consistent): a conflict with a-county.xlsx.
  await fs.writeFile(
    path.join(inDir, 'b-copy.xlsx'),
    await xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y], totals: false, amount: (t) => (t === '瓦溪镇' ? 1900 : P.standard) })]),
  );
  await fs.writeFile(path.join(inDir, 'c-old.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  await fs.writeFile(path.join(inDir, 'd-empty.xlsx'), '');
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, rows };
  });
}

describe('bangfu-check --summary', () => {
  it('writes the round’s 汇总 workbook and prints the cross-file findings after the per-file results', async () => {
    const target = path.join(dir, 'out', '汇总.xlsx');
    const r = await runMain(['--summary', target, '--jobs', '1', path.join(dir, 'round')]);
    expect(r.code).toBe(2); // unreadable files in the round
    const conflictAt = r.stdout.indexOf('ROUND-CONFLICT');
    expect(conflictAt).toBeGreaterThan(r.stdout.lastIndexOf('d-empty.xlsx'));
    expect(r.stdout).toContain(`资金筹集!D${fundRow('瓦溪镇', Y)}`);

    const sheets = await readBack(target);
    expect(sheets.map((s) => s.name)).toEqual(['文件', '问题', '分担']);
    const [files, findings, shares] = sheets;
    const names = files.rows.slice(2).map((row) => [path.basename(String(row[0])), row[6]]);
    expect(names).toEqual([
      ['a-county.xlsx', '需修改'],
      ['b-copy.xlsx', '需修改'],
      ['c-old.xlsx', '无法读取'],
      ['d-empty.xlsx', '无法读取'],
    ]);
    const codes = findings.rows.slice(2).map((row) => row[2]);
    expect(codes.filter((c) => c === 'ROUND-CONFLICT')).toHaveLength(1);
    expect(codes.filter((c) => c === 'WB-UNREADABLE')).toHaveLength(2);
    expect(shares.rows.slice(2)).toHaveLength(P.towns.length * 2);
    expect(shares.rows.slice(2).every((row) => typeof row[3] === 'number')).toBe(true);
  });

  it('says so in a sentence and exits 2 when the summary cannot be written', async () => {
    const blocker = path.join(dir, 'blocker');
    await fs.writeFile(blocker, 'a file where a folder should be');
    const r = await runMain(['--summary', path.join(blocker, '汇总.xlsx'), '--jobs', '1', path.join(dir, 'round', 'a-county.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('无法写出汇总');
  });
});
