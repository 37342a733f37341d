/**
 * The web page in Debian's Chromium: choose the sample workbooks, see the findings and shares, download the
 * result workbook, the CSV and the blank template and check them; no request ever leaves the page's own origin; screenshots in
 * zh-CN and en-US kept in test-artifacts/; axe-core finds no serious or critical violation.
 */
import { execSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import type { AddressInfo } from 'net';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { checkWorkbook, summarise } from '../../src/core';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve-web.js') as { serve: (dir: string, port: number) => Promise<import('http').Server> };

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist', 'web');
const artifacts = path.join(root, 'test-artifacts');
const samples = path.join(root, 'assets', 'samples');

let server: import('http').Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.html'))) execSync('npx webpack --mode production', { cwd: root, stdio: 'ignore' });
  await fs.mkdir(artifacts, { recursive: true });
  server = await serve(dist, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function axeViolations(page: Page) {
  // Evaluated through the DevTools protocol: the page's own CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () =>
    (
      window as unknown as { axe: { run: (o?: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
    ).axe.run(),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
}

it('checks the samples in the page, downloads the result and the CSV, and never leaves its origin', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
  });
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(base);
  await page.getByText('帮扶资金校验（网页版）').waitFor();
  await page.setInputFiles('[data-testid=file-input]', [
    path.join(samples, '紫金县帮扶资金-错误示例.xlsx'),
    path.join(samples, '紫金县帮扶资金-示例.xlsx'),
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-summary]').length === 2, undefined, { timeout: 60_000 });

  const table = page.getByTestId('findings-table');
  await expect(table.textContent()).resolves.toContain('FUND-SHARE');
  await expect(table.textContent()).resolves.toContain('资金筹集!E6');
  await expect(page.getByTestId('shares-table').first().textContent()).resolves.toContain('1200.00');
  expect(await page.getByTestId('file-summary').getByText('未发现问题').count()).toBe(1);

  // Filter by code.
  await page.getByRole('combobox', { name: '代码' }).click();
  await page.getByRole('option', { name: 'FUND-LOCAL-SPLIT' }).click();
  expect(await table.locator('tbody tr').count()).toBe(2); // 凤安镇's swapped 市级/县级 (one row finding naming both cells), and 南岭镇's negative 县级
  await page.getByRole('combobox', { name: '代码' }).click();
  await page.getByRole('option', { name: '全部' }).click();

  await page.screenshot({ path: path.join(artifacts, 'web-zh-CN.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);

  // The result workbook of the file with mistakes: the input's own sheets plus the product's.
  const card = page.getByTestId('file-card').filter({ hasText: '错误示例' });
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '下载结果工作簿' }).click()]);
  expect(download.suggestedFilename()).toBe('紫金县帮扶资金-错误示例.校验结果.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
  await expect(card.textContent()).resolves.toContain('保留了原工作簿的全部内容');

  const [csv] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '下载问题清单（CSV）' }).click()]);
  const text = await fs.readFile((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFF文件,严重程度,代码')).toBe(true);
  expect(text).toContain('FUND-SHARE');
  for (const line of text.split('\r\n')) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);

  // The blank template, built in the page's worker: the sheets a county office starts from.
  const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载空白模板' }).click()]);
  expect(blank.suggestedFilename()).toBe('帮扶资金模板.xlsx');
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile((await blank.path())!);
  expect(template.worksheets.map((w) => w.name)).toEqual([
    '填表说明',
    '结对安排表',
    '资金筹集',
    '因素表',
    '工作队名册',
    '村集体经济',
    '会议记录',
    '规则参数',
  ]);
  expect(template.getWorksheet('结对安排表')!.getCell('B4').value).toBe('龙窝镇');
  // The page's template adds up by itself (the worker writes the same formulas as the CLI).
  expect(template.getWorksheet('资金筹集')!.getCell('D6').formula).toBe('IF(COUNT(E6:G6)=0,"",SUM(E6:G6))');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Findings' }).waitFor();

  // The result workbook follows the language: 校验问题 and 测算结果 rendered again in English, the user's sheets as they were.
  const [enDownload] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download result workbook' }).click(),
  ]);
  expect(enDownload.suggestedFilename()).toBe('紫金县帮扶资金-错误示例.checked.xlsx');
  const en = new ExcelJS.Workbook();
  await en.xlsx.readFile((await enDownload.path())!);
  expect(en.worksheets.map((w) => w.name)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
  for (const name of ['结对安排表', '资金筹集'])
    expect(JSON.stringify(en.getWorksheet(name)!.getSheetValues())).toBe(JSON.stringify(wb.getWorksheet(name)!.getSheetValues()));
  const cellText = (v: unknown) =>
    v && typeof v === 'object' && 'richText' in v
      ? (v as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('')
      : v && typeof v === 'object' && 'text' in v
        ? (v as { text: unknown }).text
        : v;
  const rowsOf = (w: ExcelJS.Workbook, name: string) =>
    (w.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map(cellText));
  const [zhIssues, enIssues] = [rowsOf(wb, '校验问题'), rowsOf(en, '校验问题')];
  expect(enIssues[0][0]).toBe('Findings');
  const head = enIssues.findIndex((r) => r[0] === 'No.');
  expect(enIssues[head].slice(0, 3)).toEqual(['No.', 'Severity', 'Code']);
  const message = enIssues[head].indexOf('Message');
  const code = enIssues[head].indexOf('Code');
  // The same entries as in Chinese, each code in the same place, every message in English.
  const zhHead = zhIssues.findIndex((r) => r[0] === '序号');
  expect(zhHead).toBe(head);
  expect(enIssues.slice(head + 1).map((r) => r[code])).toEqual(zhIssues.slice(head + 1).map((r) => r[zhIssues[head].indexOf('代码')]));
  const shareRows = enIssues.filter((r) => r[code] === 'FUND-SHARE');
  expect(shareRows.length).toBeGreaterThan(0);
  for (const r of enIssues.slice(head + 1)) if (typeof r[message] === 'string') expect(r[message]).not.toMatch(/期望|实际|应为|不一致/);
  expect(String(shareRows[0][message])).toMatch(/expected/i);
  expect(rowsOf(en, '测算结果')[0][0]).toBe('Shares of the assistance funds');
  await page.screenshot({ path: path.join(artifacts, 'web-en-US.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);

  expect(errors).toEqual([]);
  expect(elsewhere).toEqual([]);
  await context.close();
}, 180_000);

it('tells per file what was read (识别情况): the wide table and a town’s own submission, also in the result workbook', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.setInputFiles('[data-testid=file-input]', [
    path.join(samples, '紫金县帮扶资金-宽表示例.xlsx'),
    path.join(samples, '龙窝镇帮扶资金报送-示例.xlsx'),
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-summary]').length === 2, undefined, { timeout: 60_000 });
  const wide = page.getByTestId('file-card').filter({ hasText: '宽表示例' });
  const town = page.getByTestId('file-card').filter({ hasText: '龙窝镇帮扶资金报送' });
  for (const card of [wide, town]) await expect(card.getByTestId('file-summary').textContent()).resolves.toContain('未发现问题');
  await wide.getByRole('button', { name: /^识别情况（2 张表，全部识别）$/ }).click();
  await town.getByRole('button', { name: /^识别情况（1 张表，全部识别）$/ }).click();
  const entries = (card: typeof wide) => card.getByTestId('recognition-sheet').allTextContents();
  const wideEntries = await entries(wide);
  expect([wideEntries[0].startsWith('结对安排表'), wideEntries[1].startsWith('资金分配表（2021-2025）')]).toEqual([true, true]);
  expect(wideEntries[1]).toContain('宽表（年度分列）');
  expect(wideEntries[1]).toContain('2021–2025');
  await expect(town.getByTestId('recognition-scope').textContent()).resolves.toContain('龙窝镇报送');
  await page.screenshot({ path: path.join(artifacts, 'web-recognition-zh-CN.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);

  // 校验问题 of the result workbook says the same above the findings.
  const [download] = await Promise.all([page.waitForEvent('download'), wide.getByRole('button', { name: '下载结果工作簿' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const issues = wb.getWorksheet('校验问题')!;
  const column = (c: number) => Array.from({ length: issues.rowCount + 1 }, (_, r) => (r ? issues.getRow(r).getCell(c).text : ''));
  const header = column(1).indexOf('序号');
  const recognised = column(1).findIndex((v) => v.startsWith('识别情况'));
  expect(recognised).toBeGreaterThan(0);
  expect(recognised).toBeLessThan(header);
  expect(column(4).slice(recognised, header)).toEqual(expect.arrayContaining(['结对安排表', '资金分配表（2021-2025）']));

  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

it('忽略 with a reason on the page: moved to 已忽略 and counted apart; the result workbook carries it; loaded again it stays ignored; 恢复', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  const name = '紫金县帮扶资金-错误示例.xlsx';
  await page.setInputFiles('[data-testid=file-input]', [path.join(samples, name)]);
  await page.getByTestId('file-summary').waitFor({ timeout: 60_000 });
  const card = page.getByTestId('file-card').filter({ hasText: name });
  const errorCount = async (c = card) => Number(((await c.getByTestId('file-summary').textContent()) ?? '').match(/错误 (\d+)/)?.[1]);
  const before = await errorCount();
  const table = page.getByTestId('findings-table');
  const row = (text: string) => table.getByTestId('finding-row').filter({ hasText: text });

  // 忽略 on 资金筹集!E6: the reason is required.
  await row('资金筹集!E6').getByTestId('ignore').click();
  expect(await page.getByTestId('ignore-confirm').isDisabled()).toBe(true);
  const reason = '县财政局已确认，省级按实际到位数填报';
  await page.getByTestId('ignore-reason').fill(reason);
  await page.getByTestId('ignore-confirm').click();
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（1）' }).waitFor({ timeout: 60_000 });
  await card.getByTestId('file-ignored').filter({ hasText: '已忽略（1）' }).waitFor();
  expect(await errorCount()).toBe(before - 1);
  expect(await row('资金筹集!E6').count()).toBe(0);

  // 忽略 on a group (紫城 and 临江镇: 「同一问题，共 2 处」) sets aside both cells.
  const towns = table.getByTestId('finding-row').filter({ hasText: 'PAIR-TOWN-UNKNOWN' });
  await expect(towns.getByTestId('finding-places').textContent()).resolves.toContain('同一问题，共 2 处');
  await towns.getByTestId('ignore').click();
  await page.getByTestId('ignore-dialog').filter({ hasText: '忽略这 2 处问题' }).waitFor();
  await page.getByTestId('ignore-reason').fill('镇名按县里新的行政区划');
  await page.getByTestId('ignore-confirm').click();
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（3）' }).waitFor({ timeout: 60_000 });
  await card.getByTestId('file-ignored').filter({ hasText: '已忽略（3）' }).waitFor();
  expect(await errorCount()).toBe(before - 3);
  expect(await towns.count()).toBe(0);

  // The screenshot: a grouped finding opened to its cells, a rule's 依据 opened, and the 已忽略 list opened (the
  // table filtered to one code, so that the page fits one picture).
  await page.getByRole('combobox', { name: '代码' }).click();
  await page.getByRole('option', { name: 'FUND-TOTAL-ROW' }).click();
  const group = row('FUND-TOTAL-ROW')
    .filter({ has: page.getByTestId('finding-places') })
    .first();
  await group.getByText(/^同一问题，共 \d+ 处$/).click();
  await group.getByTestId('rule-basis').getByText('依据').click();
  await page.getByTestId('ignored-heading').click();
  await page.getByTestId('ignored-row').filter({ hasText: reason }).waitFor();
  await page.getByTestId('ignored').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const bottom = await page.getByTestId('ignored').evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({
    path: path.join(artifacts, 'web-ignored-zh-CN.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom + 16) },
  });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: '代码' }).click();
  await page.getByRole('option', { name: '全部' }).click();

  // The result workbook carries the ignores: read back with our reader, the check finds them ignored.
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '下载结果工作簿' }).click()]);
  const bytes = await fs.readFile((await download.path())!);
  const read = await readSnapshot(new Uint8Array(bytes));
  if (!read.ok) throw new Error(`result workbook unreadable: ${read.reason}`);
  expect(read.snapshot.sheets.map((s) => [s.name, s.state ?? 'visible'])).toEqual([
    ['结对安排表', 'visible'],
    ['资金筹集', 'visible'],
    ['测算结果', 'visible'],
    ['校验问题', 'visible'],
    ['忽略记录', 'hidden'],
  ]);
  const again = checkWorkbook(read.snapshot);
  const tuple = (f: { code: string; sheet: string; cell: string }) => [f.code, f.sheet, f.cell];
  expect(again.findings.filter((f) => f.ignored).map(tuple)).toEqual([
    ['PAIR-TOWN-UNKNOWN', '结对安排表', 'B6'],
    ['PAIR-TOWN-UNKNOWN', '结对安排表', 'B20'],
    ['FUND-SHARE', '资金筹集', 'E6'],
  ]);
  expect(again.findings.find((f) => f.cell === 'E6' && f.ignored)?.ignored).toEqual({ reason });
  expect(summarise(again.findings).errors).toBe(before - 3);
  expect(read.snapshot.sheets.find((s) => s.name === '校验问题')!.rows.flat()).toContain('已忽略（3）');

  // The result workbook chosen again on the page: its ignores are shown as ignored.
  const resultFile = path.join(artifacts, '紫金县帮扶资金-错误示例.校验结果.xlsx');
  await fs.writeFile(resultFile, bytes);
  await page.setInputFiles('[data-testid=file-input]', [resultFile]);
  const resultCard = page.getByTestId('file-card').filter({ hasText: '校验结果' });
  await resultCard.getByTestId('file-ignored').filter({ hasText: '已忽略（3）' }).waitFor({ timeout: 60_000 });
  expect(await errorCount(resultCard)).toBe(before - 3);

  // 恢复 on the first file's E6: it counts again there, and only there.
  await page.getByTestId('ignored-row').filter({ hasText: '资金筹集!E6' }).filter({ hasText: name }).getByTestId('restore').click();
  await card.getByTestId('file-ignored').filter({ hasText: '已忽略（2）' }).waitFor({ timeout: 60_000 });
  expect(await errorCount()).toBe(before - 2);
  expect(await errorCount(resultCard)).toBe(before - 3);
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（5）' }).waitFor();

  expect(errors).toEqual([]);
  await context.close();
}, 240_000);
