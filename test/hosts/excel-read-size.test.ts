/**
 * Reading big workbooks as Excel on the web allows it: the strict simulator refuses any sync whose request or
 * response is over 5 MB (JSON of every value loaded), so the host must read used ranges in bounded blocks.
 */
import { DEFAULT_PROFILE, type SheetSnapshot } from '../../src/core';
import { runCheck } from '../../src/hosts/excel';
import { createSimulator, type Simulator } from '../sim/sim';
import { emptySheet, type SimModel } from '../sim/model';
import { fundSheet, pairingSheet } from '../core/grids';

const Y = DEFAULT_PROFILE.years.first;
const FOUR_MB = 4 * 1024 * 1024;

function install(sheets: SheetSnapshot[]): Simulator {
  const model: SimModel = {
    displayLanguage: 'zh-CN',
    names: [],
    sheets: sheets.map((s) => ({ ...emptySheet(s.name), cells: s.rows.map((r) => [...r]) })),
  };
  const sim = createSimulator(model);
  (globalThis as unknown as { Excel: unknown }).Excel = sim.globals().Excel;
  return sim;
}

/** A fund sheet of `towns × years` rows and 9 columns, without 合计 rows. */
const longFund = (rows: number) => fundSheet({ years: Array.from({ length: Math.ceil(rows / 16) }, (_, i) => Y + (i % 5)), totals: false });

describe('a 50,000-row × 9-column fund sheet', () => {
  it('is checked with every response under 4 MB', async () => {
    const fund = longFund(50_000);
    expect(fund.rows.length).toBeGreaterThanOrEqual(50_000);
    const sim = install([pairingSheet(), fund]);
    const r = await runCheck({ lang: 'zh-CN' }).catch((e: { innerError?: unknown }) => {
      throw e.innerError ?? e;
    });
    expect(r.findings.length).toBeGreaterThan(40_000);
    expect(sim.largestResponse).toBeLessThan(FOUR_MB);
  }, 180_000);
});
