/**
 * The check registry (DESIGN.md "check", STYLE.md "One shape for checks"): every rule group is one
 * `{ id, codes, run(context) }` in its own module, and the engine loops over `CHECKS`. Adding a rule is one file,
 * one line here and its catalog lines.
 */
import type { Code, Finding } from '../findings';
import type { Ymd } from '../dates';
import type { Profile } from '../profile';
import type { Scope } from '../recognition';
import type { RecordKind, RecordTable } from '../recognise/records';
import type { Recognised } from '../recognise/tables';
import type { SheetSnapshot } from '../types';

/** What every check reads: the recognised tables, the profile, the check date and whose submission it is. */
export interface CheckContext {
  readonly rec: Recognised;
  readonly profile: Profile;
  /** The day time-based rules (rotation, meetings) count to. */
  readonly checkDate: Ymd;
  /** A county's table, or one town office's own rows (RULES.md "Additions": town's own submission). */
  readonly scope: Scope;
  /** The sheets that were read (not the product's own, not the 规则参数 sheet). */
  readonly sheets: readonly SheetSnapshot[];
  /** The record tables of one kind (teams, villages, meetings, factors). */
  records(kind: RecordKind): RecordTable[];
  /** A value computed once per check run and shared between checks (the fund lines that allocation reuses). */
  memo<T>(key: string, compute: () => T): T;
}

/** One rule group: its id, the codes it may emit, and its run. Never throws; bad input is a finding. */
export interface Check {
  readonly id: string;
  readonly codes: readonly Code[];
  run(ctx: CheckContext): Finding[];
}

export function makeContext(init: Omit<CheckContext, 'records' | 'memo'>): CheckContext {
  const cache = new Map<string, unknown>();
  return {
    ...init,
    records: (kind) => init.rec.records.filter((r) => r.kind === kind),
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
