// Checks a date an annotator typed or corrected in the date form before it is saved: real calendar
// days, start not after end, and whole months or whole years for those precisions.
import {
  countDaysInMonth,
  expandToPeriod,
  type CalendarDate,
  type DatePrecision,
  type NormalisedDate,
} from "@/lib/annotations/dates/calendar";

export type DateCheck = { ok: true } | { ok: false; message: string };

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const PRECISIONS: readonly string[] = ["DAY", "MONTH", "YEAR"] satisfies DatePrecision[];

export function checkNormalisedDate(value: NormalisedDate): DateCheck {
  if (!PRECISIONS.includes(value.precision)) return refuse("Precision must be DAY, MONTH or YEAR.");
  const start = readTypedDate(value.start, "start");
  if (typeof start === "string") return refuse(start);
  const end = readTypedDate(value.end, "end");
  if (typeof end === "string") return refuse(end);
  if (value.start > value.end) return refuse(`The start date (${value.start}) is after the end date (${value.end}).`);

  if (value.precision === "MONTH") {
    if (start.day !== 1) return refuse("A month must start on the 1st.");
    const lastDay = expandToPeriod(end, "MONTH").end;
    if (value.end !== lastDay) return refuse(`A month must end on its last day (${lastDay}).`);
  }
  if (value.precision === "YEAR") {
    if (start.month !== 1 || start.day !== 1) return refuse("A year must start on 1 January.");
    if (end.month !== 12 || end.day !== 31) return refuse("A year must end on 31 December.");
  }
  return { ok: true };
}

/** The typed date, or the sentence explaining why it is not one. */
function readTypedDate(text: string, label: "start" | "end"): CalendarDate | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `The ${label} date must be written yyyy-mm-dd.`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthName = MONTH_NAMES[month - 1];
  if (year < 1) return "Year 0 does not exist.";
  if (!monthName) return `Month ${match[2]} does not exist.`;
  if (day < 1 || day > countDaysInMonth(year, month)) return `${day} ${monthName} ${year} does not exist.`;
  return { year, month, day };
}

function refuse(message: string): DateCheck {
  return { ok: false, message };
}
