/** The Excel host against the strict simulator: syncs and the largest request, for a small and a huge sheet. */
import { runCheck } from '../src/hosts/excel';
import { createSimulator } from '../test/sim/sim';
import { emptySheet } from '../test/sim/model';
import { fundSheet, pairingSheet } from '../test/core/grids';
import { DEFAULT_PROFILE } from '../src/core';

export async function benchExcel(): Promise<{ rows: number; syncs: number; largestRequest: number }[]> {
  const out = [];
  for (const rows of [100, 100_000]) {
    const P = DEFAULT_PROFILE;
    const years = Array.from({ length: Math.ceil(rows / P.towns.length) }, (_, i) => P.years.first + (i % 5));
    const sheets = [pairingSheet(), fundSheet({ years, totals: false })];
    const sim = createSimulator({
      displayLanguage: 'zh-CN',
      names: [],
      sheets: sheets.map((s) => ({ ...emptySheet(s.name), cells: s.rows.map((r) => [...r]) })),
    });
    (globalThis as unknown as { Excel: unknown }).Excel = sim.globals().Excel;
    await runCheck({ lang: 'zh-CN' });
    out.push({ rows, syncs: sim.syncs, largestRequest: sim.largestRequest });
  }
  return out;
}
