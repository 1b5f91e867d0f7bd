/**
 * Draws Spoonbook's toolbar icon (a spoon on a calm blue tile) as PNGs, so the
 * icon is reproducible from source with no image tools. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let crc = ~0;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of the shape at (x, y) in a unit square, 0..1. */
function shape(x: number, y: number): { tile: boolean; spoon: boolean } {
  const r = 0.18;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const tile = dx * dx + dy * dy <= r * r;
  // Spoon: tilted 45°, bowl an ellipse, handle a rounded bar.
  const u = ((x - 0.5) + (y - 0.5)) / Math.SQRT2;
  const v = ((x - 0.5) - (y - 0.5)) / Math.SQRT2;
  const bowl = ((u + 0.16) / 0.17) ** 2 + (v / 0.12) ** 2 <= 1;
  const handle = u > -0.05 && u < 0.34 && Math.abs(v) < 0.045;
  return { tile, spoon: bowl || handle };
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const samples = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let spoon = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const s = shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (s.tile) tile++;
          if (s.tile && s.spoon) spoon++;
        }
      const n = samples * samples;
      const t = spoon / n;
      const [r, g, b] = [31 + (255 - 31) * t, 95 + (255 - 95) * t, 139 + (255 - 139) * t];
      row.set([Math.round(r), Math.round(g), Math.round(b), Math.round((tile / n) * 255)], 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
