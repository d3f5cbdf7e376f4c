// Both dictionaries must offer the same texts: a key missing in one language would render `undefined`
// (the type checker catches it only for keys declared in fr.ts, and not at run time).
import { describe, expect, it } from "vitest";
import { getMessages, interpolate } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted.key, text], in a stable order. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree)
    .flatMap(([key, value]): [string, string][] => (typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`)))
    .sort(([a], [b]) => a.localeCompare(b));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("interpolate", () => {
  it("replaces each {name} with its value", () => {
    expect(interpolate("Page {page} sur {pages}", { page: 2, pages: 7 })).toBe("Page 2 sur 7");
    expect(interpolate("{count} article(s), {count} lus", { count: 3 })).toBe("3 article(s), 3 lus");
  });

  it("writes zero and empty strings rather than dropping them", () => {
    expect(interpolate("{count} article(s)", { count: 0 })).toBe("0 article(s)");
    expect(interpolate("[{name}]", { name: "" })).toBe("[]");
  });

  it("leaves an unknown placeholder visible, so a missing value shows in review instead of vanishing", () => {
    expect(interpolate("Révision {number}", {})).toBe("Révision {number}");
    expect(interpolate("no placeholders", { unused: 1 })).toBe("no placeholders");
  });
});

describe("dictionaries", () => {
  const fr = leaves(getMessages("fr") as unknown as Tree);
  const en = leaves(getMessages("en") as unknown as Tree);

  it("have exactly the same keys in fr and en", () => {
    expect(en.map(([key]) => key)).toEqual(fr.map(([key]) => key));
    expect(fr.length).toBeGreaterThan(10);
  });

  it("use the same placeholders in both languages, and no empty text", () => {
    const enByKey = new Map(en);
    for (const [key, text] of fr) {
      expect(text.trim(), key).not.toBe("");
      expect(enByKey.get(key)?.trim(), key).not.toBe("");
      expect(placeholders(enByKey.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });
});
