import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/dossiers/diff-versions";
import type { DossierSnapshot } from "@/lib/dossiers/snapshot-types";

const snapshot = (commentary: string, title = "Dossier"): DossierSnapshot => ({
  title,
  summary: "",
  sections: [{ id: "s", title: "Contexte", blocks: [{ id: "c", kind: "COMMENTARY", markdown: commentary, html: "" }] }],
  citations: [],
  panels: { shown: { timeline: false, entities: false, network: false, themes: false }, timeline: [], entities: [], network: { nodes: [], edges: [] }, themes: [] },
});

describe("diffSnapshots", () => {
  it("lists the lines removed and added, and keeps the rest as unchanged", () => {
    const lines = diffSnapshots(snapshot("Première analyse.\nConclusion."), snapshot("Première analyse.\nConclusion révisée.", "Dossier v2"));
    expect(lines.filter((line) => line.change === "removed").map((line) => line.text)).toEqual(["# Dossier", "Conclusion."]);
    expect(lines.filter((line) => line.change === "added").map((line) => line.text)).toEqual(["# Dossier v2", "Conclusion révisée."]);
    expect(lines.some((line) => line.change === "same" && line.text === "Première analyse.")).toBe(true);
  });

  it("finds nothing to show between identical versions", () => {
    expect(diffSnapshots(snapshot("A"), snapshot("A")).every((line) => line.change === "same")).toBe(true);
  });
});
