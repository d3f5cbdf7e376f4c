import { describe, expect, it } from "vitest";
import { normalizeName } from "@/lib/entities/normalize-name";

describe("normalizeName", () => {
  it("folds accents, case and spacing", () => {
    expect(normalizeName("  Régis   Colcombet ")).toBe("regis colcombet");
  });
  it("treats typographic apostrophes and hyphens like plain ones", () => {
    expect(normalizeName("l’Armée royale")).toBe("l'armee royale");
    expect(normalizeName("Jean-Yves Le Drian")).toBe(normalizeName("Jean Yves Le Drian"));
  });
  it("keeps letters of other scripts", () => {
    expect(normalizeName("المغرب")).toBe("المغرب");
  });
});
