import { describe, expect, it } from "vitest";
import { jaroWinkler } from "@/lib/entities/jaro-winkler";
import { compareNames, nameTokens, phoneticKey, PROPOSAL_THRESHOLD } from "@/lib/entities/name-similarity";

const proposed = (a: string, b: string) => (compareNames(a, b)?.score ?? 0) >= PROPOSAL_THRESHOLD;

describe("jaroWinkler", () => {
  it("gives the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
    expect(jaroWinkler("abc", "abc")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "abc")).toBe(0);
  });
});

describe("phoneticKey", () => {
  it("folds Maghrebi transliterations through French and English to one key", () => {
    expect(phoneticKey("nacer")).toBe(phoneticKey("nasser"));
    expect(phoneticKey("abdeltif")).toBe(phoneticKey("abdellatif"));
    expect(phoneticKey("loudyi")).toBe(phoneticKey("loudiyi"));
    expect(phoneticKey("ouahbi")).toBe(phoneticKey("wahbi"));
    expect(phoneticKey("chakib")).toBe(phoneticKey("shakib"));
    expect(phoneticKey("abdallah")).toBe(phoneticKey("abdalla"));
    expect(phoneticKey("kadhafi")).toBe(phoneticKey("qadhafi"));
  });
  it("is the first letter and the consonants", () => {
    expect(["nacer", "nasser", "loudiyi", "abdellatif", "bourita", "gaddafi", "chakib", "abdallah", "oujda", "mohammed"].map(phoneticKey)).toEqual(["nsr", "nsr", "ld", "abdltf", "brt", "kdf", "xkb", "abdl", "ajd", "mhmd"]);
  });
  it("keeps different consonants apart and leaves other scripts alone", () => {
    expect(phoneticKey("bourita")).not.toBe(phoneticKey("zefzafi"));
    expect(phoneticKey("hajib")).not.toBe(phoneticKey("habib"));
    expect(phoneticKey("بوريطة")).toBe("بوريطة");
  });
});

describe("nameTokens", () => {
  it("drops particles and folds accents and apostrophes", () => {
    expect(nameTokens("Saâd Eddine El Othmani")).toEqual(["saad", "eddine", "othmani"]);
    expect(nameTokens("Bureau central d’investigations judiciaires")).toEqual(["bureau", "central", "investigations", "judiciaires"]);
    expect(nameTokens("Le")).toEqual(["le"]);
  });
});

describe("compareNames", () => {
  it("proposes the spelling variants of the seed articles (000, 001 and 004)", () => {
    expect(compareNames("Nacer Bourita", "Nasser Bourita")).toMatchObject({ reason: "variant" });
    expect(proposed("Nacer Bourita", "Nasser Bourita")).toBe(true);
    expect(proposed("Abdeltif Loudyi", "Abdellatif Loudiyi")).toBe(true);
  });

  it("does not propose clearly different people", () => {
    for (const [a, b] of [
      ["Nasser Bourita", "Nasser Zefzafi"],
      ["Mohammed VI", "Mohammed Hajib"],
      ["Mohammed VI", "Mohammed V"],
      ["Abdellatif Loudiyi", "Abdellatif Hammouchi"],
      ["Gérald Darmanin", "Gérard Larcher"],
      ["Mark Esper", "Mark Milley"],
      ["Rabat", "Rome"],
      // Keys drop vowels: alike keys are not enough when the words do not look alike.
      ["Mohammed Elri", "Ahmed Alrira"],
      ["Abderrahim Wahlal", "Abdelkader Yahal"],
    ]) {
      expect(compareNames(a as string, b as string), `${a} / ${b}`).toBeNull();
    }
  });

  it("understands accents, particles, word order and words written together", () => {
    expect(compareNames("Régis Colcombet", "regis  COLCOMBET")).toEqual({ score: 1, reason: "same" });
    expect(compareNames("Saad Eddine El Othmani", "Saâdeddine Othmani")?.reason).toBe("variant");
    expect(proposed("Abd El Latif Hammouchi", "Abdellatif Hammouchi")).toBe(true);
    expect(proposed("Bourita Nasser", "Nasser Bourita")).toBe(true);
    expect(proposed("Mohamed Ben Ali", "Mohammed Ali")).toBe(true);
    expect(proposed("Mouammar Kadhafi", "Muammar Gaddafi")).toBe(true);
  });

  it("matches an acronym with its expansion, not with any short word", () => {
    expect(compareNames("DGST", "Direction générale de la surveillance du territoire")).toEqual({ score: 0.95, reason: "acronym" });
    expect(compareNames("Forces armées royales", "FAR")?.reason).toBe("acronym");
    expect(compareNames("D.G.E.D.", "Direction générale des études et de la documentation")?.reason).toBe("acronym");
    expect(compareNames("DGSN", "Direction générale de la surveillance du territoire")).toBeNull();
    expect(compareNames("DGST", "DGSN")).toBeNull();
  });

  it("scores closer spellings higher", () => {
    const close = compareNames("Abdellatif Loudiyi", "Abdelatif Loudiyi")?.score ?? 0;
    const far = compareNames("Abdellatif Loudiyi", "Abdeltif Loudyi")?.score ?? 0;
    expect(close).toBeGreaterThanOrEqual(far);
    expect(far).toBeGreaterThanOrEqual(PROPOSAL_THRESHOLD);
  });
});
