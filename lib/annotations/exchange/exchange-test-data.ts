// Test data shared by the exchange format tests: readable ids and an annotation with every field set.
import type { ExportedAnnotation } from "@/lib/annotations/exchange/exchange-types";

export const testUuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** An accepted manual entity span over the first `quote` in `text`, without context; tests override what they check. */
export function spanAnnotation(text: string, quote: string, rest: Partial<ExportedAnnotation> = {}): ExportedAnnotation {
  const start = text.indexOf(quote);
  return {
    id: testUuid(100),
    kind: "ENTITY",
    scope: "SPAN",
    start,
    end: start + quote.length,
    quote,
    prefix: "",
    suffix: "",
    status: "ACCEPTED",
    origin: "MANUAL",
    confidence: null,
    entity: null,
    theme: null,
    date: null,
    supportsId: null,
    note: null,
    author: null,
    reviewer: null,
    createdAt: "2024-04-01T08:00:00.000Z",
    ...rest,
  };
}
