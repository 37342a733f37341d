/**
 * 忽略 / 恢复 in the pane (src/taskpane/ignoring.ts): an entry stands for every finding of its cause on its sheet,
 * unreadable parts are never set aside, and 恢复 takes exactly the entry's ignores out.
 */
import fc from 'fast-check';
import { applyIgnores, checkWorkbook, ignoreKey, type Finding } from '../../src/core';
import { entryFindings, withIgnored, withRestored } from '../../src/taskpane/ignoring';
import { fundRow, fundSheet, pairingSheet } from '../core/grids';

const TOWNS = ['龙窝镇', '九和镇', '紫城镇', '蓝塘镇', '苏区镇', '中坝镇', '黄塘镇', '柏埔镇'];
const tuple = (f: Finding) => [f.code, f.sheet, f.cell];

function report(swapped: string[], year: number) {
  const fund = fundSheet({
    edit: (rows) => {
      for (const town of swapped) {
        const row = rows[fundRow(town, year) - 1];
        [row[7], row[8]] = [row[8], row[7]];
      }
    },
  });
  return checkWorkbook({ sheets: [pairingSheet(), fund] });
}

describe('忽略 on an entry', () => {
  it('sets aside every cell of the entry’s group on its sheet, whichever cell the entry shows, and 恢复 takes them all back', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...TOWNS), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(2021, 2022, 2023, 2024, 2025),
        fc.nat(),
        (towns, year, pick) => {
          const r = report(towns, year);
          const split = r.findings.filter((f) => f.code === 'FUND-LOCAL-SPLIT');
          expect(split).toHaveLength(towns.length);
          const shown = split[pick % split.length];
          expect(entryFindings(r.findings, [{ finding: shown }]).map(tuple)).toEqual(split.map(tuple));
          const { ignores, count } = withIgnored(r.findings, [{ finding: shown }], '已核实');
          expect(count).toBe(towns.length);
          const marked = applyIgnores(r.findings, ignores);
          expect(marked.filter((f) => f.ignored).map(tuple)).toEqual(split.map(tuple));
          // Ignoring it again adds nothing; 恢复 on the ignored entry empties the list.
          expect(withIgnored(marked, [{ finding: marked.find((f) => f.ignored)! }], '再次').count).toBe(0);
          const back = withRestored(
            marked,
            marked.filter((f) => f.ignored).map((finding) => ({ finding })),
          );
          expect(back).toEqual({ ignores: [], count: towns.length });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('never sets aside a part the check could not read, and keeps earlier ignores when adding one', () => {
    const r = report(['龙窝镇'], 2022);
    const unread = { ...r.findings[0], code: 'FUND-UNCALCULATED', params: { range: 'D9', count: 1 }, group: 'gx', cell: 'D9' } as Finding;
    const findings = [...r.findings, unread];
    expect(withIgnored(findings, [{ finding: unread }], '不想看').count).toBe(0);
    const first = applyIgnores(findings, withIgnored(findings, [{ finding: r.findings[0] }], '一').ignores);
    const other = findings.find((f) => f.group !== r.findings[0].group && f.code !== 'FUND-UNCALCULATED')!;
    expect(other).toBeDefined();
    const both = withIgnored(first, [{ finding: other }], '二').ignores.map(ignoreKey);
    expect(both).toEqual([ignoreKey(r.findings[0]), ignoreKey(other)]);
  });
});
