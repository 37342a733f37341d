/**
 * Issue 6, "done when": on a workbook laid out as an assistance office keeps its sheets (not one of this repo's),
 * with the seeded mistakes the issue lists, `bangfu-check --json` finds each with the right code on the right cell,
 * and reports no error on the same workbook with the mistakes corrected.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import type { FileResult } from '../../src/core';
import { xlsxFromGrids } from '../corpus/from-grid';
import { MISTAKES, officeWorkbook, type Mistake } from './office-workbook';

const CODE: Record<Mistake, string> = {
  'team-of-four': 'TEAM-SIZE',
  'probationary-leader': 'TEAM-LEADER-PARTY',
  'county-leader-rank': 'TEAM-LEADER-RANK',
  'no-tech': 'TEAM-TECH',
  'red-village-no-secretary': 'TEAM-FIRST-SECRETARY',
  'income-2025': 'VILLAGE-INCOME',
  'half-year-no-joint': 'MEET-JOINT',
  'weights-0.9': 'ALLOC-WEIGHTS',
  'param-unparsable': 'PARAM-INVALID',
};

let dir: string;

async function check(mistakes: readonly Mistake[]): Promise<{ code: number; result: FileResult }> {
  const file = path.join(dir, `office-${mistakes.length ? mistakes.join('_') : 'clean'}.xlsx`);
  await fs.writeFile(file, await xlsxFromGrids(officeWorkbook(mistakes).sheets));
  let stdout = '';
  const code = await main(['--json', file], { stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, result: (JSON.parse(stdout) as FileResult[])[0] };
}

const at = (r: FileResult, code: string) => r.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-office-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('an assistance office’s workbook (issue 6)', () => {
  it('reports no error when nothing is wrong, and says the 规则参数 sheet was used', async () => {
    const { code, result } = await check([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    // Every new sheet was recognised and checked: the factor method ran (weights given, so no ALLOC-NO-WEIGHTS).
    expect(at(result, 'ALLOC-NO-WEIGHTS')).toEqual([]);
    expect(at(result, 'WB-NO-PAIRING')).toEqual([]);
  });

  it.each(MISTAKES)('finds the seeded mistake “%s” with its code on its cell', async (mistake) => {
    const { result } = await check([mistake]);
    const seeded = officeWorkbook([mistake]).where[mistake]!;
    expect(at(result, CODE[mistake])).toContain(`${seeded.sheet}!${seeded.cell}`);
  });

  it('with every mistake at once: each found on its cell, and no error anywhere else', async () => {
    const { code, result } = await check(MISTAKES);
    const book = officeWorkbook(MISTAKES);
    for (const m of MISTAKES) expect(at(result, CODE[m])).toContain(`${book.where[m]!.sheet}!${book.where[m]!.cell}`);
    const expectedErrors = new Set(MISTAKES.filter((m) => result.findings.some((f) => f.code === CODE[m] && f.severity === 'error')).map((m) => `${CODE[m]} ${book.where[m]!.sheet}!${book.where[m]!.cell}`));
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(new Set(errors)).toEqual(expectedErrors);
    expect(code).toBe(1);
  });
});
