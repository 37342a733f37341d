/**
 * bangfu-check --ignore (issue 11): findings copied from --json with a reason are set aside (exit 0 when only they
 * failed the run), the result workbook carries them in its hidden 忽略记录 so a later run of that workbook sets them
 * aside without --ignore, and an ignore lapses when the cell's value changes.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runMain as run } from './run-main';
import { fundSheet, fundRow, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const Y = 2021;
const row = fundRow('龙窝镇', Y);
let dir: string;

const workbook = (province: number) =>
  xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y], edit: (rows) => (rows[row - 1][4] = province) })]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-ignore-'));
  await fs.writeFile(path.join(dir, 'bad.xlsx'), await workbook(1300));
  await fs.writeFile(path.join(dir, 'changed.xlsx'), await workbook(1310));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function ignoreEveryError(file: string): Promise<string> {
  const first = await run(['--json', file]);
  expect(first.code).toBe(1);
  const errors = first.json()[0].findings.filter((f) => f.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  const list = path.join(dir, 'ignore.json');
  await fs.writeFile(list, JSON.stringify(errors.map((f) => ({ ...f, reason: '已与县财政局核对' }))));
  return list;
}

describe('bangfu-check --ignore', () => {
  it('sets the listed findings aside: in the JSON with the reason, counted in summary.ignored, exit 0', async () => {
    const list = await ignoreEveryError(path.join(dir, 'bad.xlsx'));
    const r = await run(['--json', '--ignore', list, path.join(dir, 'bad.xlsx')]);
    expect(r.code).toBe(0);
    const [res] = r.json();
    expect(res.summary.errors).toBe(0);
    expect(res.summary.ignored).toBeGreaterThan(0);
    expect(res.findings.filter((f) => f.ignored).every((f) => f.ignored!.reason === '已与县财政局核对')).toBe(true);
    // The text report lists them apart, with their reason.
    const text = await run(['--ignore', list, path.join(dir, 'bad.xlsx')]);
    expect(text.stdout).toMatch(/已忽略（\d+）/);
    expect(text.stdout).toContain('已与县财政局核对');
    expect(text.stdout).toMatch(/另有 \d+ 个问题已忽略/);
  });

  it('the result workbook carries the ignores (hidden 忽略记录); checking it again needs no --ignore', async () => {
    const list = await ignoreEveryError(path.join(dir, 'bad.xlsx'));
    const out = path.join(dir, 'out');
    expect((await run(['--ignore', list, '--out', out, path.join(dir, 'bad.xlsx')])).code).toBe(0);
    const result = path.join(out, 'bad.校验结果.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result);
    const rec = wb.worksheets.find((w) => w.name === '忽略记录');
    expect(rec?.state).toBe('hidden');
    const issues = wb.getWorksheet('校验问题')!;
    const cells: string[] = [];
    issues.eachRow((r) => r.eachCell((c) => cells.push(c.text)));
    expect(cells.some((c) => /^已忽略（\d+）$/.test(c))).toBe(true);
    const again = await run(['--json', result]);
    expect(again.code).toBe(0);
    expect(again.json()[0].summary.ignored).toBeGreaterThan(0);
  });

  it('lapses when the value changes: the same list does not hide 1310 where 1300 was ignored', async () => {
    const list = await ignoreEveryError(path.join(dir, 'bad.xlsx'));
    const r = await run(['--json', '--ignore', list, path.join(dir, 'changed.xlsx')]);
    expect(r.code).toBe(1);
    const [res] = r.json();
    expect(res.findings.some((f) => f.severity === 'error' && !f.ignored && f.cell === `E${row}`)).toBe(true);
  });

  it.each([
    ['not JSON', '{', /不是有效的 JSON/],
    ['an entry without a reason', JSON.stringify([{ code: 'FUND-SHARE', sheet: 's', cell: 'E6', actual: '1' }]), /第 1 项的“reason”/],
  ])('a bad list (%s) is a sentence and exit 2, nothing checked', async (_what, text, message) => {
    const list = path.join(dir, 'bad-list.json');
    await fs.writeFile(list, text);
    const r = await run(['--ignore', list, path.join(dir, 'bad.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a missing list is a file-system sentence, exit 2', async () => {
    const r = await run(['--ignore', path.join(dir, 'nope.json'), path.join(dir, 'bad.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json');
    expect(r.stderr).not.toMatch(/ENOENT|Error:/);
  });
});
