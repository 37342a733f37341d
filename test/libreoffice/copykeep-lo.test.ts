/**
 * LibreOffice (a real client) opens every result workbook the copy-keeping writer makes, from every kind of
 * input: real Excel files with pivot tables, charts and VBA, LibreOffice's own output, a workbook with WPS's
 * marks. Each sheet is converted to CSV: the original sheets read exactly as in the input, 测算结果 holds the
 * OutputSheet's values and 校验问题 the user's text unchanged (never evaluated as a formula).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { OutputSheet } from '../../src/core';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { cleanSheets } from '../../scripts/make-samples';
import { xlsxFromGrids } from '../corpus/from-grid';
import { TRICKY_TEXT, outputs } from '../fixtures/outputs';
import { FIXTURES, readFixture } from '../fixtures/package';
import { convert, sheetsOf } from './lo';

/** WPS Office's mark: docProps/custom.xml with KSOProductBuildVer, added at the zip level. */
function withWpsMark(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files['docProps/custom.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>',
  );
  const edit = (part: string, find: string, add: string) =>
    (files[part] = strToU8(new TextDecoder().decode(files[part]).replace(find, `${add}${find}`)));
  edit(
    '[Content_Types].xml',
    '</Types>',
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
  );
  edit(
    '_rels/.rels',
    '</Relationships>',
    '<Relationship Id="rIdKso" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>',
  );
  return zipSync(files as Zippable);
}

interface Case {
  name: string;
  ext: string;
  input: Uint8Array;
}

let dir: string;
const cases: Case[] = [];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-copykeep-lo-'));
  for (const fx of FIXTURES)
    cases.push({ name: fx.name, ext: fx.carries.includes('xl/vbaProject.bin') ? 'xlsm' : 'xlsx', input: await fx.load() });
  cases.push({
    name: 'WPS mark (KSOProductBuildVer) on LibreOffice’s file',
    ext: 'xlsx',
    input: withWpsMark(readFixture('libreoffice-chart-pivot.xlsx')),
  });
  // An ExcelJS workbook saved again by LibreOffice (what many offices' exporters produce).
  const src = path.join(dir, 'exceljs-src.xlsx');
  await fs.writeFile(src, await xlsxFromGrids(cleanSheets()));
  await fs.mkdir(path.join(dir, 'resaved'));
  await convert([src], 'xlsx:Calc MS Excel 2007 XML', path.join(dir, 'resaved'));
  cases.push({
    name: 'ExcelJS workbook saved by LibreOffice',
    ext: 'xlsx',
    input: new Uint8Array(await fs.readFile(path.join(dir, 'resaved', 'exceljs-src.xlsx'))),
  });
}, 300_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The value a CSV cell shows for an OutCell value (numbers compared as numbers). */
function sameCell(csv: string | undefined, v: string | number | null): boolean {
  if (v === null) return (csv ?? '') === '';
  if (typeof v === 'number') return csv !== undefined && csv !== '' && Number(csv) === v;
  return csv === v;
}

function gridMismatches(rows: string[][], sheet: OutputSheet): string[] {
  const bad: string[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach(
      (c, k) => !sameCell(rows[r]?.[k], c.v) && bad.push(`${r + 1},${k + 1}: ${JSON.stringify(rows[r]?.[k])} ≠ ${JSON.stringify(c.v)}`),
    ),
  );
  return bad;
}

it('opens every result workbook (after a first and a second run): original sheets as in the input, 测算结果 as written', async () => {
  const files: string[] = [];
  const expected: { name: string; inFile: string; outFile: string; mode: string }[] = [];
  for (const [i, c] of cases.entries()) {
    const once = await buildResultWorkbook(c.input, outputs(), { fallback: writeNewWorkbook });
    const twice = await buildResultWorkbook(once.bytes, outputs(), { fallback: writeNewWorkbook });
    const inFile = path.join(dir, `c${i}-in.${c.ext}`);
    const outFile = path.join(dir, `c${i}-out.${c.ext}`);
    const out1File = path.join(dir, `c${i}-once.${c.ext}`);
    await fs.writeFile(inFile, c.input);
    await fs.writeFile(outFile, twice.bytes);
    await fs.writeFile(out1File, once.bytes);
    files.push(inFile, outFile, out1File);
    expected.push({ name: c.name, inFile, outFile, mode: twice.mode });
  }
  await fs.mkdir(path.join(dir, 'csv'));
  const sheets = await sheetsOf(files, path.join(dir, 'csv'));
  const [results, issues] = outputs();
  for (const e of expected) {
    const input = sheets.get(e.inFile)!;
    expect([e.name, Object.keys(input).length > 0]).toEqual([e.name, true]);
    for (const file of [e.outFile, e.outFile.replace('-out.', '-once.')]) {
      const out = sheets.get(file)!;
      expect([e.name, e.mode, Object.keys(out).sort()]).toEqual([e.name, 'copy', [...Object.keys(input), '测算结果', '校验问题'].sort()]);
      for (const name of Object.keys(input)) expect([e.name, name, out[name]]).toEqual([e.name, name, input[name]]);
      expect([e.name, gridMismatches(out['测算结果'], results)]).toEqual([e.name, []]);
      const texts = out['校验问题'].map((r) => r[5]);
      for (const t of TRICKY_TEXT) expect(texts).toContain(t);
      expect(out['校验问题'].at(-1)?.[0]).toBe('badchar');
      expect(gridMismatches(out['校验问题'].slice(0, 2), { ...issues, rows: issues.rows.slice(0, 2) })).toEqual([]);
    }
  }
}, 600_000);

it('LibreOffice imports the chart of 测算结果 beside the user’s own chart', async () => {
  const input = readFixture('libreoffice-chart-pivot.xlsx');
  const r = await buildResultWorkbook(input, outputs(), { fallback: writeNewWorkbook });
  const inFile = path.join(dir, 'chart-in.xlsx');
  const outFile = path.join(dir, 'chart-out.xlsx');
  await fs.writeFile(inFile, input);
  await fs.writeFile(outFile, r.bytes);
  await fs.mkdir(path.join(dir, 'ods'));
  await convert([inFile, outFile], 'ods', path.join(dir, 'ods'));
  const objects = async (f: string) =>
    Object.keys(unzipSync(new Uint8Array(await fs.readFile(path.join(dir, 'ods', f))))).filter((k) => /^Object \d+\/content\.xml$/.test(k));
  const before = await objects('chart-in.ods');
  const after = await objects('chart-out.ods');
  expect(before).toHaveLength(1);
  expect(after).toHaveLength(2);
  const charts = await Promise.all(
    after.map(async (k) =>
      new TextDecoder().decode(unzipSync(new Uint8Array(await fs.readFile(path.join(dir, 'ods', 'chart-out.ods'))))[k]),
    ),
  );
  expect(charts.some((c) => c.includes('各镇资金来源') && c.includes('chart:class="chart:bar"'))).toBe(true);
}, 300_000);

it('reads and copies a workbook carrying WPS’s KSOProductBuildVer mark: the mark kept byte for byte', async () => {
  const input = withWpsMark(readFixture('libreoffice-chart-pivot.xlsx'));
  const snap = await readSnapshot(input);
  expect(snap.ok && snap.snapshot.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '明细', '透视']);
  const r = await buildResultWorkbook(input, outputs(), { fallback: writeNewWorkbook });
  expect(r.mode).toBe('copy');
  expect(Buffer.from(unzipSync(r.bytes)['docProps/custom.xml'])).toEqual(Buffer.from(unzipSync(input)['docProps/custom.xml']));
});
