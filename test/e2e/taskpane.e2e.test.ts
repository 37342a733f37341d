/**
 * The built task pane in Debian's Chromium, with the strict Excel simulator (test/sim) standing in for Office.js
 * over a workbook made with ExcelJS: 校验 shows the findings, a click selects the finding's cell in the simulated
 * workbook, 测算结果 and 校验问题 are written, a second run duplicates nothing, the pane fits 350 px without
 * horizontal scrolling, screenshots in zh-CN and en-US go to test-artifacts/, and axe-core finds no serious or
 * critical violation; after the user edits, the results are marked stale and 重新校验 refreshes them, a finding on a
 * deleted sheet selects nothing, and 清除结果 asks before deleting only the product's sheets. No request leaves 127.0.0.1: office.js is answered with the simulator's bundle.
 */
import { execSync } from 'child_process';
import { existsSync, promises as fs, readdirSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { fundRow, fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const distE2e = path.join(root, 'dist-e2e');
const artifacts = path.join(root, 'test-artifacts');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PANE_WIDTH = 350;

/** Newest modification time under `dir` (files only). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the add-in and the simulator bundle when either is missing or older than its sources. */
function buildIfStale(): void {
  const outputs = [path.join(dist, 'taskpane.html'), path.join(dist, 'taskpane.js'), path.join(distE2e, 'sim.js')];
  const built = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  const sources = Math.max(
    newest(path.join(root, 'src')),
    newest(path.join(root, 'test', 'sim')),
    statSync(path.join(root, 'webpack.config.js')).mtimeMs,
  );
  if (built > sources) return;
  execSync('npx webpack --mode development --env e2e --config-name addin --config-name sim', { cwd: root, stdio: 'pipe' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** dist/ at /, dist-e2e/ at /e2e/, on 127.0.0.1 and a port the system picks. */
function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const [dir, rel] = url.startsWith('/e2e/') ? [distE2e, url.slice('/e2e/'.length)] : [dist, url.slice(1)];
    const file = path.join(dir, rel || 'taskpane.html');
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.readFile(file).then((b) => res.end(b));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A county office's workbook: the pairing table and the fund sheet, with two mistakes a clerk makes. */
async function sampleWorkbook(): Promise<Buffer> {
  const pairing = pairingSheet({
    edit: (rows) => {
      rows[5][1] = '紫城'; // 紫城镇 by its short name (PAIR-TOWN-UNKNOWN at B6)
    },
  });
  const fund = fundSheet({
    edit: (rows) => {
      rows[fundRow('龙窝镇', 2021) - 1][4] = 1300; // 省级 not 60 % under a right 合计: one FUND-SHARE at E6, no FUND-SUM (issue 11)
    },
  });
  return xlsxFromGrids([pairing, fund]);
}

// ---- The simulator's browser API (test/sim/browser.ts), in one place. ----

interface SimState {
  sheets: string[];
  selection: { sheet: string; address: string } | null;
  syncs: number;
}

/** What the page's simulator says about the workbook. */
async function simState(page: Page): Promise<SimState> {
  return page.evaluate(() => {
    const sim = (
      window as unknown as {
        __bangfuSim: { sheetNames(): string[]; selection(): { sheet: string; address: string } | null; syncCount(): number };
      }
    ).__bangfuSim;
    return { sheets: sim.sheetNames(), selection: sim.selection(), syncs: sim.syncCount() };
  });
}

/** Makes the simulator's model of the workbook in Node (test/sim/load-xlsx.ts). */
async function simModel(bytes: Buffer, displayLanguage: string): Promise<unknown> {
  const { loadXlsx } = (await import('../sim/load-xlsx')) as {
    loadXlsx: (b: Uint8Array, o?: { displayLanguage?: string }) => Promise<unknown>;
  };
  return loadXlsx(bytes, { displayLanguage });
}

// ----

let server: http.Server;
let browser: Browser;
let base: string;
let workbook: Buffer;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'test', 'sim', 'browser.ts')))
    throw new Error('test/sim/browser.ts (the Excel simulator for the browser) is not there yet');
  buildIfStale();
  await fs.mkdir(artifacts, { recursive: true });
  workbook = await sampleWorkbook();
  server = await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A 350 px pane on the simulated workbook, with office.js answered by the simulator and nothing else let out. */
async function openPane(
  displayLanguage: string,
  bytes: Buffer = workbook,
): Promise<{ page: Page; errors: string[]; elsewhere: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, locale: displayLanguage });
  const page = await context.newPage();
  const errors: string[] = [];
  const elsewhere: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const model = await simModel(bytes, displayLanguage);
  await page.addInitScript((m) => {
    (window as unknown as { __bangfuSimModel: unknown }).__bangfuSimModel = m;
  }, model);
  const sim = await fs.readFile(path.join(distE2e, 'sim.js'));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: sim });
    if (url.startsWith(base)) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  return { page, errors, elsewhere, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
}

/** Waits until no CSS transition or animation runs (buttons fade back from disabled after a check). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function check(page: Page, name: string, done: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByTestId('progress-step').filter({ hasText: done }).waitFor({ timeout: 60_000 });
  await settled(page);
}

/** [sheet, cell, code] of every finding listed in the pane. */
async function listed(page: Page): Promise<string[]> {
  // The rule's name first, the code last in small type (issue 11).
  return page.getByTestId('finding').evaluateAll((els) => els.map((e) => (e.textContent ?? '').match(/[A-Z]+(?:-[A-Z]+)+$/)?.[0] ?? ''));
}

it('checks the workbook, jumps to a finding’s cell, writes the result sheets once, in zh-CN', async () => {
  const { page, errors, elsewhere, close } = await openPane('zh-CN');
  await page.getByRole('button', { name: '校验', exact: true }).waitFor();
  const before = await simState(page);
  expect(before.sheets).toEqual(['结对安排表', '资金筹集']);

  await check(page, '校验', '完成');
  const codes = await listed(page);
  expect(codes).toEqual(expect.arrayContaining(['PAIR-TOWN-UNKNOWN', 'FUND-SHARE']));
  expect(codes).not.toContain('FUND-SUM');
  expect(await page.getByTestId('count-error').textContent()).toMatch(/^错误 [1-9]\d*$/);

  const after = await simState(page);
  expect(after.sheets).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
  // 4 syncs for the check (test/hosts/excel-read-size.test.ts), then 2 to start watching for the user's changes.
  expect(after.syncs - before.syncs).toBeLessThanOrEqual(4 + 2);

  // A finding takes the user to its cell.
  const share = page.getByTestId('finding').filter({ hasText: '资金筹集!E6' }).filter({ hasText: 'FUND-SHARE' });
  await share.click();
  await page.waitForFunction(() => {
    const s = (window as unknown as { __bangfuSim: { selection(): { sheet: string; address: string } | null } }).__bangfuSim.selection();
    return s?.sheet === '资金筹集';
  });
  expect((await simState(page)).selection).toEqual({ sheet: '资金筹集', address: 'E6' });
  // By keyboard too.
  const town = page.getByTestId('finding').filter({ hasText: '结对安排表!B6' });
  await town.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => (window as unknown as { __bangfuSim: { selection(): { sheet: string } | null } }).__bangfuSim.selection()?.sheet === '结对安排表',
  );
  expect((await simState(page)).selection).toEqual({ sheet: '结对安排表', address: 'B6' });

  // Filtering.
  await page.getByRole('searchbox', { name: '搜索（代码、镇名、工作表）' }).fill('FUND-SHARE');
  expect(new Set(await listed(page))).toEqual(new Set(['FUND-SHARE']));
  await page.getByRole('searchbox', { name: '搜索（代码、镇名、工作表）' }).fill('');

  // The shares table.
  await expect(page.getByTestId('shares-table').textContent()).resolves.toContain('1200.00');

  // 识别情况: what each sheet was read as, under the findings; a sheet's header is a click away.
  await page.getByRole('button', { name: /^识别情况（2 张表，全部识别）$/ }).click();
  const read = await page.getByTestId('recognition-sheet').allTextContents();
  expect(read.map((s) => s.split('：')[0])).toEqual(['结对安排表', '资金筹集']);
  expect(read[1]).toContain('读取 80 行');
  await page
    .getByTestId('recognition-sheet')
    .filter({ hasText: '资金筹集' })
    .getByRole('button', { name: /^查看表头/ })
    .click();
  await page.waitForFunction(
    () => (window as unknown as { __bangfuSim: { selection(): { sheet: string } | null } }).__bangfuSim.selection()?.sheet === '资金筹集',
  );

  // A second run replaces the product's sheets and lists the same findings once.
  await check(page, '校验', '完成');
  expect((await simState(page)).sheets).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
  expect(await listed(page)).toEqual(codes);

  // Fits a 350 px pane.
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
  await page.screenshot({ path: path.join(artifacts, 'taskpane-zh-CN.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);

  expect(errors).toEqual([]);
  expect(elsewhere).toEqual([]);
  await close();
}, 240_000);

it('speaks English when Office’s display language is English, and fits 350 px', async () => {
  const { page, errors, elsewhere, close } = await openPane('en-US');
  await check(page, 'Check', 'Done');
  await expect(page.getByTestId('count-error').textContent()).resolves.toMatch(/^Error [1-9]\d*$/);
  expect(await listed(page)).toEqual(expect.arrayContaining(['FUND-SHARE']));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
  await page.screenshot({ path: path.join(artifacts, 'taskpane-en-US.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(elsewhere).toEqual([]);
  await close();
}, 240_000);

/** Runs one of the simulator's user actions (test/sim/browser.ts) in the page. */
async function userDoes(page: Page, action: 'userEdit' | 'userAddSheet' | 'userDeleteSheet', ...args: (string | number | null)[]) {
  await page.evaluate(
    ([a, rest]) =>
      (window as unknown as { __bangfuSim: Record<string, (...x: unknown[]) => void> }).__bangfuSim[a as string](...(rest as unknown[])),
    [action, args] as const,
  );
}

it('marks the results stale after an edit, refreshes them with 重新校验; 清除结果 asks, then deletes only its own sheets', async () => {
  const { page, errors, elsewhere, close } = await openPane('zh-CN');
  await check(page, '校验', '完成');
  expect(await page.getByTestId('stale-bar').count()).toBe(0);

  await userDoes(page, 'userEdit', '资金筹集', 5, 4, 1200); // the clerk corrects 龙窝镇's 省级
  await page.getByTestId('stale-bar').waitFor();
  expect(await page.getByTestId('stale-bar').textContent()).toContain('工作簿已修改，结果可能已过时');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
  await settled(page);
  await page.screenshot({ path: path.join(artifacts, 'taskpane-stale-zh-CN.png'), fullPage: false });
  await page.getByTestId('recheck').click();
  await page.getByTestId('stale-bar').waitFor({ state: 'detached' });
  await page.getByTestId('progress-step').filter({ hasText: '完成' }).waitFor();
  expect(await listed(page)).not.toContain('FUND-SHARE');

  // The pairing table is deleted: its findings no longer select a cell, and the pane says to check again.
  const before = (await simState(page)).selection;
  await userDoes(page, 'userDeleteSheet', '结对安排表');
  await page.getByTestId('stale-bar').waitFor();
  await page.getByTestId('finding').filter({ hasText: '结对安排表!B6' }).click();
  await page.getByTestId('error-bar').filter({ hasText: '结对安排表' }).waitFor();
  expect((await simState(page)).selection).toEqual(before);

  // 清除结果: a confirmation listing the sheets; 取消 keeps them, 删除 deletes them.
  await page.getByTestId('clear-results').click();
  await page.getByTestId('clear-dialog').filter({ hasText: '测算结果、校验问题' }).waitFor();
  await settled(page);
  await page.screenshot({ path: path.join(artifacts, 'taskpane-clear-zh-CN.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('clear-cancel').click();
  await page.getByTestId('clear-dialog').waitFor({ state: 'detached' });
  expect((await simState(page)).sheets).toEqual(['资金筹集', '测算结果', '校验问题']);
  await page.getByTestId('clear-results').click();
  await page.getByTestId('clear-confirm').click();
  await page.getByTestId('notice').filter({ hasText: '已删除' }).waitFor();
  expect((await simState(page)).sheets).toEqual(['资金筹集']);

  expect(errors).toEqual([]);
  expect(elsewhere).toEqual([]);
  await close();
}, 240_000);

/** The sample plus one cause in four places: 市级 and 县级 swapped in four towns' 2023 rows (one FUND-LOCAL-SPLIT group). */
async function groupedWorkbook(): Promise<Buffer> {
  const pairing = pairingSheet({ edit: (rows) => void (rows[5][1] = '紫城') });
  const fund = fundSheet({
    edit: (rows) => {
      rows[fundRow('龙窝镇', 2021) - 1][4] = 1300;
      for (const town of ['蓝塘镇', '苏区镇', '中坝镇', '黄塘镇']) {
        const row = rows[fundRow(town, 2023) - 1];
        [row[7], row[8]] = [row[8], row[7]];
      }
    },
  });
  return xlsxFromGrids([pairing, fund]);
}

/** The simulator's copy of a sheet (cells and visibility), or null. */
async function simSheet(page: Page, name: string): Promise<{ visibility: string; cells: unknown[][] } | null> {
  return page.evaluate(
    (n) =>
      (
        window as unknown as { __bangfuSim: { sheet(n: string): { visibility: string; cells: unknown[][] } | undefined } }
      ).__bangfuSim.sheet(n) ?? null,
    name,
  );
}

const countOf = async (page: Page, severity: string) =>
  Number((await page.getByTestId(`count-${severity}`).textContent())!.replace(/\D+/g, ''));

it('忽略 with a reason moves a finding to 已忽略, counted apart and kept in the hidden 忽略记录 through a re-check; a group at once; 恢复', async () => {
  const { page, errors, elsewhere, close } = await openPane('zh-CN', await groupedWorkbook());
  await check(page, '校验', '完成');
  const open = () => page.getByTestId('findings').getByTestId('finding');
  const errorsBefore = await countOf(page, 'error');
  expect(await page.getByTestId('ignored').count()).toBe(0);

  // 忽略 on 资金筹集!E6: the reason is required.
  const entry = (where: string) =>
    page.getByTestId('finding-entry').filter({ has: page.getByTestId('finding').filter({ hasText: where }) });
  await entry('资金筹集!E6').getByTestId('ignore').click();
  await page.getByTestId('ignore-dialog').filter({ hasText: '忽略此问题' }).waitFor();
  expect(await page.getByTestId('ignore-confirm').isDisabled()).toBe(true);
  await page.getByTestId('ignore-reason').fill('   ');
  expect(await page.getByTestId('ignore-confirm').isDisabled()).toBe(true);
  const reason = '县财政局已确认，省级按实际到位数填报';
  await page.getByTestId('ignore-reason').fill(reason);
  await settled(page);
  await page.screenshot({ path: path.join(artifacts, 'taskpane-ignore-dialog-zh-CN.png'), fullPage: false });
  await page.getByTestId('ignore-confirm').click();
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（1）' }).waitFor();
  expect(await countOf(page, 'error')).toBe(errorsBefore - 1);
  expect(await open().filter({ hasText: '资金筹集!E6' }).count()).toBe(0);
  expect(await page.getByTestId('notice').textContent()).toContain('忽略记录');
  // Saved at once, in the workbook's hidden sheet, as text.
  const record = await simSheet(page, '忽略记录');
  expect(record?.visibility).toBe('Hidden');
  expect(record?.cells.slice(1)).toEqual([['FUND-SHARE', '资金筹集', 'E6', '1300.00', reason]]);

  // A re-check reads it back: still ignored, still counted apart.
  await check(page, '校验', '完成');
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（1）' }).waitFor();
  expect(await countOf(page, 'error')).toBe(errorsBefore - 1);
  expect(await open().filter({ hasText: '资金筹集!E6' }).count()).toBe(0);
  expect((await simState(page)).sheets).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题', '忽略记录']);

  // The screenshot: a grouped finding opened to its cells, a rule's 依据 opened, and the 已忽略 list opened.
  const group = page.getByTestId('finding-entry').filter({ has: page.getByTestId('finding-places') });
  await expect(group.getByTestId('finding-places').textContent()).resolves.toContain('同一问题，共 4 处');
  await group.getByText('同一问题，共 4 处').click();
  await group.getByTestId('rule-basis').getByText('依据').click();
  await page.getByTestId('ignored-heading').click();
  await page.getByTestId('ignored-entry').filter({ hasText: reason }).waitFor();
  await settled(page);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
  // From the top of the pane to the end of 已忽略 (the shares table below is long).
  const bottom = await page.getByTestId('ignored').evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({
    path: path.join(artifacts, 'taskpane-ignored-zh-CN.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: PANE_WIDTH, height: Math.ceil(bottom + 8) },
  });
  expect(await axeViolations(page)).toEqual([]);

  // 忽略 on the group sets aside each of its four cells.
  await group.getByTestId('ignore').click();
  await page.getByTestId('ignore-dialog').filter({ hasText: '忽略这 4 处问题' }).waitFor();
  await page.getByTestId('ignore-reason').fill('市县分担已另行调整');
  await page.getByTestId('ignore-confirm').click();
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（5）' }).waitFor();
  expect(await countOf(page, 'error')).toBe(errorsBefore - 5);
  expect(await open().filter({ hasText: 'FUND-LOCAL-SPLIT' }).count()).toBe(0);
  expect((await simSheet(page, '忽略记录'))?.cells).toHaveLength(1 + 5);

  // 恢复 brings E6 back into the count and out of the record.
  await page.getByTestId('ignored-entry').filter({ hasText: reason }).getByTestId('restore').click();
  await page.getByTestId('ignored-heading').filter({ hasText: '已忽略（4）' }).waitFor();
  expect(await countOf(page, 'error')).toBe(errorsBefore - 4);
  await open().filter({ hasText: '资金筹集!E6' }).waitFor();
  const after = await simSheet(page, '忽略记录');
  expect(after?.cells.map((r) => r[0])).toEqual(['规则代码 code', ...Array(4).fill('FUND-LOCAL-SPLIT')]);

  expect(errors).toEqual([]);
  expect(elsewhere).toEqual([]);
  await close();
}, 300_000);
