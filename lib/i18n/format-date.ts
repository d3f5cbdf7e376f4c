// Formats dates per locale, honouring their precision: a month-only date reads "mars 2023", never "1 mars 2023".
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/validations/locale";

const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

const optionsByPrecision: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  YEAR: { year: "numeric" },
};

/** A calendar date (stored at UTC midnight) at its precision. */
export function formatCalendarDate(value: Date | string, precision: DatePrecision, locale: Locale): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale[locale], { ...optionsByPrecision[precision], timeZone: "UTC" }).format(date);
}

/** An instant (sign-in time, creation time) in the reader's time zone. */
export function formatDateTime(value: Date | string, locale: Locale, timeZone?: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
