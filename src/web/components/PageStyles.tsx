/**
 * The page's global rules that Fluent's atomic classes cannot express (issue 12): the print stylesheet (A4
 * landscape; only the findings and the shares; every column on the page width, table headers with the file
 * name repeated on each page) and long cell values cut with an ellipsis, shown whole on hover or keyboard focus.
 */
export const PAGE_CSS = `
.bf-printonly { display: none; }
.bf-clip {
  display: inline-block; max-width: 28ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  vertical-align: bottom;
}
.bf-clip:hover, .bf-clip:focus { white-space: normal; overflow-wrap: anywhere; overflow: visible; outline-offset: 2px; }
.bf-wrap { overflow-wrap: anywhere; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; }
  .bf-noprint { display: none !important; }
  .bf-printonly { display: block !important; }
  main { max-width: none !important; padding: 0 !important; }
  .bf-clip { max-width: none; white-space: normal; overflow-wrap: anywhere; overflow: visible; }
  .bf-print-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.5pt; }
  .bf-print-table th, .bf-print-table td { border: 0.5pt solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
  .bf-print-table thead { display: table-header-group; }
  .bf-print-table tr { break-inside: avoid; }
  .bf-print-file th { font-size: 10pt; background: #eee; }
  .bf-print-section { margin-bottom: 6mm; }
  h2, h3 { break-after: avoid; }
  .bf-shares svg { max-height: 70mm; break-inside: avoid; }
  .bf-shares table { display: table !important; width: 100%; border-collapse: collapse; font-size: 8.5pt; }
  .bf-shares thead { display: table-header-group !important; }
  .bf-shares tbody { display: table-row-group !important; }
  .bf-shares tr { display: table-row !important; height: auto !important; break-inside: avoid; }
  .bf-shares td, .bf-shares th { display: table-cell !important; height: auto !important; padding: 1pt 4pt !important; border-bottom: 0.5pt solid #ccc; }
  .bf-printonly-row { display: table-row !important; }
}
.bf-printonly-row { display: none; }
`;

export function PageStyles() {
  return <style data-testid="page-styles">{PAGE_CSS}</style>;
}
