import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';

const MODULE = pathToFileURL(path.resolve(__dirname, '..', '..', '..', 'scripts', 'pngRecompress.mjs')).href;

interface Recompress {
  recompressPng(png: Buffer): Buffer;
  pngPixels(png: Buffer): Buffer | undefined;
  pngChunk(type: string, data: Buffer): Buffer;
}

/** An RGBA picture as a fast encoder writes it: no filtering, light deflate, the data in two chunks. */
function lightPng(m: Recompress, width: number, height: number, depth = 8, interlace = 0): { png: Buffer; pixels: Buffer } {
  const stride = width * 4;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Flat panels with a gradient and a stripe: what a screenshot of an editor looks like.
      const i = y * stride + x * 4;
      pixels[i] = x < width / 2 ? 30 : 200;
      pixels[i + 1] = (y * 3) & 255;
      pixels[i + 2] = x % 16 < 2 ? 255 : 51;
      pixels[i + 3] = 255;
    }
  }
  const scanlines = Buffer.concat(Array.from({ length: height }, (_v, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * stride, (y + 1) * stride)])));
  const data = zlib.deflateSync(scanlines, { level: 1 });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = 6;
  header[12] = interlace;
  const half = Math.floor(data.length / 2);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    m.pngChunk('IHDR', header),
    m.pngChunk('tEXt', Buffer.from('Software\0crosscheck tests', 'latin1')),
    m.pngChunk('IDAT', data.subarray(0, half)),
    m.pngChunk('IDAT', data.subarray(half)),
    m.pngChunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, pixels };
}

describe('[harness/pngRecompress] the walkthrough pictures, smaller and the same', () => {
  let m: Recompress;
  before(async () => (m = (await import(MODULE)) as Recompress));

  it('keeps every pixel and every other chunk, and takes fewer bytes', () => {
    const { png, pixels } = lightPng(m, 120, 90);
    assert.deepEqual(m.pngPixels(png), pixels, 'the test picture decodes');
    const smaller = m.recompressPng(png);
    assert.ok(smaller.length < png.length, `${smaller.length} < ${png.length}`);
    assert.deepEqual(m.pngPixels(smaller), pixels);
    assert.ok(smaller.includes(Buffer.from('crosscheck tests', 'latin1')), 'the text chunk stays');
    assert.equal(m.recompressPng(smaller).length <= smaller.length, true, 'a second pass never grows it');
  });

  it('gives back pictures it does not rewrite as they are (16-bit, interlaced), and refuses what is not a PNG', () => {
    for (const png of [lightPng(m, 8, 8, 16).png, lightPng(m, 8, 8, 8, 1).png]) assert.equal(m.recompressPng(png), png);
    assert.throws(() => m.recompressPng(Buffer.from('GIF89a')), /not a PNG/);
  });
});
