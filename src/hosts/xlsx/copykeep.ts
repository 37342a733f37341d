/**
 * The copy-keeping result workbook (DESIGN.md: "a copy of the input with the product's sheets added at the
 * zip level, every original part byte-identical except the few that list sheets"). Only xl/workbook.xml, its
 * .rels and [Content_Types].xml are rewritten; every other original part keeps its compressed bytes. The
 * product's sheets are found again by their hidden defined names (render/owned.ts) and replaced on a re-run.
 * Where the zip cannot be edited safely, a new workbook with only the product's sheets is made instead.
 * Pure of fs and DOM: the CLI and the page's Web Worker share it.
 */
import { OWNED_NAMES, chooseSheetName, ownedKeyOfName, type OutputSheet, type OwnedSheetKey } from '../../core';
import { chartXml, drawingXml } from './chartxml';
import { sheetXml } from './sheetxml';
import { attr, escapeXml } from './xml';
import { entryContent, entryData, listZip, newEntry, writeZip, type ZipEntry } from './zip';

export interface ResultWorkbook {
  bytes: Uint8Array;
  mode: 'copy' | 'new';
  /** Why the copy could not be kept (mode 'new'). */
  reason?: string;
  /** The sheet names the product's sheets were written under (another name when a user sheet had it). */
  names: Partial<Record<OwnedSheetKey, string>>;
}

export interface BuildOptions {
  /** Makes a new workbook from the outputs when the copy cannot be kept (writeNewWorkbook). */
  fallback: (outputs: OutputSheet[]) => Promise<Uint8Array>;
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const T_SHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const T_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const T_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

class Unsafe extends Error {}

const dec = new TextDecoder();
const enc = new TextEncoder();

interface Rel {
  id: string;
  type: string;
  target: string;
  xml: string;
}

function parseRels(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b[^>]*\/?>/g)].map((m) => ({ id: attr(m[0], 'Id') ?? '', type: attr(m[0], 'Type') ?? '', target: attr(m[0], 'Target') ?? '', xml: m[0] }));
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

const relsOf = (part: string) => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
};

export async function buildResultWorkbook(input: Uint8Array, outputs: OutputSheet[], options: BuildOptions): Promise<ResultWorkbook> {
  try {
    return copyKeeping(input, outputs);
  } catch (err) {
    const reason = err instanceof Unsafe ? err.message : `unexpected: ${(err as Error).message}`;
    const names: Partial<Record<OwnedSheetKey, string>> = {};
    for (const o of outputs) names[o.key] = o.name;
    return { bytes: await options.fallback(outputs), mode: 'new', reason, names };
  }
}

function copyKeeping(input: Uint8Array, outputs: OutputSheet[]): ResultWorkbook {
  const listed = listZip(input);
  if (typeof listed === 'string') throw new Unsafe(listed);
  const entries = new Map<string, ZipEntry>();
  for (const e of listed) {
    if (e.flags & 1) throw new Unsafe('encrypted zip entries');
    const data = entryData(input, e);
    if (!data) throw new Unsafe(`damaged entry ${e.name}`);
    entries.set(e.name, { ...e, data });
  }
  const text = (name: string) => {
    const e = entries.get(name);
    if (!e) throw new Unsafe(`missing part ${name}`);
    return dec.decode(entryContent(e));
  };
  const rootRels = parseRels(text('_rels/.rels'));
  const wbPath = resolve('', rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? '');
  if (wbPath !== 'xl/workbook.xml') throw new Unsafe(`unusual workbook part ${wbPath || '(none)'}`);
  let wb = text(wbPath);
  if (wb.includes('purl.oclc.org/ooxml')) throw new Unsafe('Strict Open XML');
  const wbRelsPath = relsOf(wbPath);
  let wbRels = text(wbRelsPath);
  let types = text('[Content_Types].xml');

  const root = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(wb);
  if (!root) throw new Unsafe('workbook.xml has no workbook element');
  const px = root[1] ?? '';
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(wb)?.[1];
  const idAttr = relPrefix ? `${relPrefix}:id` : 'r:id';
  const sheetRe = new RegExp(`<${px}sheet\\b[^>]*?/>`, 'g');
  const sheetsOpen = wb.indexOf(`<${px}sheets`);
  const sheetsClose = wb.indexOf(`</${px}sheets>`);
  if (sheetsOpen < 0 || sheetsClose < 0) throw new Unsafe('workbook.xml lists no sheets');
  const sheets = [...wb.slice(sheetsOpen, sheetsClose).matchAll(sheetRe)].map((m) => ({ xml: m[0], name: attr(m[0], 'name') ?? '', id: attr(m[0], idAttr) ?? '', sheetId: Number(attr(m[0], 'sheetId') ?? 0) }));
  const rels = parseRels(wbRels);

  // The product's earlier sheets: named by our hidden defined names.
  const nameRe = new RegExp(`<${px}definedName\\b([^>]*)>([\\s\\S]*?)</${px}definedName>`, 'g');
  const owned = new Set<string>();
  for (const m of wb.matchAll(nameRe)) {
    if (!ownedKeyOfName(attr(m[0], 'name') ?? '')) continue;
    const target = /^'?(.+?)'?!/.exec(m[2].replace(/&apos;/g, "'"));
    if (target) owned.add(target[1].replace(/''/g, "'"));
  }
  const removed = sheets.map((s, i) => ({ ...s, i })).filter((s) => owned.has(s.name));
  const removedIdx = removed.map((s) => s.i);
  const removedParts = new Set<string>();
  for (const s of removed) {
    const rel = rels.find((r) => r.id === s.id);
    if (!rel) continue;
    const part = resolve(wbPath, rel.target);
    collectParts(part, entries, removedParts, dec);
    wb = wb.replace(s.xml, '');
    wbRels = wbRels.replace(rel.xml, '');
  }
  // Defined names: drop ours; re-point sheet-local names past the removed sheets.
  wb = wb.replace(nameRe, (whole, attrs: string) => {
    if (ownedKeyOfName(attr(whole, 'name') ?? '')) return '';
    const local = /localSheetId="(\d+)"/.exec(attrs);
    if (!local || removedIdx.length === 0) return whole;
    const k = Number(local[1]);
    if (removedIdx.includes(k)) return '';
    const shift = removedIdx.filter((r) => r < k).length;
    return shift ? whole.replace(/localSheetId="\d+"/, `localSheetId="${k - shift}"`) : whole;
  });
  wb = wb.replace(new RegExp(`<${px}definedNames>\\s*</${px}definedNames>`), '');
  for (const part of removedParts) {
    entries.delete(part);
    types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"[^>]*/>`), '');
  }

  // New parts for each output sheet (and the chart of 测算结果).
  const keep = sheets.filter((s) => !owned.has(s.name));
  const taken = keep.map((s) => s.name);
  const used = new Set([...entries.keys()].map((n) => n.toLowerCase()));
  const free = (stem: string) => {
    for (let n = 1; ; n++) if (!used.has(`${stem}${n}.xml`.toLowerCase())) return (used.add(`${stem}${n}.xml`.toLowerCase()), n);
  };
  const relIds = new Set(parseRels(wbRels).map((r) => r.id));
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const like = entries.get(wbPath);
  const added: ZipEntry[] = [];
  const names: Partial<Record<OwnedSheetKey, string>> = {};
  let sheetXmlAdd = '';
  let namesAdd = '';
  for (const out of outputs) {
    const name = chooseSheetName(out.name, taken);
    taken.push(name);
    names[out.key] = name;
    const n = free('xl/worksheets/sheet');
    const part = `xl/worksheets/sheet${n}.xml`;
    let relId = 'rIdBangfu1';
    for (let k = 1; relIds.has(relId); k++) relId = `rIdBangfu${k}`;
    relIds.add(relId);
    let drawingRel: string | undefined;
    if (out.chart && out.chart.lastRow >= out.chart.firstRow) {
      const d = free('xl/drawings/drawing');
      const c = free('xl/charts/chart');
      drawingRel = 'rId1';
      added.push(newEntry(`xl/worksheets/_rels/sheet${n}.xml.rels`, enc.encode(`${RELS_HEAD}<Relationship Id="rId1" Type="${T_DRAWING}" Target="../drawings/drawing${d}.xml"/></Relationships>`), like));
      added.push(newEntry(`xl/drawings/drawing${d}.xml`, enc.encode(drawingXml(out.chart, 'rId1')), like));
      added.push(newEntry(`xl/drawings/_rels/drawing${d}.xml.rels`, enc.encode(`${RELS_HEAD}<Relationship Id="rId1" Type="${T_CHART}" Target="../charts/chart${c}.xml"/></Relationships>`), like));
      added.push(newEntry(`xl/charts/chart${c}.xml`, enc.encode(chartXml(out, out.chart, name)), like));
      types = addOverride(types, `/xl/drawings/drawing${d}.xml`, CT_DRAWING);
      types = addOverride(types, `/xl/charts/chart${c}.xml`, CT_CHART);
    }
    added.push(newEntry(part, enc.encode(sheetXml(out, drawingRel)), like));
    types = addOverride(types, `/${part}`, CT_SHEET);
    wbRels = wbRels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${T_SHEET}" Target="worksheets/sheet${n}.xml"/></Relationships>`);
    sheetXmlAdd += `<${px}sheet name="${escapeXml(name)}" sheetId="${nextSheetId++}" ${idAttr}="${relId}"${relPrefix ? '' : ` xmlns:r="${REL_NS}"`}/>`;
    namesAdd += `<${px}definedName name="${OWNED_NAMES[out.key]}" hidden="1">${escapeXml(`'${name.replace(/'/g, "''")}'!$A$1`)}</${px}definedName>`;
  }
  wb = wb.replace(`</${px}sheets>`, `${sheetXmlAdd}</${px}sheets>`);
  if (wb.includes(`</${px}definedNames>`)) wb = wb.replace(`</${px}definedNames>`, `${namesAdd}</${px}definedNames>`);
  else {
    const after = wb.includes(`</${px}externalReferences>`) ? `</${px}externalReferences>` : `</${px}sheets>`;
    wb = wb.replace(after, `${after}<${px}definedNames>${namesAdd}</${px}definedNames>`);
  }
  // Keep the active and first visible tab valid after sheets were removed.
  const total = keep.length + outputs.length;
  wb = wb.replace(/(activeTab|firstSheet)="(\d+)"/g, (whole, a: string, v: string) => (Number(v) >= total ? `${a}="0"` : whole));

  const replaced = new Map<string, string>([[wbPath, wb], [wbRelsPath, wbRels], ['[Content_Types].xml', types]]);
  const out: ZipEntry[] = [];
  for (const e of listed) {
    if (!entries.has(e.name)) continue;
    const content = replaced.get(e.name);
    out.push(content !== undefined ? newEntry(e.name, enc.encode(content), e) : entries.get(e.name)!);
  }
  out.push(...added);
  return { bytes: writeZip(out), mode: 'copy', names };
}

function addOverride(types: string, part: string, ct: string): string {
  if (!types.includes('</Types>')) throw new Unsafe('[Content_Types].xml has no Types element');
  return types.replace('</Types>', `<Override PartName="${part}" ContentType="${ct}"/></Types>`);
}

/** A part and, through its .rels, the drawings and charts it owns. */
function collectParts(part: string, entries: Map<string, ZipEntry>, into: Set<string>, decoder: { decode(b: Uint8Array): string }): void {
  if (into.has(part)) return;
  into.add(part);
  const relsPath = relsOf(part);
  const rels = entries.get(relsPath);
  if (!rels) return;
  into.add(relsPath);
  for (const r of parseRels(decoder.decode(entryContent(rels)))) {
    if (r.type === T_DRAWING || r.type === T_CHART) collectParts(resolve(part, r.target), entries, into, decoder);
  }
}
