/**
 * The CLI uses no network, and its read limits are settable: a file over a limit gets a clear
 * WB-UNREADABLE (too large), never an exhausted memory.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { FileResult } from '../../src/core';

const root = path.join(__dirname, '..', '..');
const samples = path.join(root, 'assets', 'samples');
const bin = path.join(root, 'bin', 'bangfu-check.js');

beforeAll(() => {
  spawnSync('npm', ['run', 'build:cli'], { cwd: root });
});

it('checks a folder and writes result workbooks without a single network call', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-net-'));
  const logFile = path.join(dir, 'network.log');
  await fs.writeFile(logFile, '');
  const r = spawnSync(
    process.execPath,
    ['-r', path.join(__dirname, '..', 'helpers', 'no-network.js'), bin, '--jobs', '1', '--out', path.join(dir, 'out'), samples],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_NETWORK_LOG: logFile },
    },
  );
  expect(r.status).toBe(1);
  const inputs = (await fs.readdir(samples)).filter((f) => f.endsWith('.xlsx'));
  expect((await fs.readdir(path.join(dir, 'out'))).length).toBe(inputs.length); // one result workbook per sample
  expect(await fs.readFile(logFile, 'utf8')).toBe('');
  await fs.rm(dir, { recursive: true, force: true });
});

it('applies --max-file-mb and --max-cells, and says the file is too large', () => {
  const file = path.join(samples, '紫金县帮扶资金-示例.xlsx');
  const small = spawnSync(process.execPath, [bin, '--json', '--max-cells', '100', file], { cwd: root, encoding: 'utf8' });
  expect(small.status).toBe(2);
  const [res] = JSON.parse(small.stdout) as FileResult[];
  expect(res.findings.map((f) => f.code)).toEqual(['WB-UNREADABLE']);
  expect(res.findings[0].unreadable).toEqual({ reason: 'too-large', limit: 'cells' });
  const tiny = spawnSync(process.execPath, [bin, '--json', '--max-file-mb', '0.001', file], { cwd: root, encoding: 'utf8' });
  expect(tiny.status).toBe(2);
  expect((JSON.parse(tiny.stdout) as FileResult[])[0].findings[0].unreadable).toEqual({ reason: 'too-large', limit: 'file' });
  const bad = spawnSync(process.execPath, [bin, '--max-cells', 'lots', file], { cwd: root, encoding: 'utf8' });
  expect([bad.status, bad.stderr.includes('--max-cells')]).toEqual([2, true]);
});
