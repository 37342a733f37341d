/**
 * Workbook-wide findings: no pairing table (WB-NO-PAIRING, 二（二）/附件), no fund sheet (WB-NO-FUND, 四（十一）),
 * and sheets that look like one of them but lack a required column (PAIR-HEADER, FUND-HEADER).
 * A workbook that holds only the plan's other records (工作队名册, 村集体经济, 会议记录, 因素表) and neither a
 * pairing table nor a fund sheet is a records workbook, as towns and units submit them: it is not told that
 * tables it never meant to hold are missing.
 */
import { makeFinding, type Finding } from '../findings';
import type { Recognised } from '../recognise/tables';
import type { Scope } from '../recognition';
import type { Check } from './registry';

export function checkWorkbookTables(rec: Recognised, scope: Scope = { kind: 'county' }): Finding[] {
  const out: Finding[] = [];
  for (const p of rec.problems) {
    const where = p.ref ?? { sheet: p.sheet };
    if (p.kind === 'pairing') out.push(makeFinding('PAIR-HEADER', where, { missing: p.missing }));
    else out.push(makeFinding('FUND-HEADER', where, { missing: p.missing as ('town' | 'amount' | 'year')[] }));
  }
  const recordsOnly =
    rec.records.length > 0 && rec.pairing.length === 0 && rec.funds.length === 0 && rec.sources.length === 0 && rec.problems.length === 0;
  if (recordsOnly) return out;
  // RULES.md "Additions": a town's own submission needs no pairing table; with fund sheets found, a missing one is a warning.
  const hasFunds = rec.funds.length > 0 || rec.sources.length > 0;
  if (rec.pairing.length === 0 && !rec.problems.some((p) => p.kind === 'pairing') && scope.kind !== 'town')
    out.push(makeFinding('WB-NO-PAIRING', null, {}, hasFunds ? { severity: 'warning' } : {}));
  if (!hasFunds && !rec.problems.some((p) => p.kind === 'fund')) out.push(makeFinding('WB-NO-FUND', null, {}));
  return out;
}

/** The registry entry: which tables the workbook has. */
export const workbookCheck: Check = {
  id: 'workbook',
  codes: ['WB-NO-PAIRING', 'WB-NO-FUND', 'PAIR-HEADER', 'FUND-HEADER'],
  run: (ctx) => checkWorkbookTables(ctx.rec, ctx.scope),
};
