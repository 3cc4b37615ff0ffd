/**
 * Regenerates the add-in icons in assets/: a deep-teal rounded square with a white round
 * table and the seats around it. The PNGs are committed; run this only to change them:
 *   npx tsx scripts/makeIcons.ts
 * No image library: shapes are drawn as distance fields, supersampled for anti-aliasing,
 * and written as RGBA PNGs with zlib.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128] as const;
const TEAL: [number, number, number] = [0x0b, 0x5e, 0x63];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8;

interface Glyph {
  tableRadius: number;
  seatRadius: number;
  seatDistance: number;
  seats: number;
}

/** Proportions relative to the icon's side; the smallest icon gets fewer, larger seats to stay legible. */
function glyphFor(size: number): Glyph {
  if (size <= 16) return { tableRadius: 0.2, seatRadius: 0.1, seatDistance: 0.33, seats: 4 };
  return { tableRadius: 0.19, seatRadius: 0.075, seatDistance: 0.315, seats: 6 };
}

/** Signed distance to a rounded square centred at 0 with half-side h and corner radius r. */
function roundedSquare(x: number, y: number, h: number, r: number): number {
  const qx = Math.abs(x) - (h - r);
  const qy = Math.abs(y) - (h - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Colour and coverage of one sample point in unit coordinates (-0.5..0.5). */
function sample(x: number, y: number, g: Glyph): { inside: boolean; white: boolean } {
  const inside = roundedSquare(x, y, 0.5, 0.22) <= 0;
  if (!inside) return { inside, white: false };
  if (Math.hypot(x, y) <= g.tableRadius) return { inside, white: true };
  for (let i = 0; i < g.seats; i++) {
    // Start at the top so the glyph reads as a table seen from above.
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / g.seats;
    const sx = Math.cos(a) * g.seatDistance;
    const sy = Math.sin(a) * g.seatDistance;
    if (Math.hypot(x - sx, y - sy) <= g.seatRadius) return { inside, white: true };
  }
  return { inside, white: false };
}

function render(size: number): Buffer {
  const g = glyphFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let whites = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size - 0.5;
          const y = (py + (sy + 0.5) / n) / size - 0.5;
          const s = sample(x, y, g);
          if (s.inside) cover++;
          if (s.white) whites++;
        }
      }
      const o = (py * size + px) * 4;
      if (cover === 0) continue;
      const w = whites / cover;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(TEAL[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const outDir = join(__dirname, "..", "assets");
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
