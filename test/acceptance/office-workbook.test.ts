/**
 * Issue 6, "done when": on a workbook laid out as an assistance office keeps its sheets (not one of this repo's),
 * with the seeded mistakes the issue lists, `bangfu-check --json` finds each with the right code on the right cell,
 * and reports no error on the same workbook with the mistakes corrected.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runMain } from '../cli/run-main';
import { checkWorkbook, DEFAULT_PROFILE, fenToNumber, numberToFen, renderResults, ui, type FileResult } from '../../src/core';
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
  const r = await runMain(['--json', file]);
  return { code: r.code, result: r.json()[0] };
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
    const expectedErrors = new Set(
      MISTAKES.filter((m) => result.findings.some((f) => f.code === CODE[m] && f.severity === 'error')).map(
        (m) => `${CODE[m]} ${book.where[m]!.sheet}!${book.where[m]!.cell}`,
      ),
    );
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(new Set(errors)).toEqual(expectedErrors);
    expect(code).toBe(1);
  });
});

describe('the what-if allocation in 测算结果 (issue 6)', () => {
  it('gives each plan town its factor-method amount of the yearly pool, exact to the 分, adding up to the pool, beside the submitted totals', () => {
    const report = checkWorkbook({ sheets: officeWorkbook([]).sheets });
    const a = report.allocation!;
    expect(a.pool).toBe(numberToFen(DEFAULT_PROFILE.towns.length * DEFAULT_PROFILE.standard, '万元'));
    expect(a.lines.map((l) => l.town)).toEqual(DEFAULT_PROFILE.towns.map((t) => t.name));
    expect(a.lines.reduce((s, l) => s + l.amount, 0n)).toBe(a.pool);
    for (const l of a.lines) expect(l.shares.province + l.shares.shenzhen + l.shares.heyuanCity + l.shares.county).toBe(l.amount);

    const sheet = renderResults(report, 'zh-CN');
    const top = sheet.rows.findIndex((r) => r[0]?.v === ui('zh-CN').whatIfTitle);
    expect(top).toBeGreaterThan(0);
    // Below the title and its note: the header, one row per town in plan order, then the total (the pool).
    const header = sheet.rows[top + 2].map((c) => c.v);
    expect(header.slice(0, 3)).toEqual([ui('zh-CN').colTown, ui('zh-CN').colScore, ui('zh-CN').colWhatIf]);
    expect(header).toContain(ui('zh-CN').colSubmittedYear(DEFAULT_PROFILE.years.first));
    const towns = sheet.rows.slice(top + 3, top + 3 + a.lines.length);
    expect(towns.map((r) => r[0].v)).toEqual(a.lines.map((l) => l.town));
    expect(towns.map((r) => r[2].v)).toEqual(a.lines.map((l) => fenToNumber(l.amount, '万元')));
    expect(sheet.rows[top + 3 + a.lines.length][2].v).toBe(fenToNumber(a.pool, '万元'));
    // The chart's rows are above the block: the chart never covers it.
    expect(sheet.chart!.anchor.row + sheet.chart!.anchor.height).toBeLessThanOrEqual(top + 1);
  });

  it('has no what-if while the weights do not add up to 1', () => {
    expect(checkWorkbook({ sheets: officeWorkbook(['weights-0.9']).sheets }).allocation).toBeUndefined();
  });
});
