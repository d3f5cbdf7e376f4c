// Dates are shown at the precision they are known: a month-only publication date must never gain a day.
import { describe, expect, it, vi } from "vitest";
import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format-date";

// How the database returns a DATE: UTC midnight of the first day of the period.
const march2023 = new Date("2023-03-01T00:00:00Z");

describe("formatCalendarDate", () => {
  it("shows a MONTH-precision date as month and year, never a day", () => {
    expect(formatCalendarDate(march2023, "MONTH", "fr")).toBe("mars 2023");
    expect(formatCalendarDate(march2023, "MONTH", "en")).toBe("March 2023");
    expect(formatCalendarDate(march2023, "MONTH", "fr")).not.toMatch(/\d{1,2} mars/);
  });

  it("shows a DAY-precision date in full", () => {
    const bastilleDay = new Date("2023-07-14T00:00:00Z");
    expect(formatCalendarDate(bastilleDay, "DAY", "fr")).toBe("14 juillet 2023");
    expect(formatCalendarDate(bastilleDay, "DAY", "en")).toBe("14 July 2023");
  });

  it("shows a YEAR-precision date as the year alone", () => {
    expect(formatCalendarDate(new Date("2024-01-01T00:00:00Z"), "YEAR", "fr")).toBe("2024");
    expect(formatCalendarDate(new Date("2024-01-01T00:00:00Z"), "YEAR", "en")).toBe("2024");
  });

  it("reads the calendar date in UTC, so the server's time zone cannot move it to the day before", () => {
    // West of Greenwich, UTC midnight of 1 January is still 31 December of the year before.
    vi.stubEnv("TZ", "America/Los_Angeles");
    try {
      const newYear = new Date("2024-01-01T00:00:00Z");
      expect(newYear.getDate()).toBe(31); // the premise: local time here is the day before
      expect(formatCalendarDate(newYear, "DAY", "en")).toBe("1 January 2024");
      expect(formatCalendarDate(newYear, "MONTH", "fr")).toBe("janvier 2024");
      expect(formatCalendarDate(newYear, "YEAR", "fr")).toBe("2024");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("accepts the ISO string a JSON response carries", () => {
    expect(formatCalendarDate("2023-03-01T00:00:00.000Z", "MONTH", "fr")).toBe("mars 2023");
    expect(formatCalendarDate("2023-03-01", "DAY", "en")).toBe("1 March 2023");
  });
});

describe("formatDateTime", () => {
  it("shows an instant in the reader's time zone", () => {
    const instant = new Date("2023-07-14T10:30:00Z");
    expect(formatDateTime(instant, "fr", "Europe/Paris")).toContain("12:30");
    expect(formatDateTime(instant, "fr", "Europe/Paris")).toContain("juil. 2023");
    expect(formatDateTime(instant, "en", "America/New_York")).toContain("06:30");
    expect(formatDateTime(instant, "en", "UTC")).toBe("14 Jul 2023, 10:30");
  });
});
