import { describe, expect, it } from "vitest";
import {
  checkNormalisedDate,
  resolveDateExpression,
  type DatePrecision,
  type DateReference,
  type NormalisedDate,
} from "@/lib/annotations/dates/resolve-date-expression";

// 2023-03-07 is a Tuesday; 2023-03-05 a Sunday.
const TUESDAY_7_MARCH_2023: DateReference = { date: "2023-03-07" };

const day = (iso: string): NormalisedDate => ({ start: iso, end: iso, precision: "DAY" });
const span = (start: string, end: string, precision: DatePrecision): NormalisedDate => ({ start, end, precision });
const on = (date: string, precision?: DatePrecision): DateReference => ({ date, precision });

type Case = [expression: string, reference: DateReference | null, language: string | undefined, expected: NormalisedDate | null];

function expectCases(cases: Case[]) {
  for (const [expression, reference, language, expected] of cases) {
    expect(resolveDateExpression(expression, reference, language), expression).toEqual(expected);
  }
}

describe("resolveDateExpression: full dates", () => {
  it.each<Case>([
    ["5 mars 2023", null, "fr", day("2023-03-05")],
    ["1er janvier 2020", null, "fr", day("2020-01-01")],
    ["le 12/03/2021", null, "fr", day("2021-03-12")],
    ["12.03.2021", null, "fr", day("2021-03-12")],
    ["03/12/2021", null, "en", day("2021-03-12")],
    ["03/12/2021", null, "en-US", day("2021-03-12")],
    ["12/03/2021", null, undefined, day("2021-03-12")],
    ["2023-03-05", null, "fr", day("2023-03-05")],
    ["March 5, 2023", null, "en", day("2023-03-05")],
    ["5 March 2023", null, "en", day("2023-03-05")],
    ["on the 5th of March 2023", null, "en", day("2023-03-05")],
    ["samedi 5 août 2023", null, "fr", day("2023-08-05")],
    ["dimanche 05/03/2023", null, "fr", day("2023-03-05")],
  ])("reads %j", (expression, reference, language, expected) => {
    expect(resolveDateExpression(expression, reference, language)).toEqual(expected);
  });

  it("ignores case, accents, apostrophes and ordinal suffixes", () => {
    expectCases([
      ["1ER JANVIER 2020", null, "fr", day("2020-01-01")],
      ["Fevrier 2024", null, "fr", span("2024-02-01", "2024-02-29", "MONTH")],
      ["le premier mai 2021", null, "fr", day("2021-05-01")],
      ["janv. 2022", null, "fr", span("2022-01-01", "2022-01-31", "MONTH")],
    ]);
  });

  it("keeps an explicit year even when the stated weekday does not match it", () => {
    expect(resolveDateExpression("lundi 5 mars 2023", null, "fr")).toEqual(day("2023-03-05"));
  });

  it("accepts 29 February in leap years only", () => {
    expectCases([
      ["29 février 2024", null, "fr", day("2024-02-29")],
      ["29 février 2023", null, "fr", null],
      ["29 février 2000", null, "fr", day("2000-02-29")],
      ["29 février 1900", null, "fr", null],
    ]);
  });

  it("refuses days that do not exist", () => {
    expectCases([
      ["31 février 2023", null, "fr", null],
      ["31 avril 2023", null, "fr", null],
      ["32 mars 2023", null, "fr", null],
      ["13/13/2023", null, "fr", null],
      ["2023-02-30", null, "fr", null],
    ]);
  });
});

describe("resolveDateExpression: dates without a year", () => {
  it("takes the article's year for a nearby date", () => {
    expect(resolveDateExpression("dimanche 5 mars", TUESDAY_7_MARCH_2023, "fr")).toEqual(day("2023-03-05"));
    expect(resolveDateExpression("Sunday, March 5", TUESDAY_7_MARCH_2023, "en")).toEqual(day("2023-03-05"));
  });

  it("crosses the year boundary towards the closest date", () => {
    expect(resolveDateExpression("28 décembre", on("2023-01-03"), "fr")).toEqual(day("2022-12-28"));
    expect(resolveDateExpression("5 janvier", on("2022-12-20"), "fr")).toEqual(day("2023-01-05"));
    expect(resolveDateExpression("en décembre", on("2023-01-03"), "fr")).toEqual(span("2022-12-01", "2022-12-31", "MONTH"));
  });

  it("prefers the year whose weekday matches over the closest one", () => {
    // 5 January 2023 is a Thursday, 5 January 2024 a Friday; 2024 is closer to 10 July 2023.
    expect(resolveDateExpression("jeudi 5 janvier", on("2023-07-10"), "fr")).toEqual(day("2023-01-05"));
    expect(resolveDateExpression("5 janvier", on("2023-07-10"), "fr")).toEqual(day("2024-01-05"));
  });

  it("falls back to the closest year when no weekday matches", () => {
    // 5 March is a Saturday in 2022, a Sunday in 2023, a Tuesday in 2024: never a Monday.
    expect(resolveDateExpression("lundi 5 mars", TUESDAY_7_MARCH_2023, "fr")).toEqual(day("2023-03-05"));
  });

  it("keeps to the past or the future when told", () => {
    expect(resolveDateExpression("le 5 mars dernier", on("2023-03-04"), "fr")).toEqual(day("2022-03-05"));
    expect(resolveDateExpression("mars prochain", on("2023-03-15"), "fr")).toEqual(span("2024-03-01", "2024-03-31", "MONTH"));
  });

  it("finds the nearest existing 29 February", () => {
    expect(resolveDateExpression("29 février", on("2024-03-10"), "fr")).toEqual(day("2024-02-29"));
    expect(resolveDateExpression("29 février", on("2023-03-07"), "fr")).toEqual(day("2024-02-29"));
  });

  it("reads a month-precision article as its whole month", () => {
    expect(resolveDateExpression("5 mars", on("2023-03-01", "MONTH"), "fr")).toEqual(day("2023-03-05"));
    expect(resolveDateExpression("5 mars", on("2023-01-01", "YEAR"), "fr")).toEqual(day("2023-03-05"));
  });

  it("needs a reference", () => {
    expectCases([
      ["5 mars", null, "fr", null],
      ["en mars", null, "fr", null],
      ["dimanche 5 mars", { date: "not a date" }, "fr", null],
    ]);
  });
});

describe("resolveDateExpression: months and years", () => {
  it.each<Case>([
    ["mars 2023", null, "fr", span("2023-03-01", "2023-03-31", "MONTH")],
    ["en mars", TUESDAY_7_MARCH_2023, "fr", span("2023-03-01", "2023-03-31", "MONTH")],
    ["début mars", on("2023-05-10"), "fr", span("2023-03-01", "2023-03-31", "MONTH")],
    ["fin mars", on("2023-05-10"), "fr", span("2023-03-01", "2023-03-31", "MONTH")],
    ["à la mi-mars", on("2023-05-10"), "fr", span("2023-03-01", "2023-03-31", "MONTH")],
    ["fin du mois de mars 2021", null, "fr", span("2021-03-01", "2021-03-31", "MONTH")],
    ["2023-03", null, "fr", span("2023-03-01", "2023-03-31", "MONTH")],
    ["03/2021", null, "fr", span("2021-03-01", "2021-03-31", "MONTH")],
    ["2019", null, "fr", span("2019-01-01", "2019-12-31", "YEAR")],
    ["en 2019", null, "fr", span("2019-01-01", "2019-12-31", "YEAR")],
    ["depuis 2019", null, "fr", span("2019-01-01", "2019-12-31", "YEAR")],
    ["in 2019", null, "en", span("2019-01-01", "2019-12-31", "YEAR")],
  ])("reads %j", (expression, reference, language, expected) => {
    expect(resolveDateExpression(expression, reference, language)).toEqual(expected);
  });
});

describe("resolveDateExpression: relative to the article", () => {
  it("counts years from the article, whatever its precision", () => {
    const lastYear = span("2022-01-01", "2022-12-31", "YEAR");
    expectCases([
      ["l'an dernier", TUESDAY_7_MARCH_2023, "fr", lastYear],
      ["l’année dernière", TUESDAY_7_MARCH_2023, "fr", lastYear],
      ["L'AN PASSÉ", on("2023-01-01", "YEAR"), "fr", lastYear],
      ["last year", TUESDAY_7_MARCH_2023, "en", lastYear],
      ["cette année", TUESDAY_7_MARCH_2023, "fr", span("2023-01-01", "2023-12-31", "YEAR")],
      ["l'année prochaine", TUESDAY_7_MARCH_2023, "fr", span("2024-01-01", "2024-12-31", "YEAR")],
      ["l'an dernier", null, "fr", null],
    ]);
  });

  it("counts months only from an article dated to the month or the day", () => {
    expectCases([
      ["le mois dernier", on("2023-01-15"), "fr", span("2022-12-01", "2022-12-31", "MONTH")],
      ["last month", on("2023-03-01", "MONTH"), "en", span("2023-02-01", "2023-02-28", "MONTH")],
      ["le mois prochain", on("2023-12-15"), "fr", span("2024-01-01", "2024-01-31", "MONTH")],
      ["ce mois-ci", TUESDAY_7_MARCH_2023, "fr", span("2023-03-01", "2023-03-31", "MONTH")],
      ["le mois dernier", on("2023-01-01", "YEAR"), "fr", null],
    ]);
  });

  it("counts days only from an article dated to the day", () => {
    expectCases([
      ["hier", on("2023-03-01"), "fr", day("2023-02-28")],
      ["avant-hier", on("2024-03-01"), "fr", day("2024-02-28")],
      ["aujourd’hui", TUESDAY_7_MARCH_2023, "fr", day("2023-03-07")],
      ["demain", on("2023-12-31"), "fr", day("2024-01-01")],
      ["yesterday", on("2023-01-01"), "en", day("2022-12-31")],
      ["today", TUESDAY_7_MARCH_2023, "en", day("2023-03-07")],
      ["tomorrow", TUESDAY_7_MARCH_2023, "en", day("2023-03-08")],
      ["hier", on("2023-03-01", "MONTH"), "fr", null],
      ["hier", null, "fr", null],
    ]);
  });

  it("finds the weekday meant", () => {
    expectCases([
      ["dimanche dernier", TUESDAY_7_MARCH_2023, "fr", day("2023-03-05")],
      ["last Sunday", TUESDAY_7_MARCH_2023, "en", day("2023-03-05")],
      ["lundi", TUESDAY_7_MARCH_2023, "fr", day("2023-03-06")],
      // The article's own weekday is that very day, unless "dernier" pushes it a week back.
      ["mardi", TUESDAY_7_MARCH_2023, "fr", day("2023-03-07")],
      ["mardi dernier", TUESDAY_7_MARCH_2023, "fr", day("2023-02-28")],
      ["lundi prochain", TUESDAY_7_MARCH_2023, "fr", day("2023-03-13")],
      ["next Tuesday", TUESDAY_7_MARCH_2023, "en", day("2023-03-14")],
      // 1 January 2023 is a Sunday.
      ["lundi", on("2023-01-01"), "fr", day("2022-12-26")],
      ["lundi", on("2023-01-01", "MONTH"), "fr", null],
      ["lundi", null, "fr", null],
    ]);
  });
});

describe("resolveDateExpression: weeks, seasons and dates inside the article's period", () => {
  it.each<Case>([
    ["la semaine dernière", TUESDAY_7_MARCH_2023, "fr", span("2023-02-27", "2023-03-05", "DAY")],
    ["en début de semaine", TUESDAY_7_MARCH_2023, "fr", span("2023-03-06", "2023-03-12", "DAY")],
    ["next week", TUESDAY_7_MARCH_2023, "en", span("2023-03-13", "2023-03-19", "DAY")],
    ["cette semaine", on("2023-03-01", "MONTH"), "fr", null],
    ["cet été", on("2024-01-01", "YEAR"), "fr", span("2024-06-01", "2024-08-31", "MONTH")],
    ["l'hiver 2023", null, "fr", span("2023-12-01", "2024-02-29", "MONTH")],
    ["l'été dernier", on("2024-03-10"), "fr", span("2023-06-01", "2023-08-31", "MONTH")],
    ["l'année 2025", null, "fr", span("2025-01-01", "2025-12-31", "YEAR")],
    ["fin d'année 2024", null, "fr", span("2024-01-01", "2024-12-31", "YEAR")],
    // 30 October 2020 was a Friday, 30 October 2019 a Wednesday: the article's own month still wins.
    ["mercredi 30 octobre", on("2020-10-01", "MONTH"), "fr", day("2020-10-30")],
  ])("reads %j", (expression, reference, language, expected) => {
    expect(resolveDateExpression(expression, reference, language)).toEqual(expected);
  });
});

describe("resolveDateExpression: ranges", () => {
  it.each<Case>([
    ["du 5 au 8 mars 2023", null, "fr", span("2023-03-05", "2023-03-08", "DAY")],
    ["5-8 mars 2023", null, "fr", span("2023-03-05", "2023-03-08", "DAY")],
    ["entre le 5 et le 8 mars", on("2023-03-20"), "fr", span("2023-03-05", "2023-03-08", "DAY")],
    ["from 5 to 8 March", on("2023-03-20"), "en", span("2023-03-05", "2023-03-08", "DAY")],
    ["March 5-8, 2023", null, "en", span("2023-03-05", "2023-03-08", "DAY")],
    ["entre 2015 et 2018", null, "fr", span("2015-01-01", "2018-12-31", "YEAR")],
    ["2015-2018", null, "fr", span("2015-01-01", "2018-12-31", "YEAR")],
    ["de janvier à mars 2022", null, "fr", span("2022-01-01", "2022-03-31", "MONTH")],
    ["du 28 février au 3 mars 2024", null, "fr", span("2024-02-28", "2024-03-03", "DAY")],
    ["du 28 décembre au 3 janvier 2023", null, "fr", span("2022-12-28", "2023-01-03", "DAY")],
    ["du 28 décembre 2022 au 3 janvier", null, "fr", span("2022-12-28", "2023-01-03", "DAY")],
    ["du 28 décembre au 3 janvier", on("2023-01-10"), "fr", span("2022-12-28", "2023-01-03", "DAY")],
    // Ends of different precisions share the coarser one.
    ["du 5 mars 2021 à 2023", null, "fr", span("2021-01-01", "2023-12-31", "YEAR")],
    ["de mars 2021 au 8 juin 2022", null, "fr", span("2021-03-01", "2022-06-30", "MONTH")],
    ["d'hier à aujourd'hui", TUESDAY_7_MARCH_2023, "fr", span("2023-03-06", "2023-03-07", "DAY")],
  ])("reads %j", (expression, reference, language, expected) => {
    expect(resolveDateExpression(expression, reference, language)).toEqual(expected);
  });

  it("refuses ranges that run backwards or lack a month", () => {
    expectCases([
      ["du 8 au 5 mars 2023", null, "fr", null],
      ["entre 2018 et 2015", null, "fr", null],
      ["du 28 au 3 janvier 2023", null, "fr", null],
      ["du 5 au 8", TUESDAY_7_MARCH_2023, "fr", null],
      ["du 5 au 8 mars", null, "fr", null],
    ]);
  });
});

describe("resolveDateExpression: what it does not understand", () => {
  it.each(["", "   ", "bonjour", "5", "lundi mars", "semaine", "années 1990", "XXe siècle", "mars mars 2023", "2023 5 mars"])(
    "returns null for %j",
    (expression) => {
      expect(resolveDateExpression(expression, TUESDAY_7_MARCH_2023, "fr")).toBeNull();
    },
  );

  it("returns null for a selection too long to be a date", () => {
    expect(resolveDateExpression(`le 5 mars 2023 ${"et ainsi de suite ".repeat(10)}`, null, "fr")).toBeNull();
  });
});

describe("checkNormalisedDate", () => {
  it.each<[NormalisedDate, string | null]>([
    [day("2023-03-05"), null],
    [day("2024-02-29"), null],
    [day("2023-02-29"), "29 February 2023 does not exist."],
    [day("2023-02-31"), "31 February 2023 does not exist."],
    [span("2023-04-01", "2023-04-31", "DAY"), "31 April 2023 does not exist."],
    [day("2023-13-01"), "Month 13 does not exist."],
    [day("0000-01-01"), "Year 0 does not exist."],
    [day("2023-3-5"), "The start date must be written yyyy-mm-dd."],
    [span("2023-03-05", "", "DAY"), "The end date must be written yyyy-mm-dd."],
    [span("2023-03-08", "2023-03-05", "DAY"), "The start date (2023-03-08) is after the end date (2023-03-05)."],
    [span("2024-02-01", "2024-02-29", "MONTH"), null],
    [span("2023-01-01", "2023-03-31", "MONTH"), null],
    [span("2023-02-02", "2023-02-28", "MONTH"), "A month must start on the 1st."],
    [span("2023-02-01", "2023-02-27", "MONTH"), "A month must end on its last day (2023-02-28)."],
    [span("2015-01-01", "2018-12-31", "YEAR"), null],
    [span("2015-02-01", "2015-12-31", "YEAR"), "A year must start on 1 January."],
    [span("2015-01-01", "2015-12-30", "YEAR"), "A year must end on 31 December."],
    [span("2023-03-05", "2023-03-05", "WEEK" as DatePrecision), "Precision must be DAY, MONTH or YEAR."],
  ])("checks %j", (value, message) => {
    expect(checkNormalisedDate(value)).toEqual(message === null ? { ok: true } : { ok: false, message });
  });

  it("accepts everything the resolver produces", () => {
    const expressions = ["février 2024", "l'an dernier", "du 28 décembre au 3 janvier 2023", "de mars 2021 au 8 juin 2022", "hier"];
    for (const expression of expressions) {
      const resolved = resolveDateExpression(expression, on("2024-03-01"), "fr");
      expect(resolved, expression).not.toBeNull();
      if (resolved) expect(checkNormalisedDate(resolved), expression).toEqual({ ok: true });
    }
  });
});
