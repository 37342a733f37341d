/**
 * bangfu-check's `--explain` (the recognition summary under each file's result) and the spreadsheet files towns
 * also send (.xls, .et, .csv, .xlsb): each reported as WB-UNREADABLE saying what to do, never skipped; lock files
 * (~$…) still skipped.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { zipSync } from 'fflate';
import { DEFAULT_PROFILE, type FileResult } from '../../src/core';
import { formatFileReport } from '../../src/cli/report';
import { fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';
import { countyRecognition, townRecognition } from '../fixtures/recognition';
import { runMain } from './run-main';

let dir: string;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-explain-'));
  await fs.mkdir(path.join(dir, 'town', 'sub'), { recursive: true });
  await fs.writeFile(path.join(dir, 'clean.xlsx'), await xlsxFromGrids([pairingSheet(), fundSheet({ years: [2021] })]));
  const town = path.join(dir, 'town');
  await fs.writeFile(path.join(town, '龙窝镇.xls'), Buffer.from([...OLE2, ...new Array(504).fill(0)]));
  await fs.writeFile(path.join(town, 'sub', '敬梓镇.ET'), Buffer.from([...OLE2, ...new Array(504).fill(0)]));
  await fs.writeFile(path.join(town, '汇总.csv'), '镇,年度,合计\n龙窝镇,2021,2000\n');
  await fs.writeFile(
    path.join(town, '蓝塘镇.xlsb'),
    zipSync({ '[Content_Types].xml': new Uint8Array([60]), 'xl/workbook.bin': new Uint8Array([1, 2]) }),
  );
  await fs.writeFile(path.join(town, '~$龙窝镇.xls'), 'lock');
  await fs.writeFile(path.join(town, 'notes.txt'), 'not a workbook');
  await fs.copyFile(path.join(dir, 'clean.xlsx'), path.join(town, 'clean.xlsx'));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const result = (recognition?: FileResult['recognition']): FileResult => ({
  file: 'a.xlsx',
  profile: DEFAULT_PROFILE.name,
  summary: { errors: 1, warnings: 0, infos: 0, ignored: 0 },
  findings: [
    { code: 'FUND-SUM', severity: 'error', sheet: '资金', cell: 'C5', clause: '', message: '合计不符', expected: '1', actual: '2' },
  ],
  shares: [],
  ...(recognition ? { recognition } : {}),
});

describe('bangfu-check --explain', () => {
  it('prints 识别情况 under the findings: the scope, one line per sheet, columns and skipped rows indented', () => {
    const lines = formatFileReport(result(countyRecognition()), 'zh-CN', '规则', true).split('\n');
    const at = lines.findIndex((l) => l.startsWith('  识别情况：'));
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.includes('FUND-SUM')));
    const sheetLines = lines.slice(at + 1).filter((l) => /^ {4}\S/.test(l));
    expect(sheetLines.map((l) => l.match(/「(.+?)」/)?.[1])).toEqual(['结对安排表', '资金分配表（2021-2025）', '说明']);
    expect(lines.slice(at + 1).filter((l) => /^ {6}\S/.test(l))).toHaveLength(2 + 2); // two column lists, two skipped rows
    expect(formatFileReport(result(countyRecognition()), 'zh-CN', '规则')).not.toContain('识别情况');
  });

  it('in English too, and says a town’s own submission', () => {
    const text = formatFileReport(result(townRecognition('敬梓镇')), 'en-US', 'rules', true);
    expect(text).toContain("What was read: Read as 敬梓镇's own submission");
    expect(text).toContain("'敬梓镇帮扶资金明细' fund sheet (by town) · one sheet per town");
  });

  it('on real files: a 识别情况 block under each file, only with --explain; the JSON carries what the engine read', async () => {
    const plain = await runMain([path.join(dir, 'clean.xlsx'), path.join(dir, 'town', 'clean.xlsx')]);
    const told = await runMain(['--explain', path.join(dir, 'clean.xlsx'), path.join(dir, 'town', 'clean.xlsx')]);
    expect(plain.stdout).not.toContain('识别情况');
    const blocks = told.stdout.split(/\n(?=文件：)/);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(b).toMatch(/\n {2}识别情况：/);
    const json = (await runMain(['--json', path.join(dir, 'clean.xlsx')])).json();
    expect(json[0].recognition === undefined || Array.isArray(json[0].recognition.sheets)).toBe(true);
  });
});

describe('a folder with .xls, .et, .csv and .xlsb files', () => {
  it('reports each as WB-UNREADABLE saying to save it as .xlsx; skips lock files and other files; still checks the .xlsx', async () => {
    const r = await runMain(['--json', path.join(dir, 'town')]);
    const out = r.json();
    const rel = (f: FileResult) => path.relative(path.join(dir, 'town'), f.file);
    const got = out.map((f) => [rel(f), f.findings.map((x) => x.code).join(' ') || 'clean']);
    expect(got.sort()).toEqual(
      [
        ['clean.xlsx', 'clean'],
        [path.join('sub', '敬梓镇.ET'), 'WB-UNREADABLE'],
        ['汇总.csv', 'WB-UNREADABLE'],
        ['蓝塘镇.xlsb', 'WB-UNREADABLE'],
        ['龙窝镇.xls', 'WB-UNREADABLE'],
      ].sort(),
    );
    expect(out).toHaveLength(5);
    for (const f of out.filter((x) => !x.file.endsWith('.xlsx'))) {
      expect(f.summary.errors).toBe(1);
      expect(f.findings[0].message).toContain('.xlsx');
    }
    expect(r.code).toBe(2);
  });

  it('the readable report names each unreadable file and what to do, in both languages', async () => {
    const zh = await runMain([path.join(dir, 'town')]);
    expect(zh.stdout).toContain('龙窝镇.xls');
    expect(zh.stdout).toContain('WB-UNREADABLE');
    expect(zh.stdout).toContain('.xlsb');
    expect(zh.stdout).toMatch(/共检查 5 个文件.*4 个文件无法读取/);
    const en = await runMain(['--lang', 'en-US', path.join(dir, 'town', 'sub')]);
    expect(en.stdout).toContain('WPS (.et)');
  });
});
