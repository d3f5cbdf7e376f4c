// The clean-up engine: finds what the rules (rules.ts) would remove from a raw text, reports each
// change with its reason and its place in the raw text, and builds the cleaned text. Every change has
// a stable id (rule@raw offset); passing ids in `keep` leaves those spots as they were, which is how
// an editor undoes one step: the app runs the clean-up again on the raw text with the ids kept.
import { authorBlurbWords, lineRules, metadataPrefix, repeatMinimumLength, titleMaximumLength, type CleanupRuleName } from "@/lib/ingest/cleaning/rules";

export type CleanupChange = {
  id: string;
  rule: CleanupRuleName | "byline";
  action: "removed" | "replaced";
  before: string;
  after: string;
  start: number;
  end: number;
  reason: string;
};

export type CleanupMetadata = {
  title?: string;
  publishedOn?: { date: string; precision: "YEAR" | "MONTH" | "DAY" };
  byline?: string;
};

export type CleanupResult = { text: string; changes: CleanupChange[]; kept: string[]; metadata: CleanupMetadata };

type Line = { start: number; end: number; contentStart: number; removed: boolean };

const byline = /^(?:[Pp]ar|[Bb]y|[Pp]or|[Vv]on|[Dd]oor)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de\s+|van\s+|el\s+)?\p{Lu}[\p{L}'’.-]+){0,4})(?:\s*[,|–-]\s*.{0,60})?$/u;
const spaces = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g;

export function cleanArticleText(raw: string, options: { keep?: Iterable<string>; language?: string } = {}): CleanupResult {
  const keep = new Set(options.keep ?? []);
  const changes: CleanupChange[] = [];
  const kept: string[] = [];
  const metadata: CleanupMetadata = {};
  const lines = splitLines(raw);
  const content = (line: Line) => raw.slice(line.contentStart, line.end).trim();
  const live = () => lines.filter((line) => !line.removed && content(line));

  // Records a change unless the editor kept that spot; returns whether it applies.
  const propose = (change: Omit<CleanupChange, "id" | "after" | "action">): boolean => {
    const id = `${change.rule}@${change.start}`;
    if (keep.has(id)) {
      kept.push(id);
      return false;
    }
    changes.push({ id, action: "removed", after: "", ...change });
    return true;
  };
  const removeLine = (line: Line, rule: CleanupChange["rule"], reason: string) => {
    const start = line.contentStart + (raw.slice(line.contentStart, line.end).length - raw.slice(line.contentStart, line.end).trimStart().length);
    if (propose({ rule, start, end: line.end, before: raw.slice(start, line.end), reason })) line.removed = true;
  };

  const first = live()[0];
  const prefix = first && raw.slice(first.start, first.end).match(metadataPrefix);
  if (first && prefix?.[1]) {
    const applied = propose({ rule: "metadata-prefix", start: first.start, end: first.start + prefix[0].length, before: prefix[0], reason: `Inline metadata “date ${prefix[1]}”, moved to the publication date.` });
    if (applied) {
      first.contentStart = first.start + prefix[0].length;
      metadata.publishedOn = datedPrefix(prefix[1]);
    }
  }

  for (const line of live()) {
    const text = content(line);
    const rule = lineRules.find((candidate) => text.length <= candidate.maxLength && (!candidate.languages || !options.language || candidate.languages.includes(options.language)) && candidate.pattern.test(text));
    if (rule) removeLine(line, rule.rule, rule.reason);
  }

  const last = live().at(-1);
  if (last && isAuthorBlurb(content(last))) removeLine(last, "author-blurb", "Author blurb appended by the site, not part of the article.");

  const bylineLine = [...live().slice(0, 3), ...live().slice(-2)].find((line) => byline.test(content(line)));
  if (bylineLine) {
    const name = content(bylineLine);
    removeLine(bylineLine, "byline", "Byline, moved to the article's metadata.");
    if (bylineLine.removed) metadata.byline = name;
  }

  const [head, next] = live();
  if (head && next && isTitleLine(content(head), content(next))) {
    const title = content(head);
    removeLine(head, "title-line", "Title line, moved to the article's title.");
    if (head.removed) metadata.title = title;
  }

  const numbered = lines.filter((line) => raw.slice(line.start, line.end).trim());
  removeRepeats(live(), content, removeLine, (line) => numbered.indexOf(line) + 1);

  const built = live().map((line) => content(line));
  const normalised = built.map((text) => text.normalize("NFC"));
  const nfcChanged = normalised.filter((text, index) => text !== built[index]).length;
  const useNfc = nfcChanged > 0 && propose({ rule: "unicode-nfc", start: 0, end: 0, before: "", reason: `Unicode normalised (NFC) in ${nfcChanged} paragraph(s).` });
  const paragraphs = useNfc ? normalised : built;
  const collapsed = paragraphs.map((text) => text.replace(spaces, " "));
  const spacesChanged = collapsed.filter((text, index) => text !== paragraphs[index]).length;
  const useSpaces = spacesChanged > 0 && propose({ rule: "whitespace", start: 0, end: 0, before: "", reason: `Stray spaces collapsed in ${spacesChanged} paragraph(s).` });

  changes.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return { text: (useSpaces ? collapsed : paragraphs).join("\n\n"), changes, kept, metadata };
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  for (const match of raw.matchAll(pattern)) {
    lines.push({ start, end: match.index, contentStart: start, removed: false });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: raw.length, contentStart: start, removed: false });
  return lines;
}

function datedPrefix(value: string): CleanupMetadata["publishedOn"] {
  const [year, month, day] = value.split("-");
  return { date: `${year}-${month ?? "01"}-${day ?? "01"}`, precision: day ? "DAY" : month ? "MONTH" : "YEAR" };
}

function isAuthorBlurb(text: string): boolean {
  const sentences = text.replace(/^[«"“\s]+|[»"”\s]+$/g, "").split(/[.!?]+/).map((part) => part.trim()).filter(Boolean);
  return sentences.length >= 3 && sentences.every((sentence) => sentence.length <= 60) && (text.match(authorBlurbWords)?.length ?? 0) >= 2;
}

function isTitleLine(text: string, following: string): boolean {
  return (
    text.length <= titleMaximumLength &&
    text.split(/\s+/).length >= 3 &&
    /^[\p{Lu}\p{N}«"“]/u.test(text) &&
    !/[.!?…:;,»"”)]$/.test(text) &&
    following.length >= text.length * 2
  );
}

// A paragraph met again word for word (case- and space-insensitive) is removed; short ones only when
// they sit next to a removed repeat, i.e. inside a duplicated block.
function removeRepeats(
  live: Line[],
  content: (line: Line) => string,
  removeLine: (line: Line, rule: "repeated-paragraph", reason: string) => void,
  paragraphNumber: (line: Line) => number,
) {
  const key = (line: Line) => content(line).normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  const firstSeen = new Map<string, Line>();
  const repeats = new Map<Line, Line>();
  for (const line of live) {
    const original = firstSeen.get(key(line));
    if (original) repeats.set(line, original);
    else firstSeen.set(key(line), line);
  }
  const chosen = new Set([...repeats.keys()].filter((line) => content(line).length >= repeatMinimumLength));
  let grew = true;
  while (grew) {
    grew = false;
    live.forEach((line, index) => {
      const neighbours = [live[index - 1], live[index + 1]];
      if (repeats.has(line) && !chosen.has(line) && neighbours.some((neighbour) => neighbour && chosen.has(neighbour))) {
        chosen.add(line);
        grew = true;
      }
    });
  }
  for (const line of live) {
    const original = repeats.get(line);
    if (original && chosen.has(line)) removeLine(line, "repeated-paragraph", `Paragraph repeated word for word (first seen as paragraph ${paragraphNumber(original)}).`);
  }
}
