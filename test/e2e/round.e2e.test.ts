/**
 * A round of files on the web page in Debian's Chromium (issue 12): a 万元 file and a 元 file give two shares
 * sections with their own charts and units; a conflicting town-year is found across the files; an .xls and a
 * .csv chosen in the dialog each get a card with one sentence; the same file chosen again replaces the first;
 * 「下载汇总」 gives a workbook ExcelJS and LibreOffice read back with the right counts; 「全部下载」 a zip of every
 * result workbook and the summary; printing to PDF gives A4 landscape pages with every column and the file's name
 * on each page; switching to English re-renders the findings and names downloads in English. Screenshots and the
 * PDF (and its pages as PNG) are kept in test-artifacts/.
 */
import { execFileSync, execSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { DEFAULT_PROFILE } from '../../src/core';
import { fundRow, fundSheet, pairingSheet, type Grid } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';
import { sheetsOf } from '../libreoffice/lo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve-web.js') as { serve: (dir: string, port: number) => Promise<import('http').Server> };

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist', 'web');
const artifacts = path.join(root, 'test-artifacts');
const sample = path.join(root, 'assets', 'samples', '紫金县帮扶资金-示例.xlsx');
const P = DEFAULT_PROFILE;
const Y = P.years.first;
const LONG = `=HYPERLINK("http://example.invalid/${'a'.repeat(120)}","点我")`;

let server: import('http').Server;
let browser: Browser;
let base: string;
let dir: string;
let yuanFile: string;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.html'))) execSync('npx webpack --mode production', { cwd: root, stdio: 'ignore' });
  await fs.mkdir(artifacts, { recursive: true });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-round-e2e-'));
  // The county table in 元, with 瓦溪镇's first year at 1900 万元 (a conflict with the sample) and a long text
  // in a town cell (a value that must not push the table past its area).
  const yuan = fundSheet({
    years: [Y, Y + 1],
    amount: (t, y) => (t === '瓦溪镇' && y === Y ? 1900 : P.standard),
    edit: (rows: Grid) => {
      rows[1][0] = '单位：元';
      for (let r = 5; r < rows.length; r++)
        for (let c = 3; c < 9; c++) if (typeof rows[r][c] === 'number') rows[r][c] = Math.round((rows[r][c] as number) * 1_000_000) / 100;
      rows[fundRow('南岭镇', Y + 1, P, Y) - 1][1] = LONG;
    },
  });
  yuanFile = path.join(dir, '乙单位-元.xlsx');
  await fs.writeFile(yuanFile, await xlsxFromGrids([pairingSheet(), yuan]));
  await fs.writeFile(path.join(dir, '旧表.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  await fs.writeFile(path.join(dir, '名单.csv'), '镇,合计\n龙窝镇,2000\n');
  server = await serve(dist, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

async function download(page: Page, name: string | RegExp) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}

async function rowsOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, rows };
  });
}

it('checks a round: per-file shares, bad-file cards, the cross-file check, 汇总, 全部下载, print, language', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.getByText('帮扶资金校验（网页版）').waitFor();

  // The file dialog: two workbooks, an .xls and a .csv (each gets a card), then the sample again (replaces the first).
  await page.setInputFiles('[data-testid=file-input]', [sample, yuanFile, path.join(dir, '旧表.xls'), path.join(dir, '名单.csv')]);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid=file-summary]').length === 2 &&
      document.querySelectorAll('[data-testid=bad-file-card]').length === 2,
    undefined,
    { timeout: 90_000 },
  );
  await page.setInputFiles('[data-testid=file-input]', [sample]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-summary]').length === 2, undefined, { timeout: 90_000 });
  expect(await page.getByTestId('file-card').count()).toBe(2);

  // Bad files: one sentence with what to do, nothing else.
  const bad = page.getByTestId('bad-file-card');
  const reasons = await bad.getByTestId('bad-file-reason').allTextContents();
  expect(reasons).toHaveLength(2);
  expect(reasons[0]).toMatch(/另存为/);
  expect(reasons[1]).toMatch(/CSV/);
  expect(await bad.getByRole('button', { name: /下载/ }).count()).toBe(0);
  expect(await bad.filter({ hasText: /错误 \d/ }).count()).toBe(0);

  // Two shares sections, each with its own chart, unit, axis values and legend; per-year totals.
  const sections = page.getByTestId('shares-section');
  expect(await sections.count()).toBe(2);
  expect(await page.getByTestId('shares-chart').count()).toBe(2);
  // Each bar adds up a town's years: the axis says which.
  expect(await page.getByTestId('chart-unit').allTextContents()).toEqual([
    '单位：万元（2021—2025 年合计）',
    `单位：元（${Y}—${Y + 1} 年合计）`,
  ]);
  for (const axis of await page.getByTestId('chart-axis').all()) expect((await axis.locator('text').count()) >= 3).toBe(true);
  expect(await sections.nth(1).getByTestId('chart-legend').textContent()).toContain('深圳市');
  expect(await sections.nth(1).getByTestId('year-total').count()).toBe(2);
  await expect(sections.nth(0).getByTestId('shares-table').textContent()).resolves.toContain('1200.00');
  await expect(sections.nth(1).getByTestId('shares-table').textContent()).resolves.toContain('12000000.00');

  // The cross-file check: 瓦溪镇's first year differs between the two files.
  const round = page.getByTestId('round-findings');
  await expect(round.textContent()).resolves.toContain('ROUND-CONFLICT');
  await expect(round.textContent()).resolves.toContain('瓦溪镇');

  // Long values are cut and do not widen the table beyond the page.
  const tableBox = await page.getByTestId('findings-table').boundingBox();
  expect(tableBox!.width).toBeLessThanOrEqual(1920);
  const clip = page.locator('.bf-clip', { hasText: 'HYPERLINK' }).first();
  expect((await clip.boundingBox())!.width).toBeLessThan(400);
  expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width)).toBeGreaterThan(1600);

  await page.screenshot({ path: path.join(artifacts, 'round-page-zh-CN.png'), fullPage: true });
  await bad.first().screenshot({ path: path.join(artifacts, 'round-bad-file-card.png') });

  // 下载汇总: three sheets with one row per file, every finding and the round's, every share.
  const findingsCount = Number(
    (await page
      .getByTestId('findings-table')
      .locator('xpath=ancestor::section[1]')
      .getByText(/显示 \d+ \/ \d+ 条/)
      .textContent())!.match(/\/ (\d+)/)![1],
  );
  const summary = await download(page, '下载汇总');
  expect(summary.name).toBe('汇总.xlsx');
  const sheets = await rowsOf(summary.file);
  expect(sheets.map((s) => s.name)).toEqual(['文件', '问题', '分担']);
  const [files, findings, shares] = sheets.map((s) => s.rows.slice(2));
  expect(files.map((r) => [r[0], r[6]])).toEqual([
    ['紫金县帮扶资金-示例.xlsx', '需修改'],
    ['乙单位-元.xlsx', '需修改'],
    ['旧表.xls', '无法读取'],
    ['名单.csv', '无法读取'],
  ]);
  const roundRows = findings.filter((r) => String(r[2]).startsWith('ROUND-'));
  expect(roundRows.map((r) => r[2])).toContain('ROUND-CONFLICT');
  expect(findings.length).toBe(findingsCount + roundRows.length);
  const sampleShares = shares.filter((r) => r[0] === '紫金县帮扶资金-示例.xlsx');
  expect(new Set(sampleShares.map((r) => r[8]))).toEqual(new Set(['万元']));
  expect(new Set(shares.filter((r) => r[0] === '乙单位-元.xlsx').map((r) => r[8]))).toEqual(new Set(['元']));
  // LibreOffice reads the same counts.
  const lo = (await sheetsOf([summary.file], path.join(dir, 'lo'))).get(summary.file)!;
  expect(Object.keys(lo).sort()).toEqual(['分担', '文件', '问题']);
  const body = (rows: string[][]) => rows.slice(2).filter((r) => r.some((c) => c !== ''));
  expect(body(lo['文件'])).toHaveLength(4);
  expect(body(lo['问题'])).toHaveLength(findings.length);
  expect(body(lo['分担'])).toHaveLength(shares.length);

  // 全部下载: every result workbook and the summary in one zip.
  const all = await download(page, '全部下载');
  expect(all.name).toBe('全部结果.zip');
  const zipped = unzipSync(new Uint8Array(await fs.readFile(all.file)));
  expect(Object.keys(zipped).sort()).toEqual(['乙单位-元.校验结果.xlsx', '汇总.xlsx', '紫金县帮扶资金-示例.校验结果.xlsx'].sort());

  // Print: only the findings and the shares, A4 landscape, each file's name on every page, no column cut off.
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(artifacts, 'round-print-preview.png'), fullPage: true });
  expect(await page.getByTestId('dropzone').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: '打印报告' }).isVisible()).toBe(false);
  const pdfFile = path.join(artifacts, 'round-print.pdf');
  await page.pdf({ path: pdfFile, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  const [w, h] = info
    .match(/Page size:\s+([\d.]+) x ([\d.]+)/)!
    .slice(1)
    .map(Number);
  expect(Math.round(w)).toBe(842); // A4 landscape in points
  expect(Math.round(h)).toBe(595);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f').filter((p) => p.trim());
  const findingPages = pages.filter((p) => p.includes('严重程度'));
  expect(findingPages.length).toBeGreaterThan(0);
  for (const p of findingPages) {
    for (const col of ['严重程度', '代码', '单元格', '说明', '期望', '实际']) expect(p).toContain(col);
    expect(p).toMatch(/文件：|跨文件检查/);
  }
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(LONG.replace(/\s+/g, '').slice(0, 60));
  expect(flat).toContain('ROUND-CONFLICT');
  expect(flat).not.toContain('选择文件');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfFile, path.join(artifacts, 'round-print-page')]);

  // English: the findings re-render, and downloads are named in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Findings' }).waitFor();
  await expect(page.getByTestId('findings-table').textContent()).resolves.not.toMatch(/期望|镇.*不一致/);
  await expect(page.getByTestId('bad-file-reason').first().textContent()).resolves.toMatch(/save it as/);
  const en = await download(page, 'Download summary');
  expect(en.name).toBe('summary.xlsx');
  expect((await rowsOf(en.file)).map((s) => s.name)).toEqual(['Files', 'Findings', 'Shares']);
  await page.screenshot({ path: path.join(artifacts, 'round-page-en-US.png'), fullPage: false });

  expect(errors).toEqual([]);
  await context.close();
}, 300_000);
