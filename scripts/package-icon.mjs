#!/usr/bin/env node
// Draws media/icon.png (128×128, the Marketplace icon) without image tools: two article
// pages and a check mark, the same motif as media/icons/crosscheck.svg. Shapes are
// rasterised with 4×4 supersampling and written as an RGBA PNG. Run: node scripts/package-icon.mjs
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'media', 'icon.png');

const inRoundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const inPolygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** A polyline stroked with round caps and joins. */
const onStroke = (points, width) => (x, y) => {
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    if ((x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2) return true;
  }
  return false;
};

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));

// Painted in order, back to front.
const SHAPES = [
  { color: hex('#1f3a5f'), contains: inRoundedRect(4, 4, 124, 124, 24) },
  { color: hex('#9fb6d3'), contains: inRoundedRect(26, 34, 80, 104, 5) },
  { color: hex('#ffffff'), contains: inPolygon([[42, 20], [84, 20], [102, 38], [102, 94], [42, 94]]) },
  { color: hex('#c9d6e6'), contains: inPolygon([[84, 20], [84, 38], [102, 38]]) },
  { color: hex('#e8a33d'), contains: onStroke([[55, 60], [66, 71], [88, 47]], 9) },
];

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          let top;
          for (const shape of SHAPES) if (shape.contains(x, y)) top = shape.color;
          if (top) { sum[0] += top[0]; sum[1] += top[1]; sum[2] += top[2]; sum[3] += 1; }
        }
      }
      const offset = (py * SIZE + px) * 4;
      const covered = sum[3];
      // Colour is averaged over covered samples only (straight, not premultiplied, alpha).
      for (let c = 0; c < 3; c++) rgba[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      rgba[offset + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < SIZE; y++) rows.push(Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.writeFileSync(OUT, encodePng(render()));
process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
