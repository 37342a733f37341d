/**
 * Requirement sets. The manifest declares the lowest ExcelApi the add-in needs (MIN_EXCEL_API); anything newer
 * is called only behind `supportsExcelApi(version)`, with a fallback. test/addin/requirement-sets.test.ts scans
 * the host for every Office.js API it calls and fails on one above MIN_EXCEL_API without such a guard.
 */

/** The ExcelApi version manifest.xml declares: the highest set of any unguarded call in src/hosts/excel. */
export const MIN_EXCEL_API = '1.7';

/** Whether the running Excel supports ExcelApi `version`; false where Office cannot tell (an old host). */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
