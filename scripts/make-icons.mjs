// Draws Målkoll's mark (a target ring with a check on Excel green) into assets/icon-N.png.
// Run: node scripts/make-icons.mjs. Pure Node: a small supersampling rasterizer and a PNG encoder.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const GRON = [16, 124, 65];
const VIT = [255, 255, 255];
const GUL = [255, 235, 156];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(typ, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(typ), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rader = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rader, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rader)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const avstandTillStracka = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

/** Colour at a point of the unit square, or undefined for transparent. */
function farg(x, y) {
  const r = 0.2;
  const qx = Math.max(r - x, 0, x - (1 - r));
  const qy = Math.max(r - y, 0, y - (1 - r));
  if (Math.hypot(qx, qy) > r) return undefined;
  const bock = Math.min(
    avstandTillStracka(x, y, 0.3, 0.52, 0.45, 0.67),
    avstandTillStracka(x, y, 0.45, 0.67, 0.74, 0.36),
  );
  if (bock < 0.075) return VIT;
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (Math.abs(d - 0.34) < 0.045) return GUL;
  return GRON;
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  const s = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let j = 0; j < s; j++) {
        for (let i = 0; i < s; i++) {
          const f = farg((x + (i + 0.5) / s) / size, (y + (j + 0.5) / s) / size);
          if (!f) continue;
          sum[0] += f[0];
          sum[1] += f[1];
          sum[2] += f[2];
          sum[3] += 1;
        }
      }
      const o = (y * size + x) * 4;
      if (sum[3] > 0) {
        rgba[o] = Math.round(sum[0] / sum[3]);
        rgba[o + 1] = Math.round(sum[1] / sum[3]);
        rgba[o + 2] = Math.round(sum[2] / sum[3]);
      }
      rgba[o + 3] = Math.round((255 * sum[3]) / (s * s));
    }
  }
  writeFileSync(`assets/icon-${size}.png`, png(size, rgba));
}
