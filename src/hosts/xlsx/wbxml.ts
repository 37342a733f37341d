/**
 * xl/workbook.xml read and rewritten as text: only the <sheets> and <definedNames> sections (and the
 * workbook view's tab indices) change, everything else stays as the producer wrote it. Anything not
 * understood is `Unsafe`, so that the caller falls back to a new workbook instead of guessing.
 */
import { ownedKeyOfName, type OwnedSheetKey } from '../../core';
import { REL_NS, SML_NS as MAIN_NS, STRICT_REL_NS, Unsafe } from './opc';
import { escapeXml, parseAttrs, unescapeXml } from './xml';

const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export interface SheetEntry {
  /** The element as written (kept byte for byte for the user's sheets). */
  xml: string;
  name: string;
  sheetId: number;
  relId: string;
}

export interface NameEntry {
  xml: string;
  name: string;
  localSheetId?: number;
  /** The formula text, unescaped. */
  ref: string;
}

export interface WorkbookXml {
  /** The main namespace's prefix with its colon ('' when it is the default namespace). */
  px: string;
  sheets: SheetEntry[];
  names: NameEntry[];
  /** Which sheet (by name) each of the product's defined names marks; stale names are left out. */
  owned: Map<OwnedSheetKey, string>;
  activeTab: number;
  structureLocked: boolean;
  text: string;
}

function section(text: string, px: string, tag: string): { start: number; end: number; open: string; body: string } | undefined {
  const re = new RegExp(`<${px}${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${px}${tag}>)`);
  const m = re.exec(text);
  if (!m) return undefined;
  const open = /^<[^>]*?(?=\/?>)/.exec(m[0])![0] + '>';
  return { start: m.index, end: m.index + m[0].length, open, body: m[1] ?? '' };
}

function elements(body: string, px: string, tag: string, what: string): string[] {
  const re = new RegExp(`<${px}${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${px}${tag}>)`, 'g');
  const found = [...body.matchAll(re)].map((m) => m[0]);
  const rest = body.replace(re, '').replace(/<!--[\s\S]*?-->/g, '');
  if (rest.trim()) throw new Unsafe(`workbook.xml: unexpected content in ${what}`);
  return found;
}

/** The sheet a formula like `'测算结果'!$A$1` or `Sheet1!$A$1` points at, or undefined. */
export function sheetOfRef(ref: string): string | undefined {
  const s = ref.trim().replace(/^=/, '');
  if (s.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!/.exec(s);
    return m ? m[1].replace(/''/g, "'") : undefined;
  }
  const m = /^([^!'"[\]]+)!/.exec(s);
  return m ? m[1] : undefined;
}

export function parseWorkbookXml(text: string): WorkbookXml {
  const root = /<([A-Za-z_][\w.-]*:)?workbook\b[^>]*>/.exec(text);
  if (!root) throw new Unsafe('workbook.xml has no workbook element');
  const px = root[1] ?? '';
  const rootAttrs = parseAttrs(root[0]);
  const ns = rootAttrs.get(px ? `xmlns:${px.slice(0, -1)}` : 'xmlns');
  if (ns === STRICT_MAIN_NS || text.includes(STRICT_REL_NS)) throw new Unsafe('the workbook is in Strict Open XML');
  if (ns !== MAIN_NS) throw new Unsafe(`workbook.xml is in an unknown namespace (${ns ?? 'none'})`);
  const relPrefixes = (attrs: Map<string, string>) =>
    [...attrs].filter(([k, v]) => k.startsWith('xmlns:') && v === REL_NS).map(([k]) => k.slice(6));
  const rootRel = relPrefixes(rootAttrs);

  const sheetsSec = section(text, px, 'sheets');
  if (!sheetsSec) throw new Unsafe('workbook.xml lists no sheets');
  const sheets = elements(sheetsSec.body, px, 'sheet', 'sheets').map((xml): SheetEntry => {
    const a = parseAttrs(xml);
    const prefixes = [...relPrefixes(a), ...rootRel];
    const relId = prefixes.map((p) => a.get(`${p}:id`)).find((v) => v !== undefined);
    const name = a.get('name');
    const sheetId = Number(a.get('sheetId'));
    if (!name || !relId || !Number.isInteger(sheetId)) throw new Unsafe('workbook.xml has a sheet without a name, id or relationship');
    return { xml, name, sheetId, relId };
  });

  const namesSec = section(text, px, 'definedNames');
  const names = (namesSec ? elements(namesSec.body, px, 'definedName', 'definedNames') : []).map((xml): NameEntry => {
    const a = parseAttrs(xml);
    const local = a.get('localSheetId');
    const inner = /^<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(xml)?.[1] ?? '';
    return { xml, name: a.get('name') ?? '', ...(local !== undefined ? { localSheetId: Number(local) } : {}), ref: unescapeXml(inner) };
  });
  const owned = new Map<OwnedSheetKey, string>();
  const lowerNames = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  for (const n of names) {
    const key = ownedKeyOfName(n.name);
    const target = key && n.localSheetId === undefined ? sheetOfRef(n.ref) : undefined;
    const sheet = target && lowerNames.get(target.toLowerCase());
    if (key && sheet && !owned.has(key)) owned.set(key, sheet);
  }
  const view = new RegExp(`<${px}workbookView\\b[^>]*>`).exec(text);
  const activeTab = Number((view && parseAttrs(view[0]).get('activeTab')) ?? 0) || 0;
  const protection = new RegExp(`<${px}workbookProtection\\b[^>]*>`).exec(text);
  const locked = protection ? parseAttrs(protection[0]).get('lockStructure') : undefined;
  return { px, sheets, names, owned, activeTab, structureLocked: locked === '1' || locked === 'true', text };
}

export interface WorkbookEdit {
  /** The sheets in their new order: the user's kept elements as written, the product's as new elements. */
  sheets: string[];
  names: string[];
}

/** Writes the new <sheets> and <definedNames> sections into the text, leaving the rest untouched. */
export function rewriteWorkbookXml(wb: WorkbookXml, edit: WorkbookEdit): string {
  const { px } = wb;
  let text = wb.text;
  const sheetsSec = section(text, px, 'sheets')!;
  text = text.slice(0, sheetsSec.start) + `${sheetsSec.open}${edit.sheets.join('')}</${px}sheets>` + text.slice(sheetsSec.end);
  const namesSec = section(text, px, 'definedNames');
  const namesXml = edit.names.length ? `${namesSec ? namesSec.open : `<${px}definedNames>`}${edit.names.join('')}</${px}definedNames>` : '';
  if (namesSec) return text.slice(0, namesSec.start) + namesXml + text.slice(namesSec.end);
  if (!namesXml) return text;
  // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook's sequence).
  let at = section(text, px, 'sheets')!.end;
  for (const tag of ['functionGroups', 'externalReferences']) {
    const s = section(text, px, tag);
    if (s && s.end > at) at = s.end;
  }
  return text.slice(0, at) + namesXml + text.slice(at);
}

/** A new <sheet> element; declares the relationships prefix itself, whatever the root declares. */
export function sheetElement(px: string, name: string, sheetId: number, relId: string, hidden = false): string {
  return `<${px}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ''} xmlns:r="${REL_NS}" r:id="${relId}"/>`;
}

/** A defined name element (formula text escaped). */
export function nameElement(px: string, name: string, ref: string, hidden: boolean): string {
  return `<${px}definedName name="${escapeXml(name)}"${hidden ? ' hidden="1"' : ''}>${escapeXml(ref)}</${px}definedName>`;
}

/** A defined name element with its localSheetId changed. */
export function withLocalSheetId(xml: string, id: number): string {
  return xml.replace(/(\slocalSheetId\s*=\s*)(["'])\d+\2/, `$1"${id}"`);
}
