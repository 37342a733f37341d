/**
 * WB-NOTHING-FILLED (RULES.md "Additions", info): the fund sheets have their town rows but not one amount — the
 * blank template checked as it comes, or a form not yet filled in. Said plainly, naming the sheets, so that an
 * empty workbook is never read as "0 errors".
 */
import { makeFinding, type Finding } from '../findings';
import type { AmountCell } from '../recognise/amount';
import type { FundTable } from '../recognise/tables';
import type { Check } from './registry';

const filled = (a: AmountCell | undefined) => a !== undefined && a.read.kind !== 'empty';

/** True when the table has data rows and no amount cell of any row or total row holds anything. */
function empty(table: FundTable): boolean {
  const rows = table.entries.filter((e) => e.kind === 'row');
  if (rows.length === 0) return false;
  return table.entries.every((e) => !Object.values(e.amounts).some(filled) && !e.others.some(filled));
}

/** One finding when every fund table is empty (a workbook with some amounts is checked as usual). */
export function checkNothingFilled(tables: readonly FundTable[]): Finding[] {
  if (tables.length === 0 || !tables.every(empty)) return [];
  return [makeFinding('WB-NOTHING-FILLED', null, { sheets: tables.map((t) => t.sheet) })];
}

export const nothingFilledCheck: Check = {
  id: 'nothing-filled',
  codes: ['WB-NOTHING-FILLED'],
  run: (ctx) => checkNothingFilled(ctx.rec.funds),
};
