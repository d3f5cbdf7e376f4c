// The quote and context stored with a span, and the checks that reject spans which do not fit their text.
import { describe, expect, it } from "vitest";
import { checkSpan, describeSpan, shortenForMessage, splitsSurrogatePair } from "@/lib/annotations/anchoring/text-quote";

const text = "Le Premier ministre a présenté la réforme à l’Élysée mercredi.";

describe("describeSpan", () => {
  it("returns the quote with up to contextLength characters either side", () => {
    expect(describeSpan(text, 34, 41, 10)).toEqual({ quote: "réforme", prefix: "ésenté la ", suffix: " à l’Élysé" });
  });

  it("cuts the context at the edges of the text", () => {
    expect(describeSpan(text, 0, 2)).toEqual({ quote: "Le", prefix: "", suffix: text.slice(2, 34) });
    expect(describeSpan(text, 53, 62)).toEqual({ quote: "mercredi.", prefix: text.slice(21, 53), suffix: "" });
  });

  it("counts offsets in UTF-16 code units and never cuts an emoji in half in the context", () => {
    const withEmoji = "🎉 Bravo 🎉";
    expect(describeSpan(withEmoji, 3, 8, 2)).toEqual({ quote: "Bravo", prefix: " ", suffix: " " });
    expect(describeSpan(withEmoji, 3, 8, 3)).toEqual({ quote: "Bravo", prefix: "🎉 ", suffix: " 🎉" });
  });
});

describe("checkSpan", () => {
  it("accepts a span whose quote is the text at its offsets", () => {
    expect(checkSpan(text, { start: 34, end: 41, quote: "réforme" })).toEqual({ ok: true });
    expect(checkSpan("🎉 Bravo", { start: 0, end: 2, quote: "🎉" })).toEqual({ ok: true });
  });

  it("rejects offsets that are not whole numbers", () => {
    expect(checkSpan(text, { start: 1.5, end: 3, quote: "e " })).toEqual({
      ok: false,
      message: "The span offsets must be whole numbers, got 1.5 and 3.",
    });
    expect(checkSpan(text, { start: 0, end: Number.NaN, quote: "" })).toEqual({
      ok: false,
      message: "The span offsets must be whole numbers, got 0 and NaN.",
    });
  });

  it("rejects a span outside the text", () => {
    expect(checkSpan(text, { start: -1, end: 2, quote: "Le" })).toEqual({
      ok: false,
      message: "The span starts at -1, before the beginning of the text.",
    });
    expect(checkSpan("x".repeat(100), { start: 90, end: 120, quote: "x" })).toEqual({
      ok: false,
      message: "The span ends at 120 but the text has 100 characters.",
    });
  });

  it("rejects a span that ends before it starts, or covers nothing", () => {
    expect(checkSpan(text, { start: 5, end: 3, quote: "" })).toEqual({ ok: false, message: "The span ends before it starts." });
    expect(checkSpan(text, { start: 3, end: 3, quote: "" })).toEqual({
      ok: false,
      message: "The span is empty: it must cover at least one character.",
    });
  });

  it("rejects a quote that differs from the text at the offsets, and shows what is there", () => {
    expect(checkSpan(text, { start: 10, end: 20, quote: "Premier mi" })).toEqual({
      ok: false,
      message: "The quote does not match the text at 10–20: the text there is “ ministre ”.",
    });
  });

  it("treats composed and decomposed accents as different text", () => {
    const decomposed = "re\u0301forme";
    expect(checkSpan(text, { start: 34, end: 41, quote: decomposed })).toEqual({
      ok: false,
      message: "The quote does not match the text at 34–41: the text there is “réforme”.",
    });
  });

  it("rejects a span that splits an emoji", () => {
    const withEmoji = "Bravo 🎉!";
    expect(checkSpan(withEmoji, { start: 7, end: 9, quote: withEmoji.slice(7, 9) })).toEqual({
      ok: false,
      message: "The span starts at 7, in the middle of a character (an emoji or other symbol).",
    });
    expect(checkSpan(withEmoji, { start: 0, end: 7, quote: withEmoji.slice(0, 7) })).toEqual({
      ok: false,
      message: "The span ends at 7, in the middle of a character (an emoji or other symbol).",
    });
  });
});

describe("splitsSurrogatePair", () => {
  it("is true only between the two halves of a pair", () => {
    expect([0, 1, 2, 3].map((offset) => splitsSurrogatePair("a😀b", offset))).toEqual([false, false, true, false]);
  });
});

describe("shortenForMessage", () => {
  it("keeps short quotes and cuts long ones on a character boundary", () => {
    expect(shortenForMessage("court")).toBe("court");
    expect(shortenForMessage(`${"a".repeat(59)}😀 et la suite`)).toBe(`${"a".repeat(59)}…`);
    expect(shortenForMessage("b".repeat(70))).toBe(`${"b".repeat(60)}…`);
  });
});
