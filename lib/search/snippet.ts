// Highlighted snippets travel as text with two private-use marker characters around each match (set
// as ts_headline's StartSel/StopSel), then become plain segments: the UI renders them as <mark> without
// ever treating article text as HTML.

export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export type SnippetPart = { text: string; match: boolean };

export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of marked.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    // Pieces alternate outside / inside a match, as the markers do.
    if (piece) parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}
