/**
 * The copy-keeping result workbook (DESIGN.md: "a copy of the input with the product's sheets added at the
 * zip level, every original part byte-identical except the few that list sheets"). Only the workbook part,
 * its .rels, [Content_Types].xml and docProps/app.xml are rewritten, and styles.xml is appended to: the product's
 * amounts need a #,##0.00 cell style (issue 12), so two <xf> (and a bold <font>) go at the END of their lists —
 * every index already in the file keeps its meaning and every user cell renders as before (stylesxml.ts; the
 * tests compare every old entry). Every other original entry keeps its compressed bytes. The product's sheets
 * are found again by their hidden defined names (render/owned.ts) when their name and content agree with the
 * mark (ownership.ts), and replaced where they stand on a re-run. Where the zip cannot be edited safely, a
 * new workbook with only the product's sheets is made instead, and the reason is returned.
 * Pure of fs and DOM: the CLI and the page's Web Worker share it.
 */
import { OWNED_NAMES, chooseSheetName, ownedKeyOfName, type OutputSheet, type OwnedSheetKey } from '../../core';
import { updateAppXml } from './appxml';
import { chartOf, chartParts } from './chartxml';
import { productMarks } from './ownership';
import { ContentTypes, Parts, REL_NS, Unsafe, addRel, parseRels, reachable, relsPathOf, removeRel, resolveTarget } from './opc';
import { sheetXmlPieces } from './sheetxml';
import { writeNewWorkbook } from './write-new';
import { appendMoneyStyles, type MoneyStyles } from './stylesxml';
import { escapeXml } from './xml';
import { nameElement, parseWorkbookXml, rewriteWorkbookXml, sheetElement } from './wbxml';
import { DEFAULT_LIMITS } from './guards';
import { inflateEntry, isVerified } from './part-stream';
import { LimitError } from './xmlscan';
import { listZip, newEntry, joinChunks, zipChunks, entryData, packagePath, unsafeEntryName, type ZipEntry } from './zip';

export interface ResultWorkbook {
  bytes: Uint8Array;
  /** The same bytes as the pieces to write one after the other (the CLI writes these, never joined). */
  chunks?: readonly Uint8Array[];
  /** 'copy': the input with the product's sheets; 'new': a new workbook with only the product's sheets. */
  mode: 'copy' | 'new';
  /** Why the copy could not be kept (mode 'new'), in English, for the report and the page's details. */
  reason?: string;
  /** The sheet names the product's sheets were written under (another name when a user sheet had it). */
  names: Partial<Record<OwnedSheetKey, string>>;
}

export interface BuildOptions {
  /** Makes a new workbook from the outputs when the copy cannot be kept. Default: writeNewWorkbook (write-new.ts). */
  fallback?: (outputs: OutputSheet[]) => Promise<Uint8Array>;
}

const T_OFFICE_DOC = `${REL_NS}/officeDocument`;
const T_SHEET = `${REL_NS}/worksheet`;
const T_CALC_CHAIN = `${REL_NS}/calcChain`;
const T_STYLES = `${REL_NS}/styles`;
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
/** Workbook content types whose part is SpreadsheetML XML: .xlsx, .xlsm, .xltx, .xltm. */
const WORKBOOK_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];

const enc = new TextEncoder();

/**
 * The result workbook for `input` with the product's `outputs` sheets. Never throws for a bad input: where
 * the copy cannot be kept it returns `mode: 'new'` with the reason.
 */
export async function buildResultWorkbook(input: Uint8Array, outputs: OutputSheet[], options: BuildOptions = {}): Promise<ResultWorkbook> {
  try {
    return copyKeeping(input, outputs);
  } catch (err) {
    const reason = err instanceof Unsafe ? err.message : `unexpected: ${(err as Error).message}`;
    const names: Partial<Record<OwnedSheetKey, string>> = {};
    for (const o of outputs) names[o.key] = o.name;
    const bytes = await (options.fallback ?? writeNewWorkbook)(outputs);
    return { bytes, mode: 'new', reason, names };
  }
}

function readEntries(input: Uint8Array): ZipEntry[] {
  if (input.length >= 8 && input[0] === 0xd0 && input[1] === 0xcf && input[2] === 0x11 && input[3] === 0xe0) {
    throw new Unsafe('the file is an OLE compound file (a password-protected workbook or an old .xls), not a zip');
  }
  const listed = listZip(input);
  if (typeof listed === 'string') throw new Unsafe(listed);
  // Every entry is checked (inflated within the read budget, unless the reader just did): a damaged entry (its
  // CRC-32 or size not the zip directory's) is never copied as if whole, nor an unsafe name (`../x`, `/x`, `C:x`);
  // a name with backslashes is copied under the path it means, with forward slashes (packagePath).
  const budget = { inflated: 0, maxInflated: DEFAULT_LIMITS.maxUncompressedBytes };
  return listed.map((e) => {
    if (e.flags & 1) throw new Unsafe(`the zip entry ${e.name} is encrypted`);
    const unsafe = unsafeEntryName(e.name);
    if (unsafe) throw new Unsafe(`the zip holds an entry with an unsafe name, ${JSON.stringify(e.name)} (${unsafe})`);
    const data = entryData(input, e);
    if (!data) throw new Unsafe(`the zip entry ${e.name} is damaged`);
    try {
      if (!isVerified(input, e)) inflateEntry(input, e, budget, () => {});
    } catch (err) {
      throw new Unsafe(
        err instanceof LimitError ? 'the workbook is too large to copy' : `the zip entry is damaged: ${(err as Error).message}`,
      );
    }
    return { ...e, name: packagePath(e.name), data };
  });
}

/** Throws Unsafe where the copy cannot be kept. Exported for tests through buildResultWorkbook only. */
function copyKeeping(input: Uint8Array, outputs: OutputSheet[]): ResultWorkbook {
  const listed = readEntries(input);
  const parts = new Parts(listed);
  const types = new ContentTypes(parts.text('[Content_Types].xml'));

  const docRel = parseRels(parts.text('_rels/.rels')).find((r) => r.type === T_OFFICE_DOC && !r.external);
  if (!docRel)
    throw new Unsafe(
      parts.text('_rels/.rels').includes('purl.oclc.org') ? 'the workbook is in Strict Open XML' : 'the package has no workbook part',
    );
  const wbPath = resolveTarget('', docRel.target);
  const wbEntry = parts.get(wbPath);
  if (!wbEntry) throw new Unsafe(`the workbook part ${wbPath} is missing`);
  const wbType = types.typeOf(wbEntry.name);
  if (!wbType || !WORKBOOK_TYPES.includes(wbType))
    throw new Unsafe(`the workbook part is ${wbType ?? 'of no known type'} (.xlsb or another format)`);
  const wbDir = wbEntry.name.includes('/') ? wbEntry.name.slice(0, wbEntry.name.lastIndexOf('/') + 1) : '';
  const wbRelsPath = relsPathOf(wbEntry.name);
  const wbRelsEntry = parts.get(wbRelsPath);
  if (!wbRelsEntry) throw new Unsafe('the workbook has no relationships part');

  const wb = parseWorkbookXml(parts.text(wbEntry.name));
  if (wb.structureLocked) throw new Unsafe('the workbook structure is protected (no sheets may be added)');
  let wbRels = parts.text(wbRelsEntry.name);
  const relList = parseRels(wbRels);
  if (relList.some((r) => r.type.endsWith('/revisionHeaders'))) throw new Unsafe('the workbook is shared with a revision log');
  const relById = new Map(relList.map((r) => [r.id, r]));
  for (const s of wb.sheets) if (!relById.has(s.relId)) throw new Unsafe(`the sheet ${s.name} has no relationship`);

  // Which sheets are replaced: the product's own for each output written — marked by its defined names AND
  // with the product's name and content (ownership.ts); a forged or stale mark on a user's sheet replaces nothing.
  const writing = new Set(outputs.map((o) => o.key));
  const replacedIdx = new Map<OwnedSheetKey, number>();
  for (const [key, name] of productMarks(input, wb.owned)) {
    const i = wb.sheets.findIndex((s) => s.name === name);
    if (writing.has(key) && i >= 0 && ![...replacedIdx.values()].includes(i)) replacedIdx.set(key, i);
  }
  const replaced = new Set(replacedIdx.values());

  // Parts that only the replaced sheets reach (their drawings, charts, comments …) go with them.
  const replacedRelIds = new Set([...replaced].map((i) => wb.sheets[i].relId));
  const kept = reachable(parts, [''], (src, r) => src.toLowerCase() === wbEntry.name.toLowerCase() && replacedRelIds.has(r.id));
  const gone = [
    ...reachable(
      parts,
      [...replaced].map((i) => resolveTarget(wbEntry.name, relById.get(wb.sheets[i].relId)!.target)),
    ),
  ].filter((p) => !kept.has(p));
  const removed = new Set<string>();
  for (const p of gone) {
    for (const name of [p, relsPathOf(p)]) if (parts.has(name)) removed.add(parts.get(name)!.name);
  }
  for (const id of replacedRelIds) wbRels = removeRel(wbRels, relById.get(id)!);
  // A calculation chain naming a replaced sheet would make Excel repair the file: Excel rebuilds it when absent.
  const chainRel = relList.find((r) => r.type === T_CALC_CHAIN);
  if (chainRel && replaced.size) {
    const chain = parts.get(resolveTarget(wbEntry.name, chainRel.target));
    const ids = [...replaced].map((i) => wb.sheets[i].sheetId);
    if (chain && ids.some((id) => new RegExp(`\\si="${id}"`).test(parts.text(chain.name)))) {
      removed.add(chain.name);
      wbRels = removeRel(wbRels, chainRel);
    }
  }
  for (const p of removed) types.remove(p);

  // New parts for each output (and the chart of 测算结果), at free names and relationship ids.
  // The number styles for amounts, appended to the workbook's styles part (none: amounts stay General).
  let styles: MoneyStyles | undefined;
  let stylesText: [string, string] | undefined;
  const stylesRel = relList.find((r) => r.type === T_STYLES && !r.external);
  const stylesEntry = stylesRel && parts.get(resolveTarget(wbEntry.name, stylesRel.target));
  if (stylesEntry) {
    const appended = appendMoneyStyles(parts.text(stylesEntry.name));
    if (appended) {
      styles = appended.styles;
      if (appended.xml !== parts.text(stylesEntry.name)) stylesText = [stylesEntry.name, appended.xml];
    }
  }

  const used = new Set(
    parts
      .names()
      .filter((n) => !removed.has(n))
      .map((n) => n.toLowerCase()),
  );
  const free = (stem: string): number => {
    for (let n = 1; ; n++) {
      const name = `${wbDir}${stem}${n}.xml`.toLowerCase();
      if (!used.has(name) && !used.has(relsPathOf(name))) return (used.add(name), n);
    }
  };
  const relIds = new Set(parseRels(wbRels).map((r) => r.id));
  const freeRelId = (): string => {
    let k = 1;
    while (relIds.has(`rIdBangfu${k}`)) k++;
    relIds.add(`rIdBangfu${k}`);
    return `rIdBangfu${k}`;
  };
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  const taken = wb.sheets.filter((_, i) => !replaced.has(i)).map((s) => s.name);
  const sheetEls = wb.sheets.map((s) => s.xml);
  const newNames = wb.sheets.map((s) => s.name);
  const added: ZipEntry[] = [];
  const names: Partial<Record<OwnedSheetKey, string>> = {};
  const add = (name: string, content: string | Iterable<string>) =>
    added.push(newEntry(name, typeof content === 'string' ? enc.encode(content) : content, wbEntry));
  for (const out of outputs) {
    const name = chooseSheetName(out.name, taken);
    taken.push(name);
    names[out.key] = name;
    const n = free('worksheets/sheet');
    const sheetPart = `${wbDir}worksheets/sheet${n}.xml`;
    const relId = freeRelId();
    const index = replacedIdx.get(out.key) ?? -1;
    let drawingRelId: string | undefined;
    const chart = chartOf(out);
    if (chart) {
      drawingRelId = 'rId1';
      const drawing = `${wbDir}drawings/drawing${free('drawings/drawing')}.xml`;
      for (const p of chartParts(out, chart, name, sheetPart, drawing, `${wbDir}charts/chart${free('charts/chart')}.xml`)) {
        add(p.name, p.text);
        if (p.type) types.add(p.name, p.type);
      }
    }
    // A hidden sheet (忽略记录) is never the selected one.
    const selected = index >= 0 && !out.hidden ? wb.activeTab === index : false;
    add(sheetPart, sheetXmlPieces(out, { ...(drawingRelId ? { drawingRelId } : {}), selected, ...(styles ? { styles } : {}) }));
    types.add(sheetPart, CT_SHEET);
    wbRels = addRel(wbRels, relId, T_SHEET, `worksheets/sheet${n}.xml`);
    const el = sheetElement(wb.px, name, nextSheetId++, relId, out.hidden === true);
    if (index >= 0) {
      sheetEls[index] = el;
      newNames[index] = name;
    } else {
      sheetEls.push(el);
      newNames.push(name);
    }
  }
  types.ensureDefault('rels', CT_RELS);

  // Defined names: the product's marks are written anew; names local to a replaced sheet go with it.
  const keptNames = wb.names
    .filter((n) => {
      const key = ownedKeyOfName(n.name);
      if (key) return !writing.has(key) && wb.owned.get(key) !== undefined;
      return n.localSheetId === undefined || !replaced.has(n.localSheetId);
    })
    .map((n) => n.xml);
  const marks = outputs.map((o) => nameElement(wb.px, OWNED_NAMES[o.key], `'${names[o.key]!.replace(/'/g, "''")}'!$A$1`, true));
  // The header rows repeat at the top of every printed page (issue 12): Excel's print titles, local to the sheet.
  const titles = outputs.flatMap((o) => {
    const at = newNames.indexOf(names[o.key]!);
    return o.freezeRows && at >= 0
      ? [
          `<${wb.px}definedName name="_xlnm.Print_Titles" localSheetId="${at}">${escapeXml(`'${names[o.key]!.replace(/'/g, "''")}'!$1:$${o.freezeRows}`)}</${wb.px}definedName>`,
        ]
      : [];
  });
  const wbText = rewriteWorkbookXml(wb, { sheets: sheetEls, names: [...keptNames, ...marks, ...titles] });

  const replacedText = new Map<string, string>([
    [wbEntry.name, wbText],
    [wbRelsEntry.name, wbRels],
    [parts.get('[Content_Types].xml')!.name, types.xml],
  ]);
  if (stylesText) replacedText.set(...stylesText);
  const app = parts.get('docProps/app.xml');
  if (app) {
    const updated = updateAppXml(
      parts.text(app.name),
      wb.sheets.map((s) => s.name),
      newNames,
    );
    if (updated !== undefined) replacedText.set(app.name, updated);
  }
  const out: ZipEntry[] = [];
  for (const e of listed) {
    if (removed.has(e.name)) continue;
    const content = replacedText.get(e.name);
    out.push(content !== undefined ? newEntry(e.name, enc.encode(content), e) : e);
  }
  out.push(...added);
  const chunks = zipChunks(out);
  let bytes: Uint8Array | undefined;
  return {
    // Joined only when asked for (the page's worker posts one buffer; the CLI writes the chunks).
    get bytes() {
      return (bytes ??= joinChunks(chunks));
    },
    chunks,
    mode: 'copy',
    names,
  };
}
