import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/dossiers/slugify";

describe("slugify", () => {
  it("keeps letters and digits of any accent, joined by hyphens", () => {
    expect(slugify("Coopération sécuritaire France–Maroc 2023–2024")).toBe("cooperation-securitaire-france-maroc-2023-2024");
  });
  it("falls back to a word when the title has no Latin letter", () => {
    expect(slugify("التعاون الأمني")).toBe("dossier");
  });
  it("is at most 80 characters and never ends with a hyphen", () => {
    const slug = slugify("a ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});
