/** `Excel.run` for the host: the one place batches start, and every failure becomes a HostError. */
import { HostError, toHostError } from './errors';
import { supportsExcelApi } from './requirements';

export function excel(): typeof Excel {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') throw new HostError('notInExcel');
  return Excel;
}

/**
 * `Excel.run`, waiting for the user to leave cell editing where Excel can (ExcelApi 1.11) instead of failing;
 * every failure becomes a HostError with a sentence and a fix.
 */
export async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    const xl = excel();
    if (supportsExcelApi('1.11')) return await xl.run({ delayForCellEdit: true }, batch);
    return await xl.run(batch);
  } catch (err) {
    throw toHostError(err);
  }
}
