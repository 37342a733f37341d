/**
 * Makes the add-in's icons (assets/icon-16/32/64/80/128.png) in code: a blue rounded square with a white
 * check mark. Usage: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { deflateSync } from 'zlib';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, c]);
}

export function icon(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const r = size * 0.18;
  // Distance from a point to the check mark's two strokes.
  const seg = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const d = Math.min(seg(u, v, 0.24, 0.52, 0.42, 0.7), seg(u, v, 0.42, 0.7, 0.77, 0.31));
      const tick = d < 0.075;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      if (!inside) raw.fill(0, o, o + 4);
      else if (tick) raw.set([255, 255, 255, 255], o);
      else raw.set([0x0f, 0x6c, 0xbd, 255], o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), icon(size));
  process.stdout.write('icons written to assets/\n');
}
