/** Hand-written .xlsx packages for reader tests: the parts as text, so each test says exactly what a producer wrote. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface RawSheet {
  name: string;
  /** The worksheet part's XML. */
  xml: string | Uint8Array;
  state?: 'hidden' | 'veryHidden';
  /** The part's name in the zip (default xl/worksheets/sheetN.xml): a producer may name it anything its relationship says. */
  part?: string;
}

export interface RawBook {
  sheets: RawSheet[];
  sharedStrings?: string | Uint8Array;
  /** Extra XML inside <workbook> after <sheets> (definedNames …) and attributes for workbookPr. */
  definedNames?: string;
  date1904?: boolean;
  /** Use this prefix for the main namespace in workbook.xml (e.g. 'x'). */
  prefix?: string;
  /** Compression level (0 = stored). */
  level?: 0 | 1 | 6;
}

const enc = (x: string | Uint8Array) => (typeof x === 'string' ? strToU8(x) : x);

export function rawXlsx(book: RawBook): Uint8Array {
  const px = book.prefix ? `${book.prefix}:` : '';
  const ns = book.prefix ? `xmlns:${book.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const sheets = book.sheets
    .map((s, i) => `<${px}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${px}workbook ${ns} xmlns:r="${R}">${book.date1904 ? `<${px}workbookPr date1904="1"/>` : ''}<${px}sheets>${sheets}</${px}sheets>${book.definedNames ?? ''}</${px}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${book.sheets
        .map(
          (s, i) =>
            `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${s.part ? `/${s.part}` : `worksheets/sheet${i + 1}.xml`}"/>`,
        )
        .join(
          '',
        )}${book.sharedStrings ? `<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="/xl/sharedStrings.xml"/>` : ''}</Relationships>`,
    ),
  };
  book.sheets.forEach((s, i) => (files[s.part ?? `xl/worksheets/sheet${i + 1}.xml`] = enc(s.xml)));
  if (book.sharedStrings) files['xl/sharedStrings.xml'] = enc(book.sharedStrings);
  return zipSync(files, { level: book.level ?? 6 });
}

/** A worksheet part around some <sheetData> content (and anything after it, e.g. <mergeCells>). */
export function sheetXml(data: string, after = '', px = ''): string {
  const ns = px ? `xmlns:${px.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${px}worksheet ${ns}><${px}sheetData>${data}</${px}sheetData>${after}</${px}worksheet>`;
}

export function utf16(s: string, be = false): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2 + (be ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}
