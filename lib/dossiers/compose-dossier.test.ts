import { describe, expect, it } from "vitest";
import { composeDossier, type Material, type MaterialAnnotation, type MaterialItem } from "@/lib/dossiers/compose-dossier";

const text = "Le général Colcombet était à Rabat le 5 mars 2023.\nParis et Rabat renforcent leur coopération militaire.";
const at = (quote: string, from = 0) => ({ start: text.indexOf(quote, from), end: text.indexOf(quote, from) + quote.length });

const item = (id: string, kind: MaterialItem["kind"], fields: Partial<MaterialItem> = {}): MaterialItem => ({
  id, kind, articleId: null, revisionId: null, start: null, end: null, quote: null, prefix: null, suffix: null, annotationId: null, entityId: null, body: null, ...fields,
});
const annotation = (id: string, kind: MaterialAnnotation["kind"], quote: string, fields: Partial<MaterialAnnotation> = {}): MaterialAnnotation => ({
  id, articleId: "a1", revisionId: "r1", kind, scope: "SPAN", ...at(quote), status: "ACCEPTED", deleted: false, version: 1, entityId: null, themeId: null, date: null, ...fields,
});
const card = (id: string, name: string, mergedIntoId: string | null = null): Material["entities"] extends Map<string, infer E> ? E : never => ({
  id, name, typeKey: "LOCATION", typeLabel: { fr: "Lieu", en: "Place" }, description: null, aliases: [], deleted: false, mergedIntoId,
});

function material(items: MaterialItem[], overrides: Partial<Material> = {}): Material {
  return {
    title: "Dossier",
    summary: "",
    panels: { timeline: true, entities: true, network: true, themes: true },
    sections: [{ id: "s1", title: "Contexte", items }],
    articles: new Map([["a1", { id: "a1", title: "Colcombet à Rabat", source: null, url: null, publishedOn: "2023-03-01", precision: "MONTH", language: "fr", deleted: false, revisionId: "r1", text }]]),
    revisionTexts: new Map(),
    annotations: new Map([
      ["rabat", annotation("rabat", "ENTITY", "Rabat", { entityId: "e-rabat" })],
      ["rabat-again", { ...annotation("rabat-again", "ENTITY", "Rabat", { entityId: "e-rabat" }), ...at("Rabat", text.indexOf("Paris")) }],
      ["paris", annotation("paris", "ENTITY", "Paris", { entityId: "e-paris" })],
      ["colcombet", annotation("colcombet", "ENTITY", "Colcombet", { entityId: "e-colcombet", status: "SUGGESTED" })],
      ["date", annotation("date", "DATE", "5 mars 2023", { date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" } })],
      ["theme", annotation("theme", "THEME", "coopération militaire", { themeId: "t1" })],
    ]),
    entities: new Map([
      ["e-rabat", card("e-rabat", "Rabat")],
      ["e-paris", card("e-paris", "Paris")],
      ["e-old", card("e-old", "Rabat (doublon)", "e-rabat")],
    ]),
    themes: new Map([["t1", { slug: "military-cooperation", label: { fr: "Coopération militaire", en: "Military cooperation" } }]]),
    ...overrides,
  };
}

describe("composeDossier", () => {
  it("numbers citations in reading order and counts only accepted mentions inside the material", () => {
    const quote = "Paris et Rabat renforcent leur coopération militaire";
    const excerpt = item("x", "EXCERPT", { articleId: "a1", revisionId: "r1", ...at(quote), quote });
    const { snapshot, problems, citedRecords } = composeDossier(material([item("card", "ENTITY", { entityId: "e-old" }), excerpt, item("event", "EVENT", { annotationId: "date" })]));
    expect(problems).toEqual([]);
    // The card of a merged entity shows the entity it was merged into, citing its mention inside the excerpt.
    const [cardBlock, excerptBlock, eventBlock] = snapshot.sections[0]!.blocks;
    expect(cardBlock).toMatchObject({ kind: "ENTITY", entity: { name: "Rabat" }, mentions: 1, citations: [1] });
    expect(excerptBlock).toMatchObject({ kind: "EXCERPT", citation: 2, quote });
    expect(eventBlock).toMatchObject({ kind: "EVENT", citation: 3, text: "Le général Colcombet était à Rabat le 5 mars 2023." });
    expect(snapshot.citations.map((citation) => citation.n)).toEqual([1, 2, 3]);
    // The first "Rabat" lies outside the excerpt: not counted. The suggested Colcombet is not counted either.
    expect(snapshot.panels.entities.map((entity) => [entity.name, entity.count])).toEqual([["Paris", 1], ["Rabat", 1]]);
    expect(snapshot.panels.network.edges).toEqual([{ a: "e-paris", b: "e-rabat", weight: 1 }]);
    expect(snapshot.panels.themes).toEqual([{ slug: "military-cooperation", label: expect.any(Object), count: 1 }]);
    expect(citedRecords).toEqual(expect.arrayContaining([{ kind: "annotation", id: "date", version: 1 }, { kind: "article", id: "a1", revisionId: "r1" }]));
  });

  it("follows an excerpt onto a corrected text, and reports one whose words are gone", () => {
    const corrected = text.replace("Le général", "Le général d'armée");
    const articles = new Map([["a1", { ...material([]).articles.get("a1")!, revisionId: "r2", text: corrected }]]);
    const kept = item("kept", "EXCERPT", { articleId: "a1", revisionId: "r1", ...at("Paris et Rabat renforcent"), quote: "Paris et Rabat renforcent", prefix: "2023.\n", suffix: " leur" });
    const gone = item("gone", "EXCERPT", { articleId: "a1", revisionId: "r1", start: 0, end: 10, quote: "Le colonel", prefix: "", suffix: "" });
    const { snapshot, problems } = composeDossier(material([kept, gone], { articles, revisionTexts: new Map([["r1", text]]) }));
    expect(snapshot.citations[0]).toMatchObject({ revisionId: "r2", start: corrected.indexOf("Paris et Rabat"), passage: { quote: "Paris et Rabat renforcent" } });
    expect(problems).toEqual([{ itemId: "gone", message: expect.stringMatching(/no longer in the article/) }]);
  });

  it("blocks publication on suggested, rejected or deleted citations and deleted articles", () => {
    const suggested = material([item("event", "EVENT", { annotationId: "date" })]);
    suggested.annotations.set("date", { ...suggested.annotations.get("date")!, status: "SUGGESTED" });
    expect(composeDossier(suggested).problems[0]?.message).toMatch(/still a suggestion/);
    const rejected = material([item("event", "EVENT", { annotationId: "date" })]);
    rejected.annotations.set("date", { ...rejected.annotations.get("date")!, status: "REJECTED" });
    expect(composeDossier(rejected).snapshot.sections[0]!.blocks).toEqual([]);
    const deleted = material([item("article", "ARTICLE", { articleId: "a1" })]);
    deleted.articles.set("a1", { ...deleted.articles.get("a1")!, deleted: true });
    expect(composeDossier(deleted).problems[0]?.message).toMatch(/deleted/);
  });
});
