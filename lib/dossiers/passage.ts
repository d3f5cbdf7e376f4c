// The words around a cited span: its paragraph (trimmed to a readable length) for the sources list,
// its sentence for a dated event, the lead of an article cited whole. Pure.
import type { Passage } from "@/lib/dossiers/snapshot-types";

const PASSAGE_CONTEXT = 160;
const LEAD_LENGTH = 400;

/** The paragraph around [start, end), cut at a word boundary when it runs long. */
export function passageAround(text: string, start: number, end: number, context = PASSAGE_CONTEXT): Passage {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const paragraphEnd = newline === -1 ? text.length : newline;
  let before = text.slice(paragraphStart, start);
  let after = text.slice(end, paragraphEnd);
  if (before.length > context) before = "…" + before.slice(before.length - context).replace(/^\S*\s/, "");
  if (after.length > context) after = after.slice(0, context).replace(/\s\S*$/, "") + "…";
  return { before: before.trimStart(), quote: text.slice(start, end), after: after.trimEnd() };
}

/** The sentence holding [start, end): what a dated event says happened. */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?…]\s|\n/g;
  let sentenceStart = 0;
  for (const match of text.slice(0, start).matchAll(boundary)) sentenceStart = (match.index ?? 0) + match[0].length;
  boundary.lastIndex = end;
  const next = boundary.exec(text);
  const sentenceEnd = next ? next.index + 1 : text.length;
  const sentence = text.slice(sentenceStart, sentenceEnd).trim();
  return sentence.length > 2 * PASSAGE_CONTEXT ? passageText(passageAround(text, start, end, PASSAGE_CONTEXT / 2)) : sentence;
}

/** The opening of an article cited as a whole. */
export function leadOf(text: string): Passage {
  const firstParagraph = text.trimStart().split("\n", 1)[0] ?? "";
  const lead = firstParagraph.length > LEAD_LENGTH ? firstParagraph.slice(0, LEAD_LENGTH).replace(/\s\S*$/, "") + "…" : firstParagraph;
  return { before: "", quote: "", after: lead };
}

export function passageText({ before, quote, after }: Passage): string {
  return before + quote + after;
}
