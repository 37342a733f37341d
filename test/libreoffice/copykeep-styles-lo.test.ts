/**
 * #,##0.00 in copy-kept result workbooks, as LibreOffice shows and prints them (issue 12): on user workbooks with
 * custom number formats and many cell formats, 测算结果's amounts read 2,000.00 (CSV as shown, and the PDF's
 * text), while every user sheet shows exactly the text it showed before the product's sheets were added.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { outputs, RESULT_ROWS } from '../fixtures/outputs';
import { stylesSpec, userWorkbook } from '../hosts/styles-parts';
import { sofficeConvert } from '../helpers/soffice';
import { sheetsOf } from './lo';

/** CSV options as lo.ts's, but cell contents AS SHOWN (token 9): what a user sees in each cell. */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-styles-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const shown = (files: string[], outDir: string) => sheetsOf(files, outDir, CSV_AS_SHOWN);

describe('amounts in the copy-kept result workbook, in LibreOffice', () => {
  it('show as 2,000.00 in 测算结果, and every user cell shows what it showed before', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('资金筹集').getCell('A1').value = 1;
    const base = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const specs = fc.sample(stylesSpec, { numRuns: 4, seed: 2026 });
    const files: string[] = [];
    for (const [i, spec] of specs.entries()) {
      const input = userWorkbook(base, spec);
      const result = await buildResultWorkbook(input, outputs());
      expect(result.mode).toBe('copy');
      files.push(path.join(dir, `in-${i}.xlsx`), path.join(dir, `out-${i}.xlsx`));
      await fs.writeFile(files[files.length - 2], input);
      await fs.writeFile(files[files.length - 1], result.bytes);
    }
    const csv = await shown(files, path.join(dir, 'csv'));
    const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (let i = 0; i < specs.length; i++) {
      const before = csv.get(path.join(dir, `in-${i}.xlsx`))!;
      const after = csv.get(path.join(dir, `out-${i}.xlsx`))!;
      expect(after['资金筹集']).toEqual(before['资金筹集']);
      const results = after['测算结果'];
      RESULT_ROWS.forEach((row, k) => expect(results[3 + k].slice(3, 9)).toEqual(row.slice(3).map((v) => money(v as number))));
      expect(results[3][3]).toBe('2,000.00');
    }
  });

  it('print 测算结果 with 2,000.00 on its page', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('资金筹集');
    ws.getCell('A1').value = 1234.5;
    ws.getCell('A1').numFmt = '0.000"元"';
    ws.getColumn(1).width = 20;
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const file = path.join(dir, 'print.xlsx');
    await fs.writeFile(file, (await buildResultWorkbook(input, outputs())).bytes);
    const pdf = await sofficeConvert(file, 'pdf', dir);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const title = outputs()[0].rows[0][0].v as string;
    const results = pages.find((p) => p.includes(title))!;
    expect(results).toContain('2,000.00');
    expect(results).toContain('1,850.50');
    expect(results).toContain('3,850.51');
    expect(pages.find((p) => p.includes('1234.500元'))).toBeDefined();
  });
});
