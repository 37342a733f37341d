import { unzipSync, strFromU8 } from 'fflate';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';

describe('writeNewWorkbook', () => {
  it('writes user text as text — never a formula — and drops characters XML cannot hold', async () => {
    const bytes = await writeNewWorkbook([
      {
        name: '校验问题',
        key: 'issues',
        widths: [20],
        rows: [
          [{ v: '=HYPERLINK("http://evil.example","x")' }],
          [{ v: 'a\u0001b\uFFFEc' }],
          [{ v: 'D7', link: { sheet: "资金'筹集", cell: 'D7' } }],
        ],
      },
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toContain('<f>');
    const snap = await readSnapshot(bytes);
    if (!snap.ok) throw new Error(`unreadable: ${snap.detail}`);
    const s = snap.snapshot.sheets[0];
    // Marked as the product's; but this grid has not the product's title and header, so it is not taken for its output.
    expect(strFromU8(files['xl/workbook.xml'])).toMatch(
      /<definedName name="_bangfu_issues"[^>]*>(&apos;)?校验问题(&apos;)?!\$A\$1<\/definedName>/,
    );
    expect(s.owned).toBeUndefined();
    expect(s.rows[0][0]).toBe('=HYPERLINK("http://evil.example","x")');
    expect(s.rows[1][0]).toBe('abc');
    expect(s.rows[2][0]).toBe('D7');
  });
});
