export { checkWorkbookTables, workbookCheck } from './workbook';
export { checkPairing, readTownType, unitLevel, splitUnits, pairingCheck } from './pairing';
export { checkFund, fundCheck, fundResults, type FundLine, type FundCheck, type FundResult } from './fund';
export { checkTotalRows, coverTotals } from './fund-totals';
export { resolveTown, resolveFundTown, type TownMatch } from './towns';
export { checkTeams, teamsCheck } from './teams';
export { checkVillages, villagesCheck } from './villages';
export {
  checkAllocation,
  allocationCheck,
  allocationResult,
  type Allocation,
  type AllocationLine,
  type AllocationCheck,
} from './allocation';
export { checkMeetings, meetingsCheck } from './meetings';
export { uncalculatedCheck, UNCALCULATED_ERROR } from './uncalculated';
export { makeContext, type Check, type CheckContext } from './registry';
export { scopeOf } from './scope';
export { CHECKS } from './all';
export { checkNothingFilled, nothingFilledCheck } from './nothing-filled';
