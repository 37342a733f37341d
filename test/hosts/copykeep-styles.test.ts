/**
 * Amounts as #,##0.00 in a copy-kept result workbook (issue 12). The copy appends two cell formats (and a bold font)
 * at the END of the user's styles.xml lists, so on generated style sheets — custom number formats, built-in 4
 * redefined, many cell formats, a prefixed namespace, no cellStyleXfs, count attributes or not — every index the
 * file had resolves to the same format, font and xf as before, every other original part keeps its stored bytes,
 * the product's amounts resolve to #,##0.00, and a re-run adds nothing.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { outputs, RESULT_ROWS } from '../fixtures/outputs';
import { LISTING, changedRaw, sheetPart, text } from '../fixtures/package';
import { cellXfs, fontsOf, numFmtsOf, numberStyles, otherLists, resolveStyle, stylesSpec, userWorkbook } from './styles-parts';

const STYLES = 'xl/styles.xml';
let base: Uint8Array;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('资金筹集').getCell('A1').value = 1;
  base = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
});

describe('number formats in the copy-kept result workbook', () => {
  it('appends at the end of styles.xml only: every old index means what it meant, every other part keeps its bytes', async () => {
    await fc.assert(
      fc.asyncProperty(stylesSpec, async (spec) => {
        const input = userWorkbook(base, spec);
        const once = await buildResultWorkbook(input, outputs());
        expect(once.mode).toBe('copy');
        expect(changedRaw(input, once.bytes).filter((p) => !LISTING.has(p))).toEqual([STYLES]);
        const before = text(input, STYLES);
        const after = text(once.bytes, STYLES);
        // The lists only grow at their ends; everything else in the style sheet is as it was.
        expect(cellXfs(after).slice(0, cellXfs(before).length)).toEqual(cellXfs(before));
        expect(fontsOf(after).slice(0, fontsOf(before).length)).toEqual(fontsOf(before));
        expect(numFmtsOf(after).slice(0, numFmtsOf(before).length)).toEqual(numFmtsOf(before));
        expect(otherLists(after)).toEqual(otherLists(before));
        expect(cellXfs(after).length - cellXfs(before).length).toBeLessThanOrEqual(3);
        // Every user cell's style index resolves to the same format, font and cell format.
        const user = numberStyles(text(input, 'xl/worksheets/sheet1.xml'));
        for (const [cell, s] of user) expect([cell, resolveStyle(after, s)]).toEqual([cell, resolveStyle(before, s)]);
        // The product's amounts are #,##0.00; 合计 in bold.
        const results = numberStyles(text(once.bytes, sheetPart(once.bytes, '测算结果')));
        const amounts = [...results].filter(([cell]) => /^[D-I]\d+$/.test(cell));
        expect(amounts.length).toBe(RESULT_ROWS.length * 6 + 1);
        for (const [cell, s] of amounts) expect([cell, resolveStyle(after, s)?.code]).toEqual([cell, '#,##0.00']);
        expect(resolveStyle(after, results.get(`D${4 + RESULT_ROWS.length}`)!)!.font).toMatch(/<(x:)?b\/>/);
        // 校验问题's 说明 column wraps: each of its text cells has a style that wraps and nothing else.
        const issues = text(once.bytes, sheetPart(once.bytes, '校验问题'));
        const wrapped = [...issues.matchAll(/<c r="F\d+"( s="(\d+)")? t="inlineStr">/g)].map((m) => Number(m[2] ?? -1));
        expect(wrapped.length).toBeGreaterThan(5);
        for (const s of wrapped) expect(resolveStyle(after, s)).toMatchObject({ code: 'General', font: fontsOf(after)[0] });
        for (const s of wrapped) expect(cellXfs(after)[s]).toMatch(/<(x:)?alignment wrapText="1"\/>/);
        // A re-run finds its own formats again and adds nothing.
        const twice = await buildResultWorkbook(once.bytes, outputs());
        expect(text(twice.bytes, STYLES)).toBe(after);
        // And the reader still reads the workbook, the user's values as they were.
        const snap = await readSnapshot(once.bytes);
        if (!snap.ok) throw new Error(snap.detail);
        expect(snap.snapshot.sheets[0].rows.map((r) => r[0])).toEqual(spec.xfs.map((_, i) => 1234.5678 * (i + 1)));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps amounts General, and styles.xml untouched, when the style sheet has no cell formats list to append to', async () => {
    const files = unzipSync(base);
    const styles = strFromU8(files[STYLES]).replace(/<cellXfs[\s\S]*?<\/cellXfs>/, '<cellXfs count="0"/>');
    files[STYLES] = strToU8(styles);
    const input = zipSync(files);
    const once = await buildResultWorkbook(input, outputs());
    expect(changedRaw(input, once.bytes).filter((p) => !LISTING.has(p))).toEqual([]);
    const results = numberStyles(text(once.bytes, sheetPart(once.bytes, '测算结果')));
    expect(new Set(results.values())).toEqual(new Set([0]));
  });
});
