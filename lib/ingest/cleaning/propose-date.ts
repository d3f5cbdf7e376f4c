// A publication date proposed from the text when the source gives none. Only a proposal, shown to
// the editor with the words it comes from: the most recent full date (day month year), else the most
// recent month and year, else the year mentioned most often. Years after "depuis"/"since" are
// references to the past and never count; nothing found means no proposal rather than a guess.

export type DateProposal = { date: string; precision: "YEAR" | "MONTH" | "DAY"; evidence: string };

const months: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const monthNames = Object.keys(months).join("|");
const year = "((?:19|20)\\d{2})";
const dayMonthYear = new RegExp(`(?<![\\p{L}\\d])(1er|\\d{1,2})\\s+(?:de\\s+)?(${monthNames})\\s+(?:de\\s+)?${year}(?!\\d)`, "giu");
const monthDayYear = new RegExp(`(?<!\\p{L})(${monthNames})\\s+(\\d{1,2}),?\\s+${year}(?!\\d)`, "giu");
const monthYear = new RegExp(`(?<!\\d\\s?)(?<!\\p{L})(${monthNames})\\s+(?:de\\s+)?${year}(?!\\d)`, "giu");
const bareYear = new RegExp(`(?<!\\d)${year}(?!\\d)`, "gu");
// "depuis octobre 2022", "since 2006", "depuis le 3 mars 2021": the start of something, not the news.
const pastReference = /(?:depuis|since|desde|seit)\s+(?:l'an(?:née)?\s+|le\s+)?(?:(?:1er|\d{1,2})\s+)?(?:\p{L}+\s+)?$/iu;
const isPastReference = (text: string, index: number) => pastReference.test(text.slice(Math.max(0, index - 30), index));

type Candidate = { date: string; evidence: string };

const pad = (value: number) => String(value).padStart(2, "0");

// The ISO date, or undefined for an impossible one ("31 février").
function isoDate(y: string, month: string, day: number): string | undefined {
  const monthNumber = months[month.toLowerCase()] ?? 0;
  const date = new Date(Date.UTC(Number(y), monthNumber - 1, day));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === day ? `${y}-${pad(monthNumber)}-${pad(day)}` : undefined;
}

function evidenceAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

/** `today` bounds the proposals: an article cannot have been published in the future. */
export function proposePublicationDate(text: string, { today = new Date() }: { today?: Date } = {}): DateProposal | null {
  const limit = today.toISOString().slice(0, 10);
  const latest = (candidates: Candidate[]) => candidates.filter((candidate) => candidate.date <= limit).sort((a, b) => b.date.localeCompare(a.date))[0];
  const found = (match: RegExpMatchArray, date: string | undefined): Candidate[] =>
    date && !isPastReference(text, match.index ?? 0) ? [{ date, evidence: evidenceAround(text, match.index ?? 0, match[0].length) }] : [];

  const days = [
    ...[...text.matchAll(dayMonthYear)].flatMap((match) => found(match, isoDate(match[3] ?? "", match[2] ?? "", match[1]?.toLowerCase() === "1er" ? 1 : Number(match[1])))),
    ...[...text.matchAll(monthDayYear)].flatMap((match) => found(match, isoDate(match[3] ?? "", match[1] ?? "", Number(match[2])))),
  ];
  const day = latest(days);
  if (day) return { ...day, precision: "DAY" };

  const month = latest([...text.matchAll(monthYear)].flatMap((match) => found(match, isoDate(match[2] ?? "", match[1] ?? "", 1))));
  if (month) return { ...month, precision: "MONTH" };

  const years = new Map<string, { count: number; evidence: string }>();
  for (const match of text.matchAll(bareYear)) {
    if (isPastReference(text, match.index) || `${match[1]}-01-01` > limit) continue;
    const value = match[1] ?? "";
    const seen = years.get(value);
    years.set(value, { count: (seen?.count ?? 0) + 1, evidence: seen?.evidence ?? evidenceAround(text, match.index, match[0].length) });
  }
  const [best] = [...years.entries()].sort(([yearA, a], [yearB, b]) => b.count - a.count || yearB.localeCompare(yearA));
  return best ? { date: `${best[0]}-01-01`, precision: "YEAR", evidence: best[1].evidence } : null;
}
