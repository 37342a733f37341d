/**
 * Properties across the pipeline (issue 7): checking the result workbook again gives the same findings as the
 * input, and no text from a user's cell ever reaches the result workbook as a formula — whatever is typed.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { renderOutputs, type CellValue } from '../../src/core';
import { checkBytes, resultWriter } from '../../src/hosts/xlsx/check-file';
import { fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const typed: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom('=1+1', '+SUM(A1)', '-2+3', '@cmd', '=HYPERLINK("http://evil.example","x")', '紫城', '待定', '1,200', '', '合计'),
  fc.integer({ min: -100, max: 5000 }),
  fc.string({ maxLength: 8 }),
);

it('re-checking the result workbook gives the same findings, and user text never becomes a formula', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.integer({ min: 5, max: 21 }), fc.integer({ min: 1, max: 8 }), typed), { maxLength: 6 }),
      async (edits) => {
        const bytes = await xlsxFromGrids([
          pairingSheet(),
          fundSheet({ years: [2021], edit: (rows) => edits.forEach(([r, c, v]) => (rows[r][c] = v)) }),
        ]);
        const input = new Uint8Array(bytes);
        const first = await checkBytes(input, 'x.xlsx');
        const written = await resultWriter(input, renderOutputs(first.report, 'zh-CN'));
        const again = await checkBytes(written.bytes, 'x.xlsx');
        const key = (c: typeof first) => c.result.findings.map((f) => `${f.code}|${f.sheet}|${f.cell}|${f.expected}|${f.actual}`);
        expect(key(again)).toEqual(key(first));
        const files = unzipSync(written.bytes);
        const original = unzipSync(input);
        for (const [name, data] of Object.entries(files)) {
          if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name) || original[name]) continue;
          expect(strFromU8(data)).not.toContain('<f>');
        }
      },
    ),
    { numRuns: 15 },
  );
}, 180_000);
