/**
 * The ExcelJS-based writers (template, summary, a new result workbook when the copy cannot be kept), loaded on
 * first use (issue 14): checking a file never loads ExcelJS — `require('exceljs')` alone cost the CLI ~450 ms —
 * and webpack puts ExcelJS in a chunk of its own that the page's worker fetches only when one of them is needed.
 */
export const loadWriters = () => import('./write-new');
