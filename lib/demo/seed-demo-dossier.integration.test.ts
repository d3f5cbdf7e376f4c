// The demo data (seeded by the integration setup) includes a published dossier readers can open.
import { describe, expect, it } from "vitest";
import { getPublishedDossier, listPublishedDossiers } from "@/lib/dossiers/published-dossiers";
import { actorOf, createTestUser } from "@/lib/testing/fixtures";
import { publishedListQuery } from "@/lib/validations/dossier";

describe("the demo dossier", () => {
  it("is published with its quotes, commentary and dated events", async () => {
    const reader = actorOf(await createTestUser("READER"));
    const list = await listPublishedDossiers(reader, publishedListQuery.parse({ q: "Washington Paris" }));
    expect(list.items.map((item) => item.slug)).toContain("cooperation-militaire-maroc-etats-unis-france-2020-2024");
    const { snapshot } = await getPublishedDossier(reader, "cooperation-militaire-maroc-etats-unis-france-2020-2024");
    expect(snapshot.sections.flatMap((section) => section.blocks.map((block) => block.kind))).toEqual(["EXCERPT", "EXCERPT", "COMMENTARY", "EVENT", "EVENT"]);
    expect(snapshot.panels.timeline.map((entry) => entry.date.start)).toEqual(["2020-10-02", "2024-12-02"]);
    expect(snapshot.panels.entities.map((entity) => entity.name).sort()).toEqual(["Afrique du Nord", "France", "Libye", "Maroc", "Sahel"]);
    expect(snapshot.panels.network.edges.length).toBeGreaterThan(0);
    expect(snapshot.citations).toHaveLength(4);
  });
});
