/**
 * Draws the toolbar icon (a marker stroke under two text lines) as PNGs in public/icons.
 * Run with `npx tsx scripts/make-icons.ts` after changing the drawing; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The icon on a unit square: a dark rounded tile, two text lines, the middle one marked amber. */
function icon(u: number, v: number): Rgba {
  const r = 0.2;
  const dx = Math.max(r - u, u - (1 - r), 0);
  const dy = Math.max(r - v, v - (1 - r), 0);
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const inLine = (top: number, left: number, right: number) =>
    v >= top && v <= top + 0.1 && u >= left && u <= right;
  if (v >= 0.42 && v <= 0.62 && u >= 0.14 && u <= 0.86) {
    return inLine(0.47, 0.22, 0.78) ? [40, 32, 8, 255] : [250, 196, 45, 255];
  }
  if (inLine(0.24, 0.22, 0.78) || inLine(0.7, 0.22, 0.6)) return [236, 240, 245, 255];
  return [28, 44, 66, 255];
}

for (const size of [16, 32, 48, 128]) {
  // 4×4 supersampling for smooth edges.
  const image = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const p = icon((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size);
        for (let k = 0; k < 4; k++) acc[k]! += p[k]!;
      }
    return acc.map((c) => Math.round(c / 16)) as Rgba;
  });
  writeFileSync(`public/icons/icon-${size}.png`, image);
}
