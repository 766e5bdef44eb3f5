// Draws Crux's icon and writes it as PNG at every size the stores ask for (16, 32, 48, 96, 128)
// into public/icon/, where WXT finds it for the manifest. No image library: the shape is computed
// per pixel (4×4 supersampling for smooth edges) and written with node's zlib.
// Run: node assets/make-icons.mjs   (the PNGs are committed; rerun only to change the design)
//
// The design: a rounded blue square (the popup's accent colour) with a white ring open to the
// right, like a "C", around a white dot: the crux of the story.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SIZES = [16, 32, 48, 96, 128];
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const BLUE = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];

/** Colour and coverage of the point (x, y) in the unit square; null outside the icon. */
function shade(x, y) {
  // rounded square: corner radius 0.22
  const r = 0.22;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return null;
  const dx = x - 0.5;
  const dy = y - 0.5;
  const d = Math.hypot(dx, dy);
  // the ring: radii 0.22..0.34, open over ±40° to the right
  const angle = Math.abs(Math.atan2(dy, dx)) * (180 / Math.PI);
  if (d >= 0.22 && d <= 0.34 && angle > 40) return WHITE;
  // the dot
  if (d <= 0.11) return WHITE;
  return BLUE;
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let rr = 0, gg = 0, bb = 0, aa = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          rr += c[0]; gg += c[1]; bb += c[2]; aa += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (aa > 0) {
        rgba[i] = Math.round(rr / aa);
        rgba[i + 1] = Math.round(gg / aa);
        rgba[i + 2] = Math.round(bb / aa);
        rgba[i + 3] = Math.round((255 * aa) / (ss * ss));
      }
    }
  }
  return png(size, size, rgba);
}

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(path.join(OUT, `${size}.png`), render(size));
console.log(`wrote ${SIZES.map((s) => `icon/${s}.png`).join(', ')} to ${OUT}`);
