import { describe, expect, it } from "vitest";
import { defaultLocale, localeSchema, setLocaleSchema } from "@/lib/validations/locale";

describe("localeSchema", () => {
  it("accepts fr and en, French being the default", () => {
    expect(localeSchema.parse("fr")).toBe("fr");
    expect(setLocaleSchema.parse({ locale: "en" })).toEqual({ locale: "en" });
    expect(defaultLocale).toBe("fr");
  });

  it("refuses any other language with a clear message", () => {
    for (const locale of ["de", "FR", "fr-FR", "", undefined]) {
      expect(localeSchema.safeParse(locale).error?.issues.map((issue) => issue.message), String(locale)).toEqual(["Choose fr or en."]);
    }
  });
});
