/**
 * The registry's list: the engine runs these in order. A new rule group is one module exporting a `Check`, and
 * one line here.
 */
import { allocationCheck } from './allocation';
import { fundCheck } from './fund';
import { fundColumnsCheck } from './fund-columns';
import { sourcesCheck } from './sources';
import { meetingsCheck } from './meetings';
import { nothingFilledCheck } from './nothing-filled';
import { pairingCheck } from './pairing';
import type { Check } from './registry';
import { teamsCheck } from './teams';
import { uncalculatedCheck } from './uncalculated';
import { villagesCheck } from './villages';
import { workbookCheck } from './workbook';

export const CHECKS: readonly Check[] = [
  workbookCheck,
  uncalculatedCheck,
  pairingCheck,
  fundCheck,
  fundColumnsCheck,
  nothingFilledCheck,
  sourcesCheck,
  teamsCheck,
  villagesCheck,
  meetingsCheck,
  allocationCheck,
];
