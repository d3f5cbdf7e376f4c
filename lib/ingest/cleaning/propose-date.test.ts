import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "@/lib/ingest/cleaning/clean-article-text";
import { proposePublicationDate } from "@/lib/ingest/cleaning/propose-date";

const today = new Date("2026-11-23T00:00:00Z");
const cleaned = (file: string) => cleanArticleText(readFileSync(path.join(process.cwd(), "prisma/demo/articles", file), "utf8"), { language: "fr" }).text;

describe("proposePublicationDate", () => {
  it("prefers the latest full date, then month and year, with the words it comes from", () => {
    expect(proposePublicationDate("Signé le 1er octobre 2020 à Rabat, après la réunion du 3 mars 2019.", { today })).toEqual({
      date: "2020-10-01",
      precision: "DAY",
      evidence: expect.stringContaining("Signé le 1er octobre 2020 à Rabat"),
    });
    expect(proposePublicationDate("en octobre 2020, puis en mars 2021", { today })).toMatchObject({ date: "2021-03-01", precision: "MONTH" });
    expect(proposePublicationDate("On March 3, 2022 the minister arrived.", { today })).toMatchObject({ date: "2022-03-03", precision: "DAY" });
  });

  it("falls back to the year mentioned most often, never a year after “depuis”", () => {
    expect(proposePublicationDate("Le bilan 2024, en 2024 comme prévu, avant 2025.", { today })).toMatchObject({ date: "2024-01-01", precision: "YEAR" });
    expect(proposePublicationDate("Il dirige le service depuis octobre 2022, et le pays depuis 2006.", { today })).toBeNull();
  });

  it("refuses impossible and future dates", () => {
    expect(proposePublicationDate("le 31 février 2024", { today })).toMatchObject({ precision: "YEAR", date: "2024-01-01" });
    expect(proposePublicationDate("le 2 décembre 2099", { today })).toBeNull();
  });

  it("proposes 2024 for seed 001 from the Paris 2024 Olympics, and nothing for 004 whose text gives no year", () => {
    expect(proposePublicationDate(cleaned("001_c896d8f6e04a56be.txt"), { today })).toMatchObject({ date: "2024-01-01", precision: "YEAR", evidence: expect.stringContaining("Paris 2024") });
    expect(proposePublicationDate(cleaned("004_326b10c8a0079c95.txt"), { today })).toBeNull();
  });
});
