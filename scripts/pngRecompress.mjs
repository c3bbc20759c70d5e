// Lossless PNG recompression for the pictures the VSIX ships (scripts/walkthroughImages.mjs): Chromium
// writes PNGs with fast, light compression; the same pixels, each row filtered the way that leaves
// the smallest differences and deflated at the highest level, take about 40 % less. Only 8-bit,
// non-interlaced images are rewritten (what Chromium's canvas writes); anything else comes back as it was.
// The result is decoded again and compared with the original's pixels before it is returned.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel at 8 bits per channel, by colour type. */
const CHANNELS = new Map([[0, 1], [2, 3], [3, 1], [4, 2], [6, 4]]);

/** The chunks of a PNG file: type and data. */
function chunksOf(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

/** A PNG chunk: length, type, data and CRC. */
export function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(type)) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** What filter `type` predicts for byte x of a row, from the row so far (`row`) and the one above (`up`). */
function predict(type, row, up, x, bpp) {
  const a = x >= bpp ? row[x - bpp] : 0;
  const b = up ? up[x] : 0;
  const c = x >= bpp && up ? up[x - bpp] : 0;
  return type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : type === 4 ? paeth(a, b, c) : 0;
}

/** The pixel rows of an image's filtered scanlines (`stride` bytes each, after its filter byte). */
function unfilter(scanlines, height, stride, bpp) {
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const type = scanlines[y * (stride + 1)];
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : undefined;
    for (let x = 0; x < stride; x++) row[x] = (scanlines[y * (stride + 1) + 1 + x] + predict(type, row, up, x, bpp)) & 255;
  }
  return pixels;
}

/** Scanlines with each row's filter chosen for the smallest sum of differences (the usual heuristic). */
function refilter(pixels, height, stride, bpp) {
  const out = Buffer.alloc(height * (stride + 1));
  const trial = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : undefined;
    let best = Infinity;
    for (let type = 0; type < 5; type++) {
      let sum = 0;
      for (let x = 0; x < stride; x++) {
        const v = (row[x] - predict(type, row, up, x, bpp)) & 255;
        trial[x] = v;
        sum += v < 128 ? v : 256 - v;
      }
      if (sum < best) {
        best = sum;
        out[y * (stride + 1)] = type;
        trial.copy(out, y * (stride + 1) + 1);
      }
    }
  }
  return out;
}

/** The image's header fields and its pixels, or undefined for a PNG this module does not rewrite. */
function decode(png) {
  const chunks = chunksOf(png);
  const header = chunks.find((c) => c.type === 'IHDR')?.data;
  if (!header) return undefined;
  const [width, height, depth, colourType, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || interlace !== 0 || !CHANNELS.has(colourType)) return undefined;
  const bpp = CHANNELS.get(colourType);
  const scanlines = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  return { chunks, height, stride: width * bpp, bpp, pixels: unfilter(scanlines, height, width * bpp, bpp) };
}

/** The pixel bytes of an 8-bit, non-interlaced PNG (undefined for others). */
export function pngPixels(png) {
  return decode(png)?.pixels;
}

/** The same image, smaller when it can be; never different pixels. */
export function recompressPng(png) {
  const image = decode(png);
  if (!image) return png;
  const { chunks, height, stride, bpp, pixels } = image;
  const data = zlib.deflateSync(refilter(pixels, height, stride, bpp), { level: 9, memLevel: 9 });
  const parts = [SIGNATURE];
  let wroteData = false;
  for (const c of chunks) {
    if (c.type !== 'IDAT') parts.push(pngChunk(c.type, c.data));
    else if (!wroteData) {
      parts.push(pngChunk('IDAT', data));
      wroteData = true;
    }
  }
  const smaller = Buffer.concat(parts);
  if (!decode(smaller)?.pixels.equals(pixels)) throw new Error('recompressing a PNG changed its pixels');
  return smaller.length < png.length ? smaller : png;
}
