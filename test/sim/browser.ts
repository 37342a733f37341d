/**
 * The simulator in a browser page, served in place of office.js for the task pane's end-to-end test: it reads
 * the workbook model the test put in `window.__bangfuSimModel`, installs `Office` and `Excel`, and exposes
 * `window.__bangfuSim` so the test can see the workbook, the selection and the syncs.
 */
import type { SimModel } from './model';
import { createSimulator } from './sim';

const w = window as unknown as { __bangfuSimModel: SimModel; __bangfuSim: unknown; Office: unknown; Excel: unknown };
const sim = createSimulator(w.__bangfuSimModel);
const g = sim.globals();
w.Office = g.Office;
w.Excel = g.Excel;
w.__bangfuSim = {
  sheetNames: () => sim.model.sheets.map((s) => s.name),
  selection: () => sim.selection,
  syncCount: () => sim.syncs,
  largestRequest: () => sim.largestRequest,
  largestResponse: () => sim.largestResponse,
  sheet: (name: string) => sim.sheet(name),
  // The user's own actions in Excel (they raise the worksheet events the pane listens to).
  userEdit: (sheet: string, row: number, col: number, value: string | number | null) => sim.userEdit(sheet, row, col, value),
  userAddSheet: (name: string) => sim.userAddSheet(name),
  userDeleteSheet: (name: string) => sim.userDeleteSheet(name),
};
