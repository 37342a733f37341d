/**
 * Workbook-wide findings: no pairing table (WB-NO-PAIRING, 二（二）/附件), no fund sheet (WB-NO-FUND, 四（十一）),
 * and sheets that look like one of them but lack a required column (PAIR-HEADER, FUND-HEADER).
 */
import { makeFinding, type Finding } from '../findings';
import type { Recognised } from '../recognise/tables';

export function checkWorkbookTables(rec: Recognised): Finding[] {
  const out: Finding[] = [];
  for (const p of rec.problems) {
    const where = p.ref ?? { sheet: p.sheet };
    if (p.kind === 'pairing') out.push(makeFinding('PAIR-HEADER', where, { missing: p.missing }));
    else out.push(makeFinding('FUND-HEADER', where, { missing: p.missing as ('town' | 'amount' | 'year')[] }));
  }
  if (rec.pairing.length === 0 && !rec.problems.some((p) => p.kind === 'pairing')) out.push(makeFinding('WB-NO-PAIRING', null, {}));
  if (rec.funds.length === 0 && !rec.problems.some((p) => p.kind === 'fund')) out.push(makeFinding('WB-NO-FUND', null, {}));
  return out;
}
