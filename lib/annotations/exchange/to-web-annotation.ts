// Annotations as W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/):
// one AnnotationCollection holding a single embedded AnnotationPage, one Annotation per annotation.
import { getDoccanoLabel, type ExportedAnnotation, type ExportedArticle } from "@/lib/annotations/exchange/exchange-types";

const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

type TextualBody = { type: "TextualBody"; purpose: string; value: string; format: "text/plain" };
type SpecificResourceBody = { type: "SpecificResource"; purpose: string; source: string | { id: string; label: string } };
type Selector =
  | { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string }
  | { type: "TextPositionSelector"; start: number; end: number };

export type WebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: string;
  body: (TextualBody | SpecificResourceBody)[];
  target: string | { source: string; selector: Selector[] };
  creator?: { type: "Person"; email: string };
  created: string;
  // Not in the model, which has no review state: plain JSON readers see it, JSON-LD drops it.
  status: ExportedAnnotation["status"];
};

export type WebAnnotationCollection = {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label?: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
};

// From the model's motivations (§3.3.5): an entity span "identifying" what it names, a theme
// "classifying" the text, and a date "describing": its body is the normalised period the words
// mean, a description of the target rather than a tag ("tagging" is for keywords grouping resources).
const MOTIVATIONS = { ENTITY: "identifying", THEME: "classifying", DATE: "describing" } as const;

const urn = (id: string) => `urn:uuid:${id}`;

export function buildWebAnnotationCollection(
  articles: readonly ExportedArticle[],
  options: { id?: string; label?: string } = {},
): WebAnnotationCollection {
  const id = options.id ?? urn(crypto.randomUUID());
  const items = articles.flatMap((article) => {
    const toCodePoints = createCodePointCounter(article.text);
    return article.annotations.map((annotation) => buildWebAnnotation(article, annotation, toCodePoints));
  });
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    ...(options.label ? { label: options.label } : {}),
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

function buildWebAnnotation(article: ExportedArticle, annotation: ExportedAnnotation, toCodePoints: (offset: number) => number): WebAnnotation {
  const source = article.url ?? urn(article.id);
  const { start, end } = annotation;
  const target =
    start === null || end === null
      ? source
      : {
          source,
          selector: [
            {
              type: "TextQuoteSelector" as const,
              exact: annotation.quote,
              ...(annotation.prefix ? { prefix: annotation.prefix } : {}),
              ...(annotation.suffix ? { suffix: annotation.suffix } : {}),
            },
            { type: "TextPositionSelector" as const, start: toCodePoints(start), end: toCodePoints(end) },
          ],
        };
  return {
    id: urn(annotation.id),
    type: "Annotation",
    motivation: MOTIVATIONS[annotation.kind],
    body: buildBodies(annotation),
    target,
    ...(annotation.author ? { creator: { type: "Person" as const, email: `mailto:${annotation.author}` } } : {}),
    created: annotation.createdAt,
    status: annotation.status,
  };
}

// Several bodies, each with its purpose (§3.3.5): what the annotation says, the same label as the
// JSON Lines and CoNLL exports ("tagging"), the theme it is evidence for ("linking"), the note.
function buildBodies(annotation: ExportedAnnotation): (TextualBody | SpecificResourceBody)[] {
  const bodies: (TextualBody | SpecificResourceBody)[] = [];
  const { entity, theme, date } = annotation;
  if (entity) bodies.push({ type: "SpecificResource", purpose: "identifying", source: { id: urn(entity.id), label: entity.name } });
  if (theme) bodies.push({ type: "SpecificResource", purpose: "classifying", source: { id: urn(theme.id), label: theme.label } });
  if (date) bodies.push(textualBody("describing", formatPeriod(date)));
  bodies.push(textualBody("tagging", getDoccanoLabel(annotation)));
  if (annotation.supportsId) bodies.push({ type: "SpecificResource", purpose: "linking", source: urn(annotation.supportsId) });
  if (annotation.note) bodies.push(textualBody("commenting", annotation.note));
  return bodies;
}

function textualBody(purpose: string, value: string): TextualBody {
  return { type: "TextualBody", purpose, value, format: "text/plain" };
}

/** ISO 8601 at the precision of the expression: 2024-03-05, 2024-03, 2024, else an interval. */
function formatPeriod(date: NonNullable<ExportedAnnotation["date"]>): string {
  const { start, end, precision } = date;
  if (precision === "DAY" && start === end) return start;
  const month = start.slice(0, 7);
  if (precision === "MONTH" && start === `${month}-01` && end === lastDayOfMonth(month)) return month;
  const year = start.slice(0, 4);
  if (precision === "YEAR" && start === `${year}-01-01` && end === `${year}-12-31`) return year;
  return `${start}/${end}`;
}

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  // Day 0 of the next month is the last day of this one.
  const day = new Date(Date.UTC(year ?? 0, monthNumber ?? 0, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/**
 * The model counts text positions in Unicode code points, not the UTF-16 code units we store
 * (§4.2.5): an emoji before a span shifts it by one. Without astral characters the two agree.
 */
function createCodePointCounter(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  const codePoints = new Int32Array(text.length + 1);
  for (let index = 0, count = 0; index <= text.length; index += 1) {
    codePoints[index] = count;
    // A high surrogate followed by its low half is one character: count it once, at the low half.
    const startsPair = isInRange(text.charCodeAt(index), 0xd800, 0xdbff) && isInRange(text.charCodeAt(index + 1), 0xdc00, 0xdfff);
    if (!startsPair) count += 1;
  }
  return (offset) => codePoints[offset] ?? offset;
}

function isInRange(code: number, low: number, high: number): boolean {
  return code >= low && code <= high;
}
