import { roundUi, type Lang } from '../core';

/** Saving bytes or text as a file the browser downloads (no server involved). */
export function saveAs(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `<name>.校验结果.xlsx` (or .xlsm; `<name>.checked.xlsx` in English) for an input's name. */
export function resultName(input: string, lang: Lang = 'zh-CN'): string {
  const ext = /\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx';
  return `${input.replace(/\.(xlsx|xlsm)$/i, '')}.${roundUi(lang).resultSuffix}${ext}`;
}

/** `<name>.校验问题.csv` (`<name>.findings.csv` in English). */
export function csvName(input: string, lang: Lang = 'zh-CN'): string {
  return `${input.replace(/\.(xlsx|xlsm|xls|et|csv|xlsb)$/i, '')}.${roundUi(lang).csvSuffix}.csv`;
}
