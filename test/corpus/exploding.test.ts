/**
 * Issue 14's exploding files in the corpus, each with the outcome a user gets (exploding.ts): checked normally
 * with only the cells that exist read, or WB-UNREADABLE — damaged, or too large in one sentence naming the
 * limit in MB or as a count. Time and memory are asserted only as generous bounds (the figures are in
 * `npm run bench`): what matters is that none of them runs away.
 */
import type { SheetSnapshot } from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { readWorkbook } from '../../src/hosts/xlsx/reader';
import { EXPLODING } from './exploding';

const cellsOf = (sheets: readonly SheetSnapshot[]) => sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + Object.keys(r).length, 0), 0);

describe.each(EXPLODING)('$name (was: $was)', (c) => {
  it(
    c.outcome.read ? `is checked, reading ${c.outcome.cells} cell(s)` : `is WB-UNREADABLE (${c.outcome.reason})`,
    async () => {
      const bytes = c.make();
      expect(bytes.length).toBeLessThan(1024 * 1024);
      const heap = process.memoryUsage().heapUsed;
      const t = performance.now();
      const checked = await checkBytes(bytes, '爆炸.xlsx');
      expect(performance.now() - t).toBeLessThan(60_000);
      expect(process.memoryUsage().heapUsed - heap).toBeLessThan(1024 * 1024 * 1024);
      const unreadable = checked.result.findings.filter((f) => f.code === 'WB-UNREADABLE');
      if (c.outcome.read) {
        expect(unreadable).toEqual([]);
        const read = readWorkbook(bytes, DEFAULT_LIMITS);
        expect(read.ok && cellsOf(read.snapshot.sheets)).toBe(c.outcome.cells);
      } else {
        expect(unreadable.map((f) => [f.sheet, f.unreadable?.reason, f.unreadable?.limit])).toEqual([
          ['', c.outcome.reason, c.outcome.reason === 'too-large' ? c.outcome.limit : undefined],
        ]);
        if (c.outcome.reason === 'too-large') expect(unreadable[0].message).toMatch(c.outcome.says);
      }
    },
    120_000,
  );
});
