/**
 * The product's sheets are its own only when the mark and the content agree (issue 14, item 7): a forged
 * mark on the fund sheet, or old results the user renamed to keep, never make the checker skip a fund sheet
 * or the result workbook drop a user's sheet. Through the whole pipeline: check → result workbook → re-run.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { renderOutputs, type OwnedSheetKey } from '../../src/core';
import { checkBytes, resultWriter } from '../../src/hosts/xlsx/check-file';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';
import { REWRITTEN, changedRaw, sheetNames, sheetPart, text } from '../fixtures/package';

const PARTS_OF_SHEETS = /^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/;

/** A fund workbook with one wrong share (a FUND-* finding on the fund sheet) and, optionally, a user sheet. */
async function fundBook(userSheet?: { name: string; a1: string }): Promise<Uint8Array> {
  const sheets = [pairingSheet(), fundSheet({ years: [2021, 2022], edit: (rows) => (rows[5][5] = 999) })];
  if (userSheet) sheets.push({ name: userSheet.name, rows: [[userSheet.a1], [], ['镇', '年度', '单位']] });
  return new Uint8Array(await xlsxFromGrids(sheets));
}

/** The workbook part's text edited, the package zipped again (every entry recompressed: compare with the result). */
function editWorkbookXml(bytes: Uint8Array, edit: (xml: string) => string, part = 'xl/workbook.xml'): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}

/** A hidden workbook-level name `_bangfu_<key>` pointing at `sheet`, as the product writes its marks. */
function addMark(bytes: Uint8Array, key: OwnedSheetKey, sheet: string): Uint8Array {
  const el = `<definedName name="_bangfu_${key}" hidden="1">'${sheet}'!$A$1</definedName>`;
  return editWorkbookXml(bytes, (xml) =>
    xml.includes('<definedNames>')
      ? xml.replace('<definedNames>', `<definedNames>${el}`)
      : xml.replace('</sheets>', `</sheets><definedNames>${el}</definedNames>`),
  );
}

/** Renames a sheet as Excel does: its <sheet> element and every defined name referring to it (the mark follows). */
const renameSheet = (bytes: Uint8Array, from: string, to: string) =>
  editWorkbookXml(bytes, (xml) => xml.replace(`name="${from}"`, `name="${to}"`).split(`'${from}'!`).join(`'${to}'!`));

const tuples = (c: Awaited<ReturnType<typeof checkBytes>>) => c.result.findings.map((f) => [f.code, f.sheet, f.cell]);

async function run(bytes: Uint8Array) {
  const checked = await checkBytes(bytes, 'x.xlsx');
  const written = await resultWriter(bytes, renderOutputs(checked.report, 'zh-CN'));
  return { checked, written };
}

/** Where `_bangfu_<key>` points in a result workbook. */
const markOf = (bytes: Uint8Array, key: OwnedSheetKey) =>
  new RegExp(`name="_bangfu_${key}"[^>]*>'([^']+)'!`).exec(text(bytes, 'xl/workbook.xml'))?.[1];

let plainFindings: unknown[][];
beforeAll(async () => {
  plainFindings = tuples(await checkBytes(await fundBook(), 'x.xlsx'));
  expect(plainFindings.some(([code, sheet]) => String(code).startsWith('FUND-') && sheet === '资金筹集')).toBe(true);
});

describe('a forged mark on a user’s sheet', () => {
  it('never makes the checker skip the sheet nor the result drop it, whichever mark is on whichever sheet', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<OwnedSheetKey>('results', 'issues', 'params'),
        fc.constantFrom('资金筹集', '结对安排表', '测算结果'),
        async (key, target) => {
          // '测算结果' here is a user's own sheet of that name, with the results' header but not the title.
          const own = await fundBook({ name: '测算结果', a1: '我的测算（手工）' });
          const forged = addMark(own, key, target);
          const { checked, written } = await run(forged);
          // Every sheet is still checked: the same findings as the same workbook without the mark.
          expect(tuples(checked)).toEqual(tuples(await checkBytes(own, 'x.xlsx')));
          const snap = await readSnapshot(forged);
          if (!snap.ok) throw new Error('unreadable');
          expect(snap.snapshot.sheets.filter((s) => s.owned)).toEqual([]);
          // The result keeps every user sheet byte for byte and writes the product's beside them.
          expect(written.mode).toBe('copy');
          expect(sheetNames(written.bytes)).toEqual(['结对安排表', '资金筹集', '测算结果', '测算结果（校验）', '校验问题']);
          expect(changedRaw(forged, written.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
          expect(markOf(written.bytes, 'results')).toBe('测算结果（校验）');
          expect(markOf(written.bytes, 'issues')).toBe('校验问题');
          // The forged mark is gone or still on its sheet; never a second mark of the same name.
          expect(text(written.bytes, 'xl/workbook.xml').match(new RegExp(`_bangfu_${key}"`, 'g'))!.length).toBeLessThanOrEqual(1);
          // A re-run replaces only the product's sheets.
          const again = await run(written.bytes);
          expect(sheetNames(again.written.bytes)).toEqual(sheetNames(written.bytes));
          expect(tuples(again.checked)).toEqual(tuples(checked));
          for (const s of ['结对安排表', '资金筹集', '测算结果']) expect(sheetPart(again.written.bytes, s)).toBe(sheetPart(forged, s));
          expect(changedRaw(forged, again.written.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
        },
      ),
      { numRuns: 9 },
    );
  }, 120_000);

  it('on the fund sheet: the fund sheet is checked and kept byte for byte in the result workbook', async () => {
    const forged = addMark(await fundBook(), 'results', '资金筹集');
    const { checked, written } = await run(forged);
    expect(tuples(checked)).toEqual(plainFindings);
    expect(sheetNames(written.bytes)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
    const fundPart = sheetPart(forged, '资金筹集');
    expect(sheetPart(written.bytes, '资金筹集')).toBe(fundPart);
    expect(changedRaw(forged, written.bytes)).not.toContain(fundPart);
    expect(markOf(written.bytes, 'results')).toBe('测算结果');
  });
});

describe('old results', () => {
  it('renamed by the user to keep them (the mark followed the rename) are kept whole, unchecked; the new results go beside them', async () => {
    const input = await fundBook();
    const once = await run(input);
    const kept = renameSheet(once.written.bytes, '测算结果', '2024年测算结果');
    expect(markOf(kept, 'results')).toBe('2024年测算结果');
    const twice = await run(kept);
    // Not checked as a fund sheet (no findings on the product's own figures), and not dropped.
    expect(tuples(twice.checked)).toEqual(plainFindings);
    expect(sheetNames(twice.written.bytes)).toEqual(['结对安排表', '资金筹集', '2024年测算结果', '校验问题', '测算结果']);
    expect(sheetPart(twice.written.bytes, '2024年测算结果')).toBe(sheetPart(kept, '2024年测算结果'));
    expect(changedRaw(kept, twice.written.bytes).filter((p) => !REWRITTEN.has(p) && !PARTS_OF_SHEETS.test(p))).toEqual([]);
    expect(changedRaw(kept, twice.written.bytes)).not.toContain(sheetPart(kept, '2024年测算结果'));
    expect(markOf(twice.written.bytes, 'results')).toBe('测算结果');
    // Without its mark now, still not checked on the next run; that run changes nothing but the product's sheets.
    const thrice = await run(twice.written.bytes);
    expect(tuples(thrice.checked)).toEqual(plainFindings);
    expect(sheetNames(thrice.written.bytes)).toEqual(sheetNames(twice.written.bytes));
    expect(sheetPart(thrice.written.bytes, '2024年测算结果')).toBe(sheetPart(kept, '2024年测算结果'));
  });

  it('taken over by the user (a stale mark on a sheet whose title the user replaced) are the user’s: kept and checked', async () => {
    const once = await run(await fundBook());
    const part = sheetPart(once.written.bytes, '测算结果');
    const title = '帮扶资金分担测算结果';
    expect(text(once.written.bytes, part)).toContain(`<t>${title}</t>`);
    const taken = editWorkbookXml(once.written.bytes, (xml) => xml.replace(`<t>${title}</t>`, '<t>我的汇总</t>'), part);
    const twice = await run(taken);
    expect(sheetNames(twice.written.bytes)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题', '测算结果（校验）']);
    expect(sheetPart(twice.written.bytes, '测算结果')).toBe(part);
    expect(changedRaw(taken, twice.written.bytes)).not.toContain(part);
    const snap = await readSnapshot(taken);
    if (!snap.ok) throw new Error('unreadable');
    expect(snap.snapshot.sheets.find((s) => s.name === '测算结果')!.owned).toBeUndefined();
  });

  it('that are the product’s (mark, name and content agree) are replaced: re-runs are idempotent', async () => {
    const input = await fundBook();
    const once = await run(input);
    const twice = await run(once.written.bytes);
    const thrice = await run(twice.written.bytes);
    expect(sheetNames(twice.written.bytes)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
    expect(sheetNames(thrice.written.bytes)).toEqual(sheetNames(twice.written.bytes));
    expect(Object.keys(unzipSync(thrice.written.bytes)).sort()).toEqual(Object.keys(unzipSync(once.written.bytes)).sort());
    expect(tuples(thrice.checked)).toEqual(plainFindings);
    expect(changedRaw(input, thrice.written.bytes).filter((p) => !REWRITTEN.has(p) && !PARTS_OF_SHEETS.test(p))).toEqual([]);
    for (const s of ['结对安排表', '资金筹集']) expect(changedRaw(input, thrice.written.bytes)).not.toContain(sheetPart(input, s));
  });
});
