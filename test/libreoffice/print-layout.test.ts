/**
 * Outputs that print cleanly (issue 12), as LibreOffice prints them: 测算结果 and 校验问题 of a result workbook
 * (the input's copy, and a new workbook) and the 汇总 workbook come out on A4 landscape pages with every column on
 * the page width — each page that shows a table's first column shows its last one too — and the header rows on
 * every page. The PDFs' first pages are kept as PNG in test-artifacts/ to be looked at.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { checkRound, DEFAULT_PROFILE, renderOutputs, renderSummary, type RoundFile } from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { writeNewWorkbook, writeSummaryWorkbook } from '../../src/hosts/xlsx/write-new';
import { sofficeConvert } from '../helpers/soffice';

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'test-artifacts');
const samples = path.join(root, 'assets', 'samples');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-print-'));
  await fs.mkdir(artifacts, { recursive: true });
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Each PDF page's size (points) and text. */
function pagesOf(pdf: string): { w: number; h: number; text: string }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return sizes.map(([w, h], i) => ({ w, h, text: text[i] ?? '' }));
}

/** The workbook as LibreOffice prints it; with `png`, the first page holding `at` is kept as a PNG to look at. */
async function toPdf(bytes: Uint8Array, name: string, png?: { file: string; at: string }) {
  const file = path.join(dir, `${name}.xlsx`);
  await fs.writeFile(file, bytes);
  const pdf = await sofficeConvert(file, 'pdf', dir);
  const pages = pagesOf(pdf);
  if (png) {
    const n = String(Math.max(1, pages.findIndex((p) => p.text.includes(png.at)) + 1));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', n, '-l', n, '-singlefile', pdf, path.join(artifacts, png.file)]);
  }
  return pages;
}

/**
 * Every header line of a table (matching `header`, its first columns) also holds `last` (its last column), and the
 * page is A4 landscape: no column is cut off to another page. Header rows repeat, so each page of a table has one.
 */
function expectWhole(pages: { w: number; h: number; text: string }[], header: RegExp, last: string) {
  const showing = pages.filter((p) => p.text.split('\n').some((l) => header.test(l)));
  expect([String(header), showing.length > 0]).toEqual([String(header), true]);
  for (const p of showing) {
    for (const line of p.text.split('\n').filter((l) => header.test(l))) expect([line, line.includes(last)]).toEqual([line, true]);
    expect([Math.round(p.w), Math.round(p.h)]).toEqual([842, 595]);
  }
  return showing.length;
}

it('prints 测算结果 and 校验问题 with every column on the page width (copy and new workbook)', async () => {
  const input = new Uint8Array(await fs.readFile(path.join(samples, '紫金县帮扶资金-错误示例.xlsx')));
  const checked = await checkBytes(input, 'sample.xlsx');
  const outputs = renderOutputs(checked.report, 'zh-CN');
  const copy = await buildResultWorkbook(input, outputs, { fallback: writeNewWorkbook });
  expect(copy.mode).toBe('copy');
  const fresh = await writeNewWorkbook(outputs);
  for (const [bytes, name] of [
    [copy.bytes, 'copy'],
    [fresh, 'new'],
  ] as const) {
    const pages = await toPdf(bytes, name, { file: `results-sheet-${name}`, at: '来源单元格' });
    // 测算结果: 镇 … 来源单元格 (its header row repeats on each page, so every page of the table has both).
    const resultPages = expectWhole(pages, /镇\s*年度\s*单位\s*合计/, '来源单元格');
    // 校验问题: 序号 … 方案条款.
    expectWhole(pages, /序号\s*严重程度\s*代码/, '方案条款');
    expect(resultPages).toBeLessThanOrEqual(4);
  }
}, 300_000);

it('prints the 汇总 workbook’s three sheets with every column on the page width', async () => {
  const files: RoundFile[] = [];
  for (const name of ['紫金县帮扶资金-示例.xlsx', '紫金县帮扶资金-错误示例.xlsx']) {
    const c = await checkBytes(new Uint8Array(await fs.readFile(path.join(samples, name))), name);
    files.push({ result: c.result, unreadable: c.unreadable });
  }
  const round = checkRound(files, DEFAULT_PROFILE);
  const pages = await toPdf(await writeSummaryWorkbook(renderSummary(files, round, 'zh-CN', DEFAULT_PROFILE)), 'summary', {
    file: 'summary-workbook',
    at: '严重程度',
  });
  expectWhole(pages, /文件\s*镇\/单位\s*错误/, '状态');
  expectWhole(pages, /文件\s*严重程度\s*规则/, '实际');
  expectWhole(pages, /文件\s*镇\s*年度\s*合计\s*省级/, '单位');
}, 300_000);
