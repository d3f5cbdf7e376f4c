// A text gzipped once with holes of one fixed length, filled differently for every response without
// compressing again: each stretch between holes is compressed on its own (a raw deflate stream flushed
// to a byte boundary, never final), a filler goes in as a stored block, and the gzip trailer's CRC-32
// is combined from the stretches' CRCs (zlib's crc32_combine) rather than computed over the whole text.
// This is how a page kept in memory gets a fresh CSP nonce per response for a few microseconds.
import { constants, crc32, deflateRawSync } from "node:zlib";

export type GzipTemplate = { stretches: { deflated: Buffer; crc: number; length: number }[]; holeLength: number };

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
// A final, empty stored block: ends the deflate stream.
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** Splits `text` at every occurrence of `hole` and compresses the stretches around them. */
export function gzipTemplate(text: Buffer, hole: Buffer): GzipTemplate {
  const pieces: Buffer[] = [];
  let start = 0;
  for (let at = hole.length ? text.indexOf(hole) : -1; at !== -1; at = text.indexOf(hole, start)) {
    pieces.push(text.subarray(start, at));
    start = at + hole.length;
  }
  pieces.push(text.subarray(start));
  const stretches = pieces.map((piece) => ({ deflated: deflateRawSync(piece, { finishFlush: constants.Z_SYNC_FLUSH }), crc: crc32(piece), length: piece.length }));
  return { stretches, holeLength: hole.length };
}

/** The gzipped text with `filler` in every hole (as long as the hole, at most 65,535 bytes). */
export function fillGzipTemplate({ stretches, holeLength }: GzipTemplate, filler: Buffer): Buffer {
  if (filler.length !== holeLength) throw new Error(`A filler of ${filler.length} bytes for holes of ${holeLength}.`);
  const storedFiller = Buffer.alloc(5 + filler.length);
  storedFiller.writeUInt8(0x00, 0);
  storedFiller.writeUInt16LE(filler.length, 1);
  storedFiller.writeUInt16LE(~filler.length & 0xffff, 3);
  filler.copy(storedFiller, 5);
  const fillerCrc = crc32(filler);
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  stretches.forEach((stretch, index) => {
    if (index > 0) {
      chunks.push(storedFiller);
      crc = crc32Combine(crc, fillerCrc, filler.length);
      length += filler.length;
    }
    chunks.push(stretch.deflated);
    crc = crc32Combine(crc, stretch.crc, stretch.length);
    length += stretch.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  return Buffer.concat([...chunks, FINAL_BLOCK, trailer]);
}

// CRC-32 arithmetic modulo its polynomial, after zlib's crc32.c: the CRC of A followed by B from the
// CRCs of A and B and the length of B.
const POLYNOMIAL = 0xedb88320;

function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

// x^(2^n) modulo the polynomial, for n = 0…31.
const powersOfX = (() => {
  const table: number[] = [];
  let power = 0x40000000; // x^1
  for (let n = 0; n < 32; n++) {
    table.push(power);
    power = multiplyModP(power, power);
  }
  return table;
})();

// x^(length × 8) modulo the polynomial: appending `length` bytes shifts a CRC by that much.
function shiftOf(length: number): number {
  let shift = 0x80000000; // x^0
  for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n & 1) shift = multiplyModP(powersOfX[k & 31] as number, shift);
  return shift;
}

export function crc32Combine(first: number, second: number, secondLength: number): number {
  return (multiplyModP(shiftOf(secondLength), first) ^ second) >>> 0;
}
