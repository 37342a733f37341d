/**
 * Reading one 值 cell of the 规则参数 sheet by its kind: numbers, lists, ratios (6:3:1), ranges (1-2), dates, maps
 * and town rows, as people and Excel write them (full-width digits and colons, a ratio Excel took for a time).
 */
import { formatYmd, parseDate, serialToYmd } from '../dates';
import { toHalfWidth } from '../money/text';
import { cellText, normaliseName } from '../recognise/text';
import { isCellError, type CellValue } from '../types';
import { getPath } from './merge';
import type { ParamReason, ParamRow } from './param-rows';
import type { Group, Profile, TownType } from './schema';

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: ParamReason; detail?: string };
const bad = (reason: ParamReason, detail?: string): Parsed =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

export const clean = (s: string) => toHalfWidth(s).replace(/[\s\u200B-\u200D\u2060\uFEFF\u00A0]/g, '');

function parseNumber(v: CellValue, int: boolean): Parsed {
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    let s = clean(cellText(v)).replace(/,/g, '');
    const pct = s.endsWith('%');
    if (pct) s = s.slice(0, -1);
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return bad('not-number');
    n = pct ? Number(s) / 100 : Number(s);
  }
  if (!Number.isFinite(n)) return bad('not-number');
  if (int && !Number.isInteger(n)) return bad('not-integer');
  return { ok: true, value: n };
}

/** Lists: 、 (written), also ；;，, and line breaks (read). */
function splitList(s: string): string[] {
  return s
    .split(/[、；;，,\n\r]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function parseRatio(v: CellValue, base: readonly { key: string }[]): Parsed {
  let s: string;
  if (typeof v === 'number') {
    // Excel turns a typed 6:3:1 into the time 06:03:01 (and 2:8 into 02:08); read it back as h:m:s.
    if (v < 0 || v >= 10) return bad('ratio-format', String(base.length));
    const sec = Math.round(v * 86400);
    const hms = [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60];
    s = (base.length === 2 ? hms.slice(0, 2) : hms).join(':');
  } else s = clean(cellText(v)).replace(/[∶比]/g, ':');
  const parts = s.split(':');
  if (!parts.every((p) => /^\d+$/.test(p))) return bad('ratio-format', String(base.length));
  if (parts.length !== base.length) return bad('ratio-parts', String(base.length));
  return { ok: true, value: base.map((b, i) => ({ key: b.key, ratio: Number(parts[i]) })) };
}

function parseRange(v: CellValue): Parsed {
  let pair: number[];
  if (typeof v === 'number') {
    // Excel turns a typed 1-2 into the date 1月2日: month and day are the two numbers.
    if (v > 1000 && Number.isInteger(v)) {
      const d = serialToYmd(v);
      pair = [d.m, d.d];
    } else pair = [v, v];
  } else {
    const s = clean(cellText(v));
    const m = /^(\d+)(?:(?:-|–|—|~|～|至|到)(\d+))?$/.exec(s);
    if (!m) return bad('range-format');
    pair = [Number(m[1]), Number(m[2] ?? m[1])];
  }
  if (!pair.every((n) => Number.isInteger(n) && n >= 0)) return bad('range-format');
  if (pair[0] > pair[1]) return bad('range-order');
  return { ok: true, value: pair };
}

function parseDateValue(v: CellValue): Parsed {
  const d = typeof v === 'number' || typeof v === 'string' ? parseDate(typeof v === 'string' ? clean(v) : v) : null;
  return d ? { ok: true, value: formatYmd(d) } : bad('date-format');
}

function parseMap(v: CellValue, pairs: boolean): Parsed {
  // Entries are separated by ；; and line breaks (notes may hold commas); 、 also separates when an entry has several '='.
  const entries = cellText(v)
    .split(/[；;\n\r]+/)
    .flatMap((e) => ((e.match(/[=＝]/g) ?? []).length > 1 ? e.split(/[、，,]/) : [e]))
    .map((e) => e.trim())
    .filter(Boolean);
  const out: [string, string][] = [];
  for (const e of entries) {
    const m = /^([^=＝]+)[=＝](.+)$/.exec(e);
    if (!m) return bad('map-format');
    out.push([normaliseName(m[1]), m[2].trim()]);
  }
  return { ok: true, value: pairs ? out.map(([name, note]) => ({ name, note })) : Object.fromEntries(out) };
}

const GROUPS: Record<string, Group> = {
  深圳: 'shenzhen',
  深圳市: 'shenzhen',
  shenzhen: 'shenzhen',
  市直: 'city',
  市: 'city',
  市级: 'city',
  city: 'city',
  县直: 'county',
  县: 'county',
  县级: 'county',
  county: 'county',
};

/** A town row: name｜type｜group｜lead｜members (members may be left out). */
export function parseTown(v: CellValue, profile: Pick<Profile, 'typeLabels' | 'city'>): Parsed {
  const f = cellText(v)
    .split(/[｜|]/)
    .map((x) => x.trim());
  if (f.length < 4 || f.length > 5) return bad('town-fields');
  const name = normaliseName(f[0]);
  const typeText = normaliseName(f[1]);
  const type: TownType | undefined = (['key', 'consolidate'] as const).find(
    (t) => t === typeText || profile.typeLabels[t].some((l) => normaliseName(l) === typeText),
  );
  if (!type) return bad('town-type', f[1]);
  const g = normaliseName(f[2]);
  // 河源市直 → 市直, 河源市 → 市: the city's own name may stand before the group word.
  const short = profile.city.replace(/市$/, '');
  const group = GROUPS[g.toLowerCase()] ?? (short && g.startsWith(short) ? GROUPS[g.slice(short.length)] : undefined);
  if (!group) return bad('town-group', f[2]);
  const town = { name, type, group, lead: normaliseName(f[3]), members: splitList(f[4] ?? '').map(normaliseName) };
  return { ok: true, value: town };
}

export function parseValue(r: ParamRow, v: CellValue, base: Profile): Parsed {
  if (isCellError(v)) return bad('cell-error', v.error);
  switch (r.kind) {
    case 'int':
      return parseNumber(v, true);
    case 'number':
      return parseNumber(v, false);
    case 'list':
      return { ok: true, value: splitList(cellText(v)) };
    case 'ratio':
      return parseRatio(v, getPath(base, [r.key]) as { key: string }[]);
    case 'range':
      return parseRange(v);
    case 'date':
      return parseDateValue(v);
    case 'map':
      return parseMap(v, r.key === 'outsideTowns');
    case 'town':
      return parseTown(v, base);
    default:
      return { ok: true, value: cellText(v).trim() };
  }
}
