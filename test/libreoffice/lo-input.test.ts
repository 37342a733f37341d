/**
 * A workbook saved by LibreOffice (what many offices' exporters produce) reads exactly as the original:
 * the same findings on the same cells, the same shares.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { mistakeSheets } from '../../scripts/make-samples';
import { xlsxFromGrids } from '../corpus/from-grid';
import { sofficeConvert } from '../helpers/soffice';

it('reads a workbook saved by LibreOffice as the original: same findings, same shares', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-'));
  const src = path.join(dir, '报送.xlsx');
  await fs.writeFile(src, await xlsxFromGrids(mistakeSheets().sheets));
  await fs.mkdir(path.join(dir, 'lo'));
  const saved = await sofficeConvert(src, 'xlsx', path.join(dir, 'lo'));
  const a = await checkBytes(new Uint8Array(await fs.readFile(src)), 'x');
  const b = await checkBytes(new Uint8Array(await fs.readFile(saved)), 'x');
  const key = (r: typeof a) => r.result.findings.map((f) => [f.code, f.sheet, f.cell, f.expected, f.actual]);
  expect(key(b)).toEqual(key(a));
  expect(b.result.shares).toEqual(a.result.shares);
  expect(a.result.summary.errors).toBeGreaterThan(10);
  await fs.rm(dir, { recursive: true, force: true });
}, 180_000);
