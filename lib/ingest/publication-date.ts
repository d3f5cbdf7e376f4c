// Publication dates as sources give them ("2024-12-02", "2024-12", "2024", an ISO timestamp), read
// into the stored form: the first day of the period and its precision.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type PublicationDate = { date: Date; precision: DatePrecision };

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/;

/** The date and precision a string states, or undefined when it is not a real date. */
export function parsePublicationDate(value: string | undefined | null): PublicationDate | undefined {
  const match = value?.trim().match(datePattern);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  // Date.UTC rolls 2024-02-31 over into March: refuse instead of storing another day.
  if (date.getUTCMonth() !== Number(month ?? 1) - 1 || date.getUTCDate() !== Number(day ?? 1)) return undefined;
  return { date, precision: day ? "DAY" : month ? "MONTH" : "YEAR" };
}

/** The last day of the period a publication date covers (the day itself, the month's last, Dec 31). */
export function periodEnd({ date, precision }: PublicationDate): Date {
  const year = date.getUTCFullYear();
  if (precision === "YEAR") return new Date(Date.UTC(year, 11, 31));
  if (precision === "MONTH") return new Date(Date.UTC(year, date.getUTCMonth() + 1, 0));
  return date;
}
