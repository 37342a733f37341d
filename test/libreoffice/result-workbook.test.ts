/**
 * LibreOffice (a real client) opens every result workbook: its 测算结果 matches the JSON result, and the
 * original sheets' values match the input's. Inputs written by LibreOffice, or carrying WPS's marks, too.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { renderOutputs } from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { richWorkbook } from '../fixtures/rich-workbook';
import { sofficeConvert, sofficeSheets } from '../helpers/soffice';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-result-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function resultOf(input: Uint8Array, name: string) {
  const checked = await checkBytes(input, name);
  const r = await buildResultWorkbook(input, renderOutputs(checked.report, 'zh-CN'), { fallback: writeNewWorkbook });
  const inFile = path.join(dir, `${name}.xlsx`);
  const outFile = path.join(dir, `${name}.校验结果.xlsx`);
  await fs.writeFile(inFile, input);
  await fs.writeFile(outFile, r.bytes);
  return { checked, r, inFile, outFile };
}

/** LibreOffice writes numbers as they show: compare as numbers where both sides are numbers. */
const norm = (rows: string[][]) => rows.map((r) => r.map((c) => (c !== '' && !Number.isNaN(Number(c)) ? String(Number(c)) : c)));

it('opens the result workbook; 测算结果 matches the JSON shares and the original sheets match the input', async () => {
  const { checked, r, inFile, outFile } = await resultOf(await richWorkbook(), 'rich');
  expect(r.mode).toBe('copy');
  await fs.mkdir(path.join(dir, 'a'));
  await fs.mkdir(path.join(dir, 'b'));
  const out = await sofficeSheets(outFile, path.join(dir, 'a'));
  const inp = await sofficeSheets(inFile, path.join(dir, 'b'));
  expect(Object.keys(out).sort()).toEqual(['测算结果', '校验问题', '结对安排表', '资金筹集', '透视'].sort());
  for (const name of ['结对安排表', '资金筹集']) expect(norm(out[name])).toEqual(norm(inp[name]));
  const rows = out['测算结果'];
  for (const s of checked.result.shares) {
    const row = rows.find((x) => x[0] === s.town && x[1] === String(s.year));
    expect(row?.slice(3, 9).map(Number)).toEqual([s.total, s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county].map(Number));
  }
  expect(out['校验问题'].some((x) => x.includes('代码'))).toBe(true);
}, 240_000);

it('reads and copies a workbook written by LibreOffice, and one carrying WPS’s KSOProductBuildVer mark', async () => {
  const lo = path.join(dir, 'lo');
  await fs.mkdir(lo);
  const src = path.join(dir, 'source.xlsx');
  await fs.writeFile(src, await richWorkbook());
  const saved = await sofficeConvert(src, 'xlsx', lo);
  const fromLo = new Uint8Array(await fs.readFile(saved));
  const a = await resultOf(fromLo, 'from-libreoffice');
  expect(a.checked.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(a.checked.result.shares).toHaveLength(16);
  expect(a.r.mode).toBe('copy');

  const files = unzipSync(await richWorkbook());
  files['docProps/custom.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>',
  );
  const wps = zipSync(files as Zippable);
  const b = await resultOf(wps, 'wps');
  expect(b.checked.result.shares).toHaveLength(16);
  expect(b.r.mode).toBe('copy');
  expect(unzipSync(b.r.bytes)['docProps/custom.xml']).toEqual(files['docProps/custom.xml']);
  await fs.mkdir(path.join(dir, 'c'));
  const sheets = await sofficeSheets(b.outFile, path.join(dir, 'c'));
  expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['测算结果', '校验问题']));
}, 240_000);
