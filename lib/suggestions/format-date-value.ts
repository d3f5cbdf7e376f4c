// A normalised date as `npm run suggest` prints it: ISO 8601 at its precision ("2020-10-02", "2023-03",
// "2024"), and an interval for a span ("2024-07-26/2024-08-11", summer: "2024-06/2024-08"). Pure.
import type { NormalisedDate } from "@/lib/annotations/dates/calendar";

const LENGTH = { DAY: 10, MONTH: 7, YEAR: 4 } as const;

export function formatDateValue({ start, end, precision }: NormalisedDate): string {
  const from = start.slice(0, LENGTH[precision]);
  const to = end.slice(0, LENGTH[precision]);
  return from === to ? from : `${from}/${to}`;
}
