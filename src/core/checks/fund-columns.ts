/**
 * Never a silent pass (issue 10, RULES.md "Additions") — 四（十一）: a column that looks like money but maps to no
 * source, total or known other stream is FUND-COLUMN-UNMAPPED on its header cell; a fund sheet that lacks a source
 * or total column says which checks could not run (FUND-CHECK-SKIPPED), so that "0 errors" means checked and right.
 */
import { toA1Range } from '../a1';
import { makeFinding, type AmountKey, type Finding, type FindingParams } from '../findings';
import type { FundTable } from '../recognise/tables';
import type { Check } from './registry';

type Skipped = FindingParams['FUND-CHECK-SKIPPED'];

/** The source and total columns a table lacks, and the checks that therefore cannot run. */
export function skippedChecks(table: FundTable): Skipped | null {
  const has = (k: AmountKey) => !!table.columns[k];
  const split = has('heyuanCity') && has('county');
  const heyuan = has('heyuan') || split;
  const parts = has('province') && has('shenzhen') && heyuan;
  const missing: AmountKey[] = [];
  if (!has('total')) missing.push('total');
  if (!has('province')) missing.push('province');
  if (!has('shenzhen')) missing.push('shenzhen');
  if (!heyuan) missing.push('heyuan');
  if (!split) missing.push(...(['heyuanCity', 'county'] as const).filter((k) => !has(k)));
  if (missing.length === 0) return null;
  const checks: Skipped['checks'] = [];
  if (!has('total') || !parts) checks.push('sum');
  if (!has('province') && !has('shenzhen') && !heyuan) checks.push('share');
  else if (!has('total') && !parts) checks.push('share');
  if (!split) checks.push('local-split');
  if (!has('total') && !parts) checks.push('pool', 'total-row');
  return { missing, checks };
}

export const fundColumnsCheck: Check = {
  id: 'fund-columns',
  codes: ['FUND-COLUMN-UNMAPPED', 'FUND-CHECK-SKIPPED'],
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.rec.funds) {
      for (const u of table.unmapped ?? []) out.push(makeFinding('FUND-COLUMN-UNMAPPED', u.ref, { column: u.label }, { actual: u.label }));
      const skipped = skippedChecks(table);
      if (!skipped) continue;
      const left = Math.min(table.town.col, ...Object.values(table.columns).map((c) => c?.col ?? Infinity));
      const right = Math.max(table.town.col, ...Object.values(table.columns).map((c) => c?.col ?? 0));
      const cell = toA1Range(table.headerTop, left, table.headerBottom, right);
      out.push(makeFinding('FUND-CHECK-SKIPPED', { sheet: table.sheet, cell, row: table.headerTop, col: left }, skipped));
    }
    return out;
  },
};
