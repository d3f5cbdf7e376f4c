// Carries annotation spans from one revision of an article's text onto the next. One character diff
// maps every span; a search for the quote, judged by its context, rescues the spans the diff cannot
// follow (moved text); whatever is left is orphaned with a reason for a person to fix. Pure, so it
// runs in the browser as well as on the server.
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diffCleanupSemantic, diffMain } from "diff-match-patch-es";
import { checkSpan, shortenForMessage, splitsSurrogatePair } from "@/lib/annotations/anchoring/text-quote";

export type SpanToReanchor = { id: string; start: number; end: number; quote: string; prefix: string; suffix: string };

export type Reanchoring =
  | { state: "ANCHORED"; start: number; end: number }
  | { state: "REANCHORED"; start: number; end: number; quote: string }
  | { state: "ORPHANED"; reason: string };

// Bounds the diff on pathological input: past it the diff is coarser but still a valid mapping.
const DIFF_TIMEOUT_SECONDS = 0.5;
// An edited quote is still the same passage at this similarity (1 − edit distance / length).
const MIN_EDITED_SIMILARITY = 0.8;
// A quote found elsewhere must be backed by this many matching characters, quote plus context, so a
// deleted "Macron" is not pinned to another mention of him.
const MIN_SEARCH_EVIDENCE = 24;
// Context scores closer than this are noise (a shared space or "de "): such candidates tie.
const MIN_CONTEXT_LEAD = 4;

// A run of the diff: equal text, or one edit (deleted old text replaced by inserted new text).
type Chunk = { equal: boolean; oldStart: number; oldEnd: number; newStart: number; newEnd: number };

// Where the diff puts a span, with what survived of it (`preserved`) and how much it was edited.
type MappedSpan = { start: number; end: number; preserved: number; distance: number };

export function reanchorSpans(oldText: string, newText: string, spans: SpanToReanchor[]): Map<string, Reanchoring> {
  const chunks = diffIntoChunks(oldText, newText);
  const results = new Map<string, Reanchoring>();
  for (const span of spans) results.set(span.id, reanchorSpan(span, oldText, newText, chunks));
  return results;
}

function reanchorSpan(span: SpanToReanchor, oldText: string, newText: string, chunks: Chunk[]): Reanchoring {
  const check = checkSpan(oldText, span);
  // Offsets that never matched their own revision cannot be mapped with any confidence.
  if (!check.ok) return orphan(`The annotation does not match the previous revision. ${check.message}`);

  const mapped = mapSpan(chunks, span.start, span.end);
  const { start, end } = mapped;
  if (end > start && !splitsSurrogatePair(newText, start) && !splitsSurrogatePair(newText, end)) {
    const quote = newText.slice(start, end);
    if (quote === span.quote) return place(span, start, end, quote);
    const similarity = 1 - mapped.distance / Math.max(quote.length, span.quote.length);
    if (mapped.preserved > 0 && similarity >= MIN_EDITED_SIMILARITY) return place(span, start, end, quote);
  }
  return searchQuote(span, newText, mapped);
}

function diffIntoChunks(oldText: string, newText: string): Chunk[] {
  const diffs = diffMain(oldText, newText, { diffTimeout: DIFF_TIMEOUT_SECONDS });
  // Folds coincidental one-letter matches inside rewritten text into one edit, so a rewrite reads as one.
  diffCleanupSemantic(diffs);
  const chunks: Chunk[] = [];
  let oldPosition = 0;
  let newPosition = 0;
  for (const [operation, text] of diffs) {
    const equal = operation === DIFF_EQUAL;
    let chunk = chunks.at(-1);
    if (!chunk || chunk.equal || equal) {
      chunk = { equal, oldStart: oldPosition, oldEnd: oldPosition, newStart: newPosition, newEnd: newPosition };
      chunks.push(chunk);
    }
    if (operation !== DIFF_INSERT) oldPosition += text.length;
    if (operation !== DIFF_DELETE) newPosition += text.length;
    chunk.oldEnd = oldPosition;
    chunk.newEnd = newPosition;
  }
  return chunks;
}

// Text inserted exactly at a span's edge stays outside it; text that replaces part of the span
// (an edit that starts or ends inside it) is taken in, for the similarity check to judge.
function mapSpan(chunks: Chunk[], oldStart: number, oldEnd: number): MappedSpan {
  const start = mapStart(chunks, oldStart);
  const end = mapEnd(chunks, oldEnd);
  let preserved = 0;
  let distance = 0;
  const first = Math.max(0, firstChunkEndingAtOrAfter(chunks, oldStart) - 1);
  for (let index = first; index < chunks.length; index += 1) {
    const chunk = chunks[index];
    if (!chunk || chunk.oldStart > oldEnd) break;
    const removed = overlap(chunk.oldStart, chunk.oldEnd, oldStart, oldEnd);
    if (chunk.equal) preserved += removed;
    else distance += Math.max(removed, overlap(chunk.newStart, chunk.newEnd, start, end));
  }
  return { start, end, preserved, distance };
}

function mapStart(chunks: Chunk[], offset: number): number {
  const chunk = chunks[lastChunkStartingAtOrBefore(chunks, offset)];
  if (!chunk) return 0;
  if (chunk.equal) return chunk.newStart + (offset - chunk.oldStart);
  return offset < chunk.oldEnd ? chunk.newStart : chunk.newEnd;
}

function mapEnd(chunks: Chunk[], offset: number): number {
  const chunk = chunks[firstChunkEndingAtOrAfter(chunks, offset)];
  if (!chunk) return 0;
  if (chunk.equal) return chunk.newStart + (offset - chunk.oldStart);
  return offset > chunk.oldStart ? chunk.newEnd : chunk.newStart;
}

function lastChunkStartingAtOrBefore(chunks: Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((chunks[middle]?.oldStart ?? Infinity) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function firstChunkEndingAtOrAfter(chunks: Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if ((chunks[middle]?.oldEnd ?? Infinity) >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

function overlap(firstStart: number, firstEnd: number, secondStart: number, secondEnd: number): number {
  return Math.max(0, Math.min(firstEnd, secondEnd) - Math.max(firstStart, secondStart));
}

type Candidate = { start: number; context: number };

// The diff lost the span: look for its exact quote anywhere and let the context choose.
function searchQuote(span: SpanToReanchor, newText: string, mapped: MappedSpan): Reanchoring {
  const { quote } = span;
  const shown = shortenForMessage(quote);
  const candidates: Candidate[] = [];
  for (let at = newText.indexOf(quote); at !== -1; at = newText.indexOf(quote, at + 1)) {
    const context = matchBefore(newText, at, span.prefix) + matchAfter(newText, at + quote.length, span.suffix);
    candidates.push({ start: at, context });
  }
  if (candidates.length === 0) {
    if (mapped.preserved === 0) return orphan(`The quoted text “${shown}” is no longer in the article.`);
    const now = shortenForMessage(newText.slice(mapped.start, mapped.end));
    return orphan(`The quoted text “${shown}” was rewritten too much to follow: it now reads “${now}”.`);
  }

  const bestContext = candidates.reduce((best, candidate) => Math.max(best, candidate.context), 0);
  if (quote.length + bestContext < MIN_SEARCH_EVIDENCE) {
    return orphan(
      `The quoted text “${shown}” is no longer where it was; it appears elsewhere in the article, but not in the same context.`,
    );
  }
  const contenders = candidates.filter((candidate) => candidate.context > bestContext - MIN_CONTEXT_LEAD);
  // Among equally good contenders, only one inside the text that replaced the span is a safe pick.
  const nearby = contenders.filter(
    (candidate) => candidate.start >= mapped.start && candidate.start + quote.length <= mapped.end,
  );
  const chosen = contenders.length === 1 ? contenders[0] : nearby.length === 1 ? nearby[0] : undefined;
  if (!chosen) {
    return orphan(
      `Ambiguous: the quoted text “${shown}” fits ${contenders.length} places in the article ` +
        "equally well and its context does not say which one is meant.",
    );
  }
  return place(span, chosen.start, chosen.start + quote.length, quote);
}

/** How many characters of `prefix` end right before `at` in `text`. */
function matchBefore(text: string, at: number, prefix: string): number {
  let matched = 0;
  const limit = Math.min(prefix.length, at);
  while (matched < limit && text[at - 1 - matched] === prefix[prefix.length - 1 - matched]) matched += 1;
  return matched;
}

/** How many characters of `suffix` start right at `at` in `text`. */
function matchAfter(text: string, at: number, suffix: string): number {
  let matched = 0;
  const limit = Math.min(suffix.length, text.length - at);
  while (matched < limit && text[at + matched] === suffix[matched]) matched += 1;
  return matched;
}

function place(span: SpanToReanchor, start: number, end: number, quote: string): Reanchoring {
  if (start === span.start && end === span.end && quote === span.quote) return { state: "ANCHORED", start, end };
  return { state: "REANCHORED", start, end, quote };
}

function orphan(reason: string): Reanchoring {
  return { state: "ORPHANED", reason };
}
