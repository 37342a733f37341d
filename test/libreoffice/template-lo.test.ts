/**
 * The blank template's 合计 formulas as an office program computes them (issue 12): amounts typed into the template's
 * cells (at zip level, the way a clerk's program saves them: the formulas' cached results stay the blank they were),
 * opened by LibreOffice, which recalculates — each town's 合计 and 河源市, and each year's 合计 row, come out as
 * the exact sums of what was typed. The template filled with the plan's amounts and saved by LibreOffice checks
 * with no error or warning.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { checkWorkbook, DEFAULT_PROFILE, renderTemplate } from '../../src/core';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeTemplateWorkbook } from '../../src/hosts/xlsx/write-new';
import { sharesOf } from '../core/grids';
import { sofficeConvert } from '../helpers/soffice';
import { sheetsOf } from './lo';

const P = DEFAULT_PROFILE;
const FUND = '资金筹集';
/** The columns a clerk fills: 省级 E, 深圳市 F, 市级 H, 县级 I. */
const PARTS = ['E', 'F', 'H', 'I'] as const;
type Fill = Record<number, Partial<Record<(typeof PARTS)[number], number>>>;

let dir: string;
let template: Uint8Array;
let townRows: number[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-template-lo-'));
  template = await writeTemplateWorkbook(renderTemplate(P));
  const fund = renderTemplate(P).find((s) => s.name === FUND)!;
  townRows = fund.rows.flatMap((r, i) => (i >= 5 && typeof r[1]?.v === 'string' ? [i + 1] : []));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The template with `fill` typed into the fund sheet's empty part cells, every other byte of the package kept. */
function filled(fill: Fill): Uint8Array {
  const files = unzipSync(template);
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const rid = new RegExp(`<sheet [^>]*name="${FUND}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const part = `xl/${new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1]}`;
  const xml = strFromU8(files[part]).replace(/<c r="([EFHI])(\d+)"( s="\d+")?\/>/g, (cell, c: string, r: string, s = '') => {
    const v = fill[Number(r)]?.[c as (typeof PARTS)[number]];
    return v === undefined ? cell : `<c r="${c}${r}"${s}><v>${v}</v></c>`;
  });
  return zipSync({ ...files, [part]: strToU8(xml) });
}

const cents = (s: string | undefined) => (s === undefined || s === '' ? null : Math.round(Number(s) * 100));

describe('the template’s 合计 formulas in LibreOffice', () => {
  it('compute each town’s 合计 and 河源市 and each year’s 合计 row as the exact sums of what was typed', async () => {
    const amount = fc.option(
      fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 100),
      { nil: undefined, freq: 3 },
    );
    const fills: Fill[] = fc
      .sample(
        fc.array(fc.record({ E: amount, F: amount, H: amount, I: amount }), { minLength: townRows.length, maxLength: townRows.length }),
        { numRuns: 4, seed: 12 },
      )
      .map((rows) =>
        Object.fromEntries(rows.map((r, i) => [townRows[i], Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))])),
      );
    const files = await Promise.all(
      fills.map(async (fill, i) => {
        const file = path.join(dir, `filled-${i}.xlsx`);
        await fs.writeFile(file, filled(fill));
        return file;
      }),
    );
    const out = await sheetsOf(files, path.join(dir, 'csv'));
    files.forEach((file, i) => {
      const rows = out.get(file)![FUND];
      const at = (r: number, c: string) => cents(rows[r - 1]?.['ABCDEFGHI'.indexOf(c)]);
      const sum = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : null);
      const typed = (r: number, c: (typeof PARTS)[number]) => {
        const v = fills[i][r]?.[c];
        return v === undefined ? null : Math.round(v * 100);
      };
      let first = townRows[0];
      for (let r = townRows[0]; r <= townRows[townRows.length - 1] + 1; r++) {
        if (townRows.includes(r)) {
          for (const c of PARTS) expect([r, c, at(r, c)]).toEqual([r, c, typed(r, c)]);
          const heyuan = sum([typed(r, 'H'), typed(r, 'I')]);
          expect([r, 'G', at(r, 'G')]).toEqual([r, 'G', heyuan]);
          expect([r, 'D', at(r, 'D')]).toEqual([r, 'D', sum([typed(r, 'E'), typed(r, 'F'), heyuan])]);
        } else {
          expect(rows[r - 1][0]).toBe('合计');
          for (const c of 'DEFGHI') {
            const column = Array.from({ length: r - first }, (_, k) => at(first + k, c));
            expect([r, c, at(r, c)]).toEqual([r, c, sum(column)]);
          }
          first = r + 1;
        }
      }
    });
  });

  it('filled with the plan’s amounts and saved by LibreOffice, checks with no error or warning', async () => {
    const [, province, shenzhen, , city, county] = sharesOf(P.standard);
    const fill: Fill = Object.fromEntries(townRows.map((r) => [r, { E: province, F: shenzhen, H: city, I: county }]));
    const file = path.join(dir, 'plan.xlsx');
    await fs.writeFile(file, filled(fill));
    const outDir = path.join(dir, 'saved');
    await fs.mkdir(outDir, { recursive: true });
    const saved = await sofficeConvert(file, 'xlsx', outDir);
    const snap = await readSnapshot(new Uint8Array(await fs.readFile(saved)));
    if (!snap.ok) throw new Error(snap.detail);
    const report = checkWorkbook(snap.snapshot);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.sheet, f.cell])).toEqual([]);
    expect(report.findings.map((f) => f.code)).not.toContain('WB-NOTHING-FILLED');
    expect(report.shares).toHaveLength(townRows.length);
    // The 合计 LibreOffice computed is each town-year's standard, as the plan computes it.
    expect(report.shares.filter((s) => s.submitted.total !== s.computed.total)).toEqual([]);
    expect(new Set(report.shares.map((s) => s.submitted.total))).toEqual(new Set([BigInt(P.standard) * 1_000_000n]));
  });
});
