/**
 * LibreOffice (a real client) reads the workbooks written from nothing (write-new.ts, issue 14) as written: the
 * blank template, the 汇总 workbook, a new result workbook and a workbook of generated texts — each cell's text and
 * number as the grid has it, in one soffice call. Texts that start with =, +, -, @, hold `_x0041_`, XML's special
 * characters, line breaks, tabs, control characters or run long come back as the text written (control characters
 * dropped, cut at 32,767), never computed as formulas. Carriage returns are left out here: LibreOffice keeps none
 * in a cell (it reads CR LF and a lone CR, written as Excel writes them, `_x000D_`, as a line feed); the project's
 * reader gives them back exactly (test/hosts/write-new-readback.test.ts).
 */
import fc from 'fast-check';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import {
  checkRound,
  DEFAULT_PROFILE,
  renderOutputs,
  renderSummary,
  renderTemplate,
  type OutCell,
  type OutputSheet,
  type RoundFile,
} from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { writeNewWorkbook, writeSummaryWorkbook, writeTemplateWorkbook } from '../../src/hosts/xlsx/write-new';
import { stripIllegalXml } from '../../src/hosts/xlsx/xml';
import { sheetsOf } from './lo';

const samples = path.join(__dirname, '..', '..', 'assets', 'samples');
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-new-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const textBack = (v: string) => stripIllegalXml(stripIllegalXml(v).slice(0, 32767));

/** Numbers compared as numbers (a text like 32000.00 and the number 32000 both become 32000), trailing blanks dropped. */
function norm(rows: readonly (readonly string[])[]): string[][] {
  const out = rows.map((r) => {
    const cells = r.map((c) => (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(c) ? String(Number(c)) : c));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
}

/** A grid as LibreOffice's CSV gives it (raw values): formulas (blank until a part is filled) empty. */
const expectedCsv = (rows: readonly OutCell[][]) =>
  norm(rows.map((row) => row.map((c) => (!c || c.formula || c.v === null ? '' : typeof c.v === 'number' ? String(c.v) : textBack(c.v)))));

it('reads the template, the 汇总 workbook, a new result workbook and generated texts as written', async () => {
  const files: RoundFile[] = [];
  let outputs: OutputSheet[] = [];
  for (const name of ['紫金县帮扶资金-示例.xlsx', '紫金县帮扶资金-错误示例.xlsx']) {
    const c = await checkBytes(new Uint8Array(await fs.readFile(path.join(samples, name))), name);
    files.push({ result: c.result, unreadable: c.unreadable });
    outputs = renderOutputs(c.report, 'zh-CN');
  }
  const special = fc.constantFrom('=', '+', '-', '@', '_x0041_', '_x005F_', '&', '<', '>', '"', "'", '\n', '\t', '\u0001', '😀', '镇');
  const texts = fc.sample(
    fc.oneof(
      fc.array(fc.oneof(special, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 10 }).map((a) => a.join('')),
      fc.constantFrom('=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("http://evil.example","x")', 'y'.repeat(40_000)),
    ),
    { numRuns: 120, seed: 14 },
  );
  const generated = [
    {
      name: 'T',
      key: 'issues' as const,
      widths: [20, 20, 20],
      rows: Array.from({ length: 40 }, (_, r) => texts.slice(r * 3, r * 3 + 3).map((v): OutCell => ({ v }))),
    },
  ];
  const template = renderTemplate(DEFAULT_PROFILE);
  const summary = renderSummary(files, checkRound(files, DEFAULT_PROFILE), 'zh-CN', DEFAULT_PROFILE);
  const books: [string, Uint8Array, readonly { name: string; rows: OutCell[][] }[]][] = [
    ['template', await writeTemplateWorkbook(template), template],
    ['summary', await writeSummaryWorkbook(summary), summary],
    ['result', await writeNewWorkbook(outputs), outputs],
    ['texts', await writeNewWorkbook(generated), generated],
  ];
  const paths = await Promise.all(
    books.map(async ([name, bytes]) => {
      const file = path.join(dir, `${name}.xlsx`);
      await fs.writeFile(file, bytes);
      return file;
    }),
  );
  const read = await sheetsOf(paths, path.join(dir, 'csv'));
  books.forEach(([name, , sheets], i) => {
    const got = read.get(paths[i])!;
    expect([name, Object.keys(got).sort()]).toEqual([name, sheets.map((s) => s.name).sort()]);
    for (const s of sheets) expect([name, s.name, norm(got[s.name] ?? [])]).toEqual([name, s.name, expectedCsv(s.rows)]);
  });
}, 300_000);
