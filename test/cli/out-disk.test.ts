/**
 * `--out` on a full disk and on a read-only one (issue 14), for real: a tmpfs a few KB large and a tmpfs
 * remounted read-only (the tests run as root, where file permissions do not bite; scripts/setup.sh is run as
 * root too). Each is one sentence and exit 2, never a stack trace, and nothing partial is left. A write killed
 * half-way (the same temporary-file-and-rename path, its write failing after half the bytes) leaves the earlier
 * result as it was.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { fsErrorSentence } from '../../src/core/messages/fs-ui';
import { writeFileAtomic } from '../../src/cli/safe-write';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'bangfu-check.js');
const sample = path.join(root, 'assets', 'samples', '紫金县帮扶资金-示例.xlsx');
const noTrace = (s: string) => !/\n\s+at .+\(.+:\d+:\d+\)|node:internal|Error:/.test(s);

let dir: string;
const mounted: string[] = [];

beforeAll(async () => {
  execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-disk-'));
}, 300_000);

afterAll(async () => {
  for (const m of mounted.reverse()) spawnSync('umount', [m]);
  await fs.rm(dir, { recursive: true, force: true });
});

/** A tmpfs of `size` at a new folder (mount needs root, as the tests have). */
function tmpfs(name: string, size: string): string {
  const at = path.join(dir, name);
  execFileSync('mkdir', ['-p', at]);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]);
  mounted.push(at);
  return at;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--out', () => {
  it('on a full disk: the sentence, exit 2, and no partial or temporary file left', async () => {
    const full = tmpfs('full', '16k');
    // The result workbook is larger than that disk (written once to a folder with room, to know).
    const roomy = path.join(dir, 'roomy');
    expect(run(['--out', roomy, sample]).code).toBe(0);
    expect((await fs.stat(path.join(roomy, '紫金县帮扶资金-示例.校验结果.xlsx'))).size).toBeGreaterThan(16 * 1024);
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const r = run(['--lang', lang, '--out', full, sample]);
      expect(r.code).toBe(2);
      const target = path.join(full, '紫金县帮扶资金-示例.校验结果.xlsx');
      expect(r.stderr).toContain(fsErrorSentence('write', target, 'ENOSPC', lang));
      expect(noTrace(r.stderr)).toBe(true);
      expect(await fs.readdir(full)).toEqual([]);
    }
  });

  it('on a read-only disk: the sentence, exit 2, nothing written', async () => {
    const ro = tmpfs('ro', '1m');
    execFileSync('mount', ['-o', 'remount,ro', ro]);
    const r = run(['--out', ro, sample]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fsErrorSentence('write', path.join(ro, '紫金县帮扶资金-示例.校验结果.xlsx'), 'EROFS', 'zh-CN'));
    expect(noTrace(r.stderr)).toBe(true);
    expect(await fs.readdir(ro)).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  afterEach(() => jest.restoreAllMocks());

  it('killed half-way through the write: the earlier result stays whole and no temporary file remains', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'atomic-'));
    const target = path.join(folder, 'x.校验结果.xlsx');
    await fs.writeFile(target, 'the earlier result');
    const open = fs.open.bind(fs);
    jest.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await open(...args);
      // The write gets half the bytes onto the disk, then the disk fills up.
      handle.writeFile = async (data: unknown) => {
        await handle.write((data as Uint8Array).subarray(0, (data as Uint8Array).length >> 1));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return handle;
    });
    await expect(writeFileAtomic(target, new Uint8Array(100_000).fill(7))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fs.readdir(folder)).toEqual(['x.校验结果.xlsx']);
    expect(await fs.readFile(target, 'utf8')).toBe('the earlier result');
  });

  it('in pieces: the file is the pieces in order; a disk that fills half-way leaves the earlier result whole', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'pieces-'));
    const target = path.join(folder, 'x.校验结果.xlsx');
    const pieces = Array.from({ length: 50 }, (_, i) => new Uint8Array(1000 + i * 37).fill(i));
    await writeFileAtomic(target, pieces);
    expect(Buffer.compare(await fs.readFile(target), Buffer.concat(pieces))).toBe(0);
    expect(await fs.readdir(folder)).toEqual(['x.校验结果.xlsx']);

    const open = fs.open.bind(fs);
    jest.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await open(...args);
      const write = handle.write.bind(handle) as (b: Uint8Array, o: number, l: number) => Promise<{ bytesWritten: number }>;
      let calls = 0;
      // The 20th piece gets half its bytes onto the disk, then the disk is full.
      handle.write = (async (b: Uint8Array, o: number, l: number) => {
        if (++calls < 20) return write(b, o, l);
        if (calls === 20) return write(b, o, l >> 1);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }) as unknown as typeof handle.write;
      return handle;
    });
    await expect(
      writeFileAtomic(
        target,
        pieces.map((p) => p.map((x) => x + 1)),
      ),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fs.readdir(folder)).toEqual(['x.校验结果.xlsx']);
    expect(Buffer.compare(await fs.readFile(target), Buffer.concat(pieces))).toBe(0);
  });
});
