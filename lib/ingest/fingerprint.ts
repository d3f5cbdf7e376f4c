// Text fingerprints for duplicate detection: a hash of the normalised text for exact copies, and a
// MinHash signature with LSH band keys for near-copies (agency rewrites, small edits), so candidates
// come from an index lookup on shared band keys instead of a comparison with every article.
import { createHash } from "node:crypto";

const SIGNATURE_SIZE = 128;
// 16 bands of 8 rows: pairs above ~0.7 similarity share a band key with high probability
// (0.8 → 95 %, 0.9 → 99.99 %), pairs below ~0.5 rarely do.
const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
const SHINGLE_WORDS = 5;

/** Case-, accent-, punctuation- and whitespace-insensitive form: what "the same text" means on import. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function contentHashOf(text: string): string {
  return hashOfNormalised(normaliseForComparison(text));
}

const hashOfNormalised = (normalised: string) => createHash("sha256").update(normalised).digest("hex");

// FNV-1a over UTF-16 code units: fast and well spread enough for shingles.
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// murmur3's finaliser: a cheap bijective mix of 32 bits, used with a per-row seed as the permutation.
function mix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const seeds = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix(index + 0x9e3779b9));

function shingles(normalised: string): Set<number> {
  const words = normalised.split(" ").filter(Boolean);
  const result = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) result.add(hashString(words.join(" ")));
    return result;
  }
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    result.add(hashString(words.slice(index, index + SHINGLE_WORDS).join(" ")));
  }
  return result;
}

/** 128 minimum hashes of the text's 5-word shingles, as signed 32-bit integers (PostgreSQL integer[]). */
export function minHashSignature(text: string): number[] {
  return signatureOfNormalised(normaliseForComparison(text));
}

function signatureOfNormalised(normalised: string): number[] {
  // Typed arrays: this loop runs 128 times per shingle, thousands of times per article.
  const minimums = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(normalised)) {
    for (let row = 0; row < SIGNATURE_SIZE; row++) {
      const value = mix(shingle ^ (seeds[row] as number));
      if (value < (minimums[row] as number)) minimums[row] = value;
    }
  }
  return Array.from(minimums, (value) => value | 0);
}

export type Fingerprint = { contentHash: string; signature: number[]; bands: bigint[] };

/** The exact-copy hash, the MinHash signature and its band keys, normalising the text once. */
export function fingerprintOf(text: string): Fingerprint {
  const normalised = normaliseForComparison(text);
  const signature = signatureOfNormalised(normalised);
  return { contentHash: hashOfNormalised(normalised), signature, bands: lshBands(signature) };
}

/** One key per band: the band number in the high 32 bits, a hash of its rows in the low 32 bits. */
export function lshBands(signature: readonly number[]): bigint[] {
  return Array.from({ length: BANDS }, (_, band) => {
    const rows = signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).join(",");
    return (BigInt(band) << 32n) | BigInt(hashString(rows));
  });
}

/** The share of equal rows: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateSimilarity(first: readonly number[], second: readonly number[]): number {
  if (first.length !== second.length || first.length === 0) return 0;
  let equal = 0;
  for (let index = 0; index < first.length; index++) if (first[index] === second[index]) equal++;
  return equal / first.length;
}
