// Each recommender on sentences that are not in the seed articles: the rules must generalise.
import { describe, expect, it } from "vitest";
import { buildAliasIndex } from "@/lib/suggestions/alias-index";
import { trainThemeModel } from "@/lib/suggestions/find-themes";
import { suggest } from "@/lib/suggestions/suggest";
import { rejectionKey } from "@/lib/suggestions/types";

const entitiesOf = (text: string, options: Parameters<typeof suggest>[0] extends infer T ? Partial<T> : never = {}) =>
  suggest({ text, language: "fr", ...options }).entities.map(({ text: quote, type, recommender, name }) => ({ quote, type, recommender, name }));

describe("register recommender", () => {
  const register = buildAliasIndex([
    { alias: "Yassine Mansouri", name: "Yassine Mansouri", type: "PERSON", entityId: "e1" },
    { alias: "DGED", name: "Direction générale des études et de la documentation", type: "ORG", entityId: "e2" },
    { alias: "Direction générale des études et de la documentation", name: "Direction générale des études et de la documentation", type: "ORG", entityId: "e2" },
    { alias: "Nice", name: "Nice", type: "LOCATION", entityId: "e3" },
  ]);
  it("finds aliases accent- and apostrophe-insensitively, longest first, with their entity", () => {
    const found = suggest({ text: "Yassine MANSOURI dirige la direction générale des etudes et de la documentation (DGED).", register }).entities;
    expect(found.map((entity) => [entity.text, entity.entityId])).toEqual([
      ["Yassine MANSOURI", "e1"],
      ["direction générale des etudes et de la documentation", "e2"],
      ["DGED", "e2"],
    ]);
  });
  it("respects capitals: an acronym or a capitalised name is not a common word", () => {
    expect(entitiesOf("Une idée nice, pas dged.", { register })).toEqual([]);
  });
  it("leaves out forms people rejected for that type or entity", () => {
    const rejections = new Set([rejectionKey("e3", "nice")]);
    expect(entitiesOf("Le sommet de Nice.", { register, rejections })).toEqual([]);
    expect(entitiesOf("Le sommet de Nice.", { register, rejections: new Set([rejectionKey("LOCATION", "nice")]) })).toEqual([]);
  });
});

describe("French rules", () => {
  it("finds people by title, role in apposition, and role after the name, then their last name", () => {
    const text =
      "Le général de corps d'armée Mohamed Haramou a reçu l'amiral Pierre Vandier. La secrétaire d'État, Chrysoula Zacharopoulou, était présente. " +
      "Ahmed Toufiq, ministre des Habous, a salué Mme Vautrin. Plus tard, Vandier a quitté Marrakech.";
    const people = entitiesOf(text).filter((entity) => entity.type === "PERSON");
    expect(people.map((entity) => [entity.quote, entity.name])).toEqual([
      ["Mohamed Haramou", "Mohamed Haramou"],
      ["Pierre Vandier", "Pierre Vandier"],
      ["Chrysoula Zacharopoulou", "Chrysoula Zacharopoulou"],
      ["Ahmed Toufiq", "Ahmed Toufiq"],
      ["Vautrin", "Vautrin"],
      ["Vandier", "Pierre Vandier"],
    ]);
  });
  it("finds organisations by their head noun and complement, and acronyms in parentheses", () => {
    const text = "Selon la Direction générale de la sûreté nationale (DGSN), le ministère espagnol de l'Intérieur et l'Agence nationale de la sécurité des systèmes d'information ont signé.";
    expect(entitiesOf(text).map((entity) => [entity.quote, entity.type, entity.name])).toEqual([
      ["Direction générale de la sûreté nationale", "ORG", "Direction générale de la sûreté nationale"],
      ["DGSN", "ORG", "Direction générale de la sûreté nationale"],
      ["ministère espagnol de l'Intérieur", "ORG", "ministère espagnol de l'Intérieur"],
      ["Agence nationale de la sécurité des systèmes d'information", "ORG", "Agence nationale de la sécurité des systèmes d'information"],
    ]);
  });
  it("finds places of the gazetteers, and no place inside an event's name", () => {
    expect(entitiesOf("Après Dakar, la Coupe d'Afrique des nations se jouera au Maroc, puis en Mauritanie.").map((entity) => entity.quote)).toEqual(["Dakar", "Maroc", "Mauritanie"]);
  });
  it("does not read a first name or a title as an organisation", () => {
    expect(entitiesOf("Marine Le Pen a critiqué le chef d'état-major de la Marine royale.").map((entity) => [entity.quote, entity.type])).toEqual([["Marine royale", "ORG"]]);
  });
});

describe("date recommender", () => {
  const datesOf = (text: string, date: string, precision: "DAY" | "MONTH" | "YEAR" = "DAY") => suggest({ text, language: "fr", reference: { date, precision } }).dates.map(({ text: quote, value }) => [quote, value.start, value.end, value.precision]);
  it("finds and resolves dates against the article's date, with their precision", () => {
    expect(datesOf("La réunion s'est tenue lundi dernier, après celle du 3 au 5 mai 2021 et avant la fin de l'année 2026. Il est arrivé hier soir, 2000 soldats attendent.", "2026-06-10")).toEqual([
      ["lundi dernier", "2026-06-08", "2026-06-08", "DAY"],
      ["du 3 au 5 mai 2021", "2021-05-03", "2021-05-05", "DAY"],
      ["la fin de l'année 2026", "2026-01-01", "2026-12-31", "YEAR"],
      ["hier soir", "2026-06-09", "2026-06-09", "DAY"],
    ]);
  });
  it("gives an expression finer than the article's date the article's period", () => {
    expect(datesOf("Il a parlé mercredi à l'Assemblée, puis l'hiver prochain il partira.", "2025-11-01", "MONTH")).toEqual([
      ["mercredi", "2025-11-01", "2025-11-30", "MONTH"],
      ["l'hiver prochain", "2025-12-01", "2026-02-28", "MONTH"],
    ]);
  });
});

describe("theme recommender", () => {
  const text = "Les deux pays renforcent l'échange de renseignements contre le terrorisme. La lutte antiterroriste et la prévention de la radicalisation restent prioritaires.";
  it("proposes themes from the lexicon with the sentences that support them", () => {
    const [theme] = suggest({ text, language: "fr" }).themes;
    expect(theme?.slug).toBe("counter-terrorism");
    expect(theme?.recommender).toBe("theme-lexicon");
    expect(theme?.evidence.map((span) => text.slice(span.start, span.end))).toEqual([
      "Les deux pays renforcent l'échange de renseignements contre le terrorisme.",
      "La lutte antiterroriste et la prévention de la radicalisation restent prioritaires.",
    ]);
  });
  it("learns theme words from accepted annotations", () => {
    const article = "Les gardes-frontières surveillent les pirogues de Nouadhibou; les pirogues partent la nuit.";
    expect(suggest({ text: article, language: "fr" }).themes).toEqual([]);
    const examples = [
      { slug: "border-migration", text: "Les pirogues quittent Nouadhibou chaque nuit." },
      { slug: "border-migration", text: "Interception de pirogues au large de Nouadhibou." },
      { slug: "border-migration", text: "Trois pirogues parties de Nouadhibou." },
      { slug: "cyber", text: "Une attaque informatique contre la banque." },
    ];
    const themes = suggest({ text: article, language: "fr", themeModel: trainThemeModel(examples) }).themes;
    expect(themes.map((theme) => [theme.slug, theme.recommender])).toEqual([["border-migration", "theme-model"]]);
  });
});
