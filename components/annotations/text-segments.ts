// Cutting a text at every annotation boundary, so overlapping and nested spans can be drawn: each
// segment knows which annotations cover it, and each annotation gets a lane (its underline's row) that
// no overlapping annotation shares. Linear after sorting; safe in the browser.
export type Span = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; ids: string[] };

export function segmentText(length: number, spans: Span[]): Segment[] {
  const boundaries = new Set<number>([0, length]);
  for (const span of spans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const cuts = [...boundaries].filter((cut) => cut >= 0 && cut <= length).sort((first, second) => first - second);
  const byStart = [...spans].sort((first, second) => first.start - second.start || second.end - first.end);
  const segments: Segment[] = [];
  let active: Span[] = [];
  let next = 0;
  for (let index = 0; index < cuts.length - 1; index++) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    active = active.filter((span) => span.end > start);
    while (next < byStart.length && (byStart[next] as Span).start <= start) {
      const span = byStart[next++] as Span;
      if (span.end > start) active.push(span);
    }
    segments.push({ start, end, ids: active.map((span) => span.id) });
  }
  return segments;
}

/** Greedy interval colouring: the lowest lane free at each span's start, outer spans first. */
export function assignLanes(spans: Span[]): Map<string, number> {
  const lanes = new Map<string, number>();
  const laneEnds: number[] = [];
  for (const span of [...spans].sort((first, second) => first.start - second.start || second.end - first.end)) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes.set(span.id, lane);
  }
  return lanes;
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Widens a selection to whole words, as annotators expect ("dimanche 5 ma" → "dimanche 5 mars"). */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  if (from === to) return { start: from, end: to };
  while (from > 0 && wordCharacter.test(text[from - 1] as string) && wordCharacter.test(text[from] as string)) from--;
  while (to < text.length && wordCharacter.test(text[to] as string) && wordCharacter.test(text[to - 1] as string)) to++;
  return { start: from, end: to };
}

/** The words of a text as [start, end) pairs, for keyboard selection word by word. */
export function wordBoundaries(text: string): [number, number][] {
  return [...text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}’'-]*[\p{L}\p{N}])?/gu)].map((match) => [match.index, match.index + match[0].length]);
}
