/**
 * Reading and writing zip archives entry by entry, so that the copy-keeping result workbook can carry every
 * original part over with its compressed bytes untouched, and add or replace only a few parts.
 */
import { Deflate, inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  /** Offset of the local header in the source archive (for entries read from one). */
  localOffset: number;
  /** The compressed bytes. */
  data?: Uint8Array;
  /** A new entry's compressed bytes in the pieces they were deflated in (zipChunks writes them without a copy). */
  chunks?: readonly Uint8Array[];
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/** The central directory's entries (without data), or a sentence saying why it cannot be read. */
export function listZip(bytes: Uint8Array): ZipEntry[] | string {
  const min = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'no end of central directory (truncated or not a zip)';
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return 'zip64 archives are not supported';
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return 'damaged central directory';
    const nameLen = u16(bytes, p + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      dosTime: u16(bytes, p + 12),
      dosDate: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  const p = e.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) return undefined;
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  if (start + e.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + e.compressedSize);
}

/** An entry's content, inflated. */
export function entryContent(e: ZipEntry): Uint8Array {
  if (!e.data) throw new Error(`no data for ${e.name}`);
  if (e.method === 0) return e.data;
  if (e.method === 8) return inflateSync(e.data, { out: new Uint8Array(e.size) });
  throw new Error(`unsupported compression method ${e.method} in ${e.name}`);
}

/** CRC-32 tables for slicing by 8 (8 × 256 entries): eight bytes a step, ~4× the speed of one table. */
const CRC_TABLES = (() => {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  return t;
})();

/** CRC-32 (zip's) of `data`; pass the CRC of what came before to continue it: crc32(b, crc32(a)) = crc32(a ‖ b). */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = CRC_TABLES;
  let c = ~previous;
  let i = 0;
  for (const end = data.length - 8; i <= end; i += 8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * An entry name as a package path: a backslash is a folder separator. Some Windows zip tools write
 * `xl\workbook.xml`; the zip format and OPC want `/`, but Excel opens such files, so they are read (and copied)
 * as the paths they mean.
 */
export function packagePath(name: string): string {
  return name.includes('\\') ? name.replace(/\\/g, '/') : name;
}

/**
 * Why an entry name is unsafe to read or copy, or undefined: once backslashes are taken as separators
 * (packagePath), an absolute path (`/x`, `\\host\x`), a drive letter (`C:x`), a `..` segment (it climbs out of
 * the folder it is unzipped into) or a control character. No part of a valid package is named so.
 */
export function unsafeEntryName(name: string): string | undefined {
  const p = packagePath(name);
  if (p.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(p)) return 'a drive letter';
  if (p.split('/').some((seg) => seg === '..')) return "a '..' segment";
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001f\u007f]/.test(p)) return 'a control character';
  return undefined;
}

/** Deflates one entry's content given in pieces, keeping its CRC: the whole content is never held at once. */
export interface EntryDeflater {
  /** Adds the next piece; returns the compressed bytes ready so far (perhaps none). */
  push(piece: Uint8Array): Uint8Array[];
  /** Ends the entry: the last compressed bytes. */
  end(): Uint8Array[];
  /** The CRC-32 of everything pushed. */
  readonly crc: number;
}

/** fflate's streaming deflate (level 6): the default, and what the page's Web Worker uses. */
export function fflateDeflater(): EntryDeflater {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  let crc = 0;
  return {
    push(piece) {
      crc = crc32(piece, crc);
      d.push(piece, false);
      return out.splice(0);
    },
    end() {
      d.push(new Uint8Array(0), true);
      return out.splice(0);
    },
    get crc() {
      return crc;
    },
  };
}

let makeDeflater: () => EntryDeflater = fflateDeflater;

/** Sets how new entries are deflated (the CLI uses node's zlib, ~4× faster than fflate). */
export function useDeflater(make: () => EntryDeflater): void {
  makeDeflater = make;
}

const utf8 = new TextEncoder();
/** Text is encoded a slice of about this many characters at a time, into the entry's byte buffer. */
const SLICE = 1 << 14;
/** Bytes deflated at a time: the buffer text is encoded into, reused for the whole entry. */
const PIECE = 1 << 20;

/**
 * A new deflated entry, from its bytes or from its text in pieces (a 100,000-row result sheet is deflated as
 * it is produced, never made into one string). Text is gathered a slice (~16,000 characters) at a time and
 * encoded straight into one reused buffer, deflated whenever it is full: the pieces and slices die young
 * (issue 14: batches of 256,000 characters joined and encoded lived long enough to fill the old generation
 * with garbage — 250 MB more peak memory for 200,000 findings).
 */
export function newEntry(name: string, content: Uint8Array | Iterable<string>, like?: Pick<ZipEntry, 'dosTime' | 'dosDate'>): ZipEntry {
  const d = makeDeflater();
  const parts: Uint8Array[] = [];
  let size = 0;
  const put = (piece: Uint8Array) => {
    size += piece.length;
    for (const c of d.push(piece)) parts.push(c);
  };
  if (content instanceof Uint8Array) put(content);
  else {
    const buf = new Uint8Array(PIECE);
    let at = 0;
    const encode = (s: string) => {
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (at + s.length * 3 > PIECE) {
        if (at) put(buf.subarray(0, at));
        at = 0;
        if (s.length * 3 > PIECE) return put(utf8.encode(s));
      }
      at += utf8.encodeInto(s, buf.subarray(at)).written;
    };
    let slice = '';
    for (const s of content) {
      slice += s;
      if (slice.length >= SLICE) {
        // A surrogate pair split between two pieces is kept whole.
        const last = slice.charCodeAt(slice.length - 1);
        const keep = last >= 0xd800 && last <= 0xdbff ? 1 : 0;
        encode(keep ? slice.slice(0, -1) : slice);
        slice = keep ? slice.slice(-1) : '';
      }
    }
    if (slice) encode(slice);
    if (at) put(buf.subarray(0, at));
  }
  for (const c of d.end()) parts.push(c);
  let data: Uint8Array | undefined = parts.length === 1 ? parts[0] : undefined;
  const entry: ZipEntry = {
    name,
    method: 8,
    flags: 0x0800,
    crc: d.crc,
    compressedSize: parts.reduce((a, p) => a + p.length, 0),
    size,
    dosTime: like?.dosTime ?? 0,
    dosDate: like?.dosDate ?? 0x21, // 1980-01-01
    localOffset: 0,
    // In one piece only when asked for (zipChunks never asks).
    get data() {
      return (data ??= joinChunks(parts));
    },
  };
  // Not enumerable: a copy made with `{ ...entry, data }` is written from its own data.
  Object.defineProperty(entry, 'chunks', { value: parts, enumerable: false });
  return entry;
}

/** Pieces of bytes joined into one array. */
export function joinChunks(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Writes entries (with their compressed data) as a zip archive. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  return joinChunks(zipChunks(entries));
}

/**
 * A zip archive of `entries` as the pieces to write one after the other: each entry's local header, its compressed
 * bytes as they are (no copy), then the central directory. Joined, they are writeZip's bytes.
 */
export function zipChunks(entries: readonly ZipEntry[]): Uint8Array[] {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  // Sizes and CRC go in the local header; the data-descriptor flag (bit 3) is cleared.
  const flags = entries.map((e) => (e.flags & ~0x0008) | (/[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0));
  const chunks: Uint8Array[] = [];
  let p = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(p);
    const head = new Uint8Array(30 + names[i].length);
    const dv = new DataView(head.buffer);
    dv.setUint32(0, 0x04034b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, flags[i], true);
    dv.setUint16(8, e.method, true);
    dv.setUint16(10, e.dosTime, true);
    dv.setUint16(12, e.dosDate, true);
    dv.setUint32(14, e.crc, true);
    dv.setUint32(18, e.compressedSize, true);
    dv.setUint32(22, e.size, true);
    dv.setUint16(26, names[i].length, true);
    dv.setUint16(28, 0, true);
    head.set(names[i], 30);
    chunks.push(head);
    for (const c of e.chunks ?? [e.data!]) chunks.push(c);
    p += 30 + names[i].length + e.compressedSize;
  });
  const cd = p;
  const dir = new Uint8Array(names.reduce((a, n) => a + 46 + n.length, 22));
  const dv = new DataView(dir.buffer);
  let q = 0;
  entries.forEach((e, i) => {
    dv.setUint32(q, 0x02014b50, true);
    dv.setUint16(q + 4, 20, true);
    dv.setUint16(q + 6, 20, true);
    dv.setUint16(q + 8, flags[i], true);
    dv.setUint16(q + 10, e.method, true);
    dv.setUint16(q + 12, e.dosTime, true);
    dv.setUint16(q + 14, e.dosDate, true);
    dv.setUint32(q + 16, e.crc, true);
    dv.setUint32(q + 20, e.compressedSize, true);
    dv.setUint32(q + 24, e.size, true);
    dv.setUint16(q + 28, names[i].length, true);
    dv.setUint32(q + 42, offsets[i], true);
    dir.set(names[i], q + 46);
    q += 46 + names[i].length;
  });
  dv.setUint32(q, 0x06054b50, true);
  dv.setUint16(q + 8, entries.length, true);
  dv.setUint16(q + 10, entries.length, true);
  dv.setUint32(q + 12, q, true);
  dv.setUint32(q + 16, cd, true);
  chunks.push(dir);
  return chunks;
}
