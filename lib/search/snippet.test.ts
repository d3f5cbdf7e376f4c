import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, snippetParts } from "@/lib/search/snippet";

describe("snippetParts", () => {
  it("splits a marked headline into plain and matching parts", () => {
    expect(snippetParts(`La ${MATCH_START}sécurité${MATCH_END} du ${MATCH_START}Maroc${MATCH_END}.`)).toEqual([
      { text: "La ", match: false },
      { text: "sécurité", match: true },
      { text: " du ", match: false },
      { text: "Maroc", match: true },
      { text: ".", match: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    expect(snippetParts(`<script>x</script> ${MATCH_START}<b>${MATCH_END}`)).toEqual([
      { text: "<script>x</script> ", match: false },
      { text: "<b>", match: true },
    ]);
  });

  it("returns no part for an empty headline", () => {
    expect(snippetParts("")).toEqual([]);
  });
});
