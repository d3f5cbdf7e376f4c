import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentHashOf, estimateSimilarity, lshBands, minHashSignature, normaliseForComparison } from "@/lib/ingest/fingerprint";

const seed = (file: string) => readFileSync(path.join(process.cwd(), "prisma/demo/articles", file), "utf8");
const esper = seed("004_326b10c8a0079c95.txt");
const darmanin = seed("001_c896d8f6e04a56be.txt");

const sharesBand = (first: string, second: string) => {
  const bands = new Set(lshBands(minHashSignature(first)));
  return lshBands(minHashSignature(second)).some((band) => bands.has(band));
};

describe("content hash", () => {
  it("ignores case, accents, punctuation and spacing, not words", () => {
    expect(contentHashOf("La Sécurité,  au Maroc !")).toBe(contentHashOf("la securite au maroc"));
    expect(contentHashOf("la sécurité au Maroc")).not.toBe(contentHashOf("la sécurité en France"));
    expect(normaliseForComparison("L'Élysée\u00a0— Rabat")).toBe("l elysee rabat");
  });
});

describe("MinHash", () => {
  it("gives identical texts identical signatures", () => {
    expect(minHashSignature(esper)).toEqual(minHashSignature(esper));
    expect(estimateSimilarity(minHashSignature(esper), minHashSignature(esper))).toBe(1);
  });

  it("keeps an agency copy with a changed sentence close, and finds it through a shared band", () => {
    const sentences = darmanin.split(". ");
    const edited = [...sentences.slice(0, 3), "Le ministre a également salué la qualité de l'accueil", ...sentences.slice(4)].join(". ");
    const similarity = estimateSimilarity(minHashSignature(darmanin), minHashSignature(edited));
    expect(similarity).toBeGreaterThan(0.8);
    expect(similarity).toBeLessThan(1);
    expect(sharesBand(darmanin, edited)).toBe(true);
  });

  it("keeps different articles apart, with no shared band", () => {
    expect(estimateSimilarity(minHashSignature(esper), minHashSignature(darmanin))).toBeLessThan(0.1);
    expect(sharesBand(esper, darmanin)).toBe(false);
  });

  it("builds sixteen band keys, each tagged with its band number", () => {
    const bands = lshBands(minHashSignature(esper));
    expect(bands).toHaveLength(16);
    expect(bands.map((band) => Number(band >> 32n))).toEqual([...Array(16).keys()]);
  });

  it("fingerprints texts shorter than a shingle", () => {
    expect(estimateSimilarity(minHashSignature("Rabat"), minHashSignature("rabat"))).toBe(1);
  });
});
