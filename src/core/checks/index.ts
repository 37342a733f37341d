export { checkWorkbookTables } from './workbook';
export { checkPairing, readTownType, unitLevel, splitUnits } from './pairing';
export { checkFund, type FundLine, type FundCheck } from './fund';
export { checkTotalRows, coverTotals } from './fund-totals';
export { resolveTown, type TownMatch } from './towns';
export { checkTeams } from './teams';
export { checkVillages } from './villages';
export { checkAllocation, type Allocation, type AllocationLine, type AllocationCheck } from './allocation';
export { checkMeetings } from './meetings';
