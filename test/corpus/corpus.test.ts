/**
 * Every bad-input case gives its expected outcome — a finding code, never an exception (issue 7).
 * The files are made in code (test/corpus/cases.ts) into a temporary folder, then read as the CLI reads them.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { buildCorpus, type CorpusCase } from './cases';

let dir: string;
let cases: CorpusCase[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-corpus-'));
  cases = await buildCorpus(dir);
}, 300_000);

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('the bad-input corpus', () => {
  it('has at least 80 named cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('gives every case its expected outcome', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const bytes = new Uint8Array(await fs.readFile(c.file));
      let checked;
      try {
        checked = await checkBytes(bytes, c.file);
      } catch (err) {
        failures.push(`${c.name}: threw ${(err as Error).message}`);
        continue;
      }
      const f = checked.report.findings;
      const codes = new Set(f.map((x) => x.code));
      const e = c.expect;
      if (e.unreadable) {
        const u = f.find((x) => x.code === 'WB-UNREADABLE');
        if (!u || u.params.reason !== e.unreadable)
          failures.push(
            `${c.name}: expected WB-UNREADABLE/${e.unreadable}, got ${u ? `WB-UNREADABLE/${u.params.reason} ${u.params.detail ?? ''}` : [...codes].join(',')}`,
          );
        continue;
      }
      if (codes.has('WB-UNREADABLE')) {
        failures.push(`${c.name}: unexpectedly unreadable: ${JSON.stringify(f[0].params)}`);
        continue;
      }
      for (const code of e.has ?? [])
        if (!codes.has(code)) failures.push(`${c.name}: missing ${code} (got ${[...codes].join(',') || 'nothing'})`);
      for (const code of e.none ?? []) if (codes.has(code)) failures.push(`${c.name}: unexpected ${code}`);
      if (e.noErrors) {
        const errs = f.filter((x) => x.severity === 'error');
        if (errs.length)
          failures.push(
            `${c.name}: errors ${errs
              .slice(0, 3)
              .map((x) => `${x.code}@${x.sheet}!${x.cell}`)
              .join(', ')}`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
