// Entity spans as CoNLL BIO tags for training and evaluating taggers: one `token<TAB>TAG` per line, a
// blank line between sentences, a -DOCSTART- line per article. BIO has one tag per token, so
// overlapping spans cannot all be written: the longest is kept and the others are counted.
import type { ExportedArticle } from "@/lib/annotations/exchange/exchange-types";

type Token = { text: string; start: number; end: number };
type Span = { start: number; end: number; type: string };

export type ConllExport = { text: string; droppedOverlaps: number };

// Tried in order at each position: decimal numbers (3,5 · 1.500), words with their inner
// apostrophes and hyphens (aujourd'hui, Saint-Étienne; elisions are split afterwards), runs of
// dots, emoji as whole characters (flags, skin tones, ZWJ families), any other visible character.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`\p{N}+(?:[.,]\p{N}+)+`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)*`,
    String.raw`\.{2,}`,
    String.raw`\p{Regional_Indicator}{2}`,
    String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*`,
    String.raw`[^\s\p{Cf}]`,
  ].join("|"),
  "gu",
);

// French elided words: l'armée → l' armée, qu'il → qu' il. A word whose part before the apostrophe
// is not one of these (aujourd'hui, presqu'île, O'Neill) stays whole.
const ELISION = /^(l|d|j|m|n|s|t|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;

const SENTENCE_END = /^(?:[.!?…]|\.{2,})$/;
const CLOSING = /^[»”’"')\]]$/;
// A full stop after these (M. Macron, Mme, Dr, J. Dupont) does not end the sentence.
const ABBREVIATIONS = new Set(["M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "cf", "art", "av", "bd"]);

export function serializeConll(articles: readonly ExportedArticle[]): ConllExport {
  let droppedOverlaps = 0;
  const documents = articles.map((article) => {
    const tokens = tokenize(article.text);
    const { tags, dropped } = tagTokens(tokens, entitySpans(article));
    droppedOverlaps += dropped;
    const sentences = splitSentences(article.text, tokens, tags).map((sentence) =>
      sentence.map((index) => `${tokens[index]?.text}\t${tags[index]}\n`).join(""),
    );
    // The id after the usual marker ties the tokens back to the article; readers that recognise
    // -DOCSTART- by its first word skip the whole line.
    return [`-DOCSTART- -X- O O ${article.id}\n`, ...sentences].join("\n");
  });
  return { text: documents.join("\n"), droppedOverlaps };
}

function entitySpans(article: ExportedArticle): Span[] {
  return article.annotations.flatMap((annotation) =>
    annotation.kind === "ENTITY" && annotation.status !== "REJECTED" && annotation.start !== null && annotation.end !== null && annotation.entity
      ? [{ start: annotation.start, end: annotation.end, type: annotation.entity.type }]
      : [],
  );
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    let start = match.index;
    let word = match[0];
    for (let elision = ELISION.exec(word); elision; elision = ELISION.exec(word)) {
      tokens.push({ text: elision[0], start, end: start + elision[0].length });
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

/**
 * Longest spans first (then earliest), each taking the tokens it overlaps (a span starting or ending
 * inside a token takes the whole token) unless one of them is taken: then it is dropped.
 */
function tagTokens(tokens: readonly Token[], spans: readonly Span[]): { tags: string[]; dropped: number } {
  const tags = tokens.map(() => "O");
  let dropped = 0;
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const span of ordered) {
    const first = tokens.findIndex((token) => token.end > span.start);
    if (first === -1 || (tokens[first]?.start ?? Infinity) >= span.end) continue; // covers no token: only spaces
    let last = first;
    while ((tokens[last + 1]?.start ?? Infinity) < span.end) last += 1;
    if (tags.slice(first, last + 1).some((tag) => tag !== "O")) {
      dropped += 1;
      continue;
    }
    for (let index = first; index <= last; index += 1) tags[index] = `${index === first ? "B" : "I"}-${span.type}`;
  }
  return { tags, dropped };
}

/** Sentences as lists of token indices: a break after . ! ? … (and closing quotes), or at a line break. */
function splitSentences(text: string, tokens: readonly Token[], tags: readonly string[]): number[][] {
  const sentences: number[][] = [];
  let current: number[] = [];
  let endPending = false;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const lineBreak = previous !== undefined && text.slice(previous.end, token.start).includes("\n");
    const closesPending = endPending && CLOSING.test(token.text) && !lineBreak;
    const startsSentence = (lineBreak || (endPending && !closesPending && !/^\p{Ll}/u.test(token.text))) && !tags[index]?.startsWith("I-");
    if (startsSentence && current.length > 0) {
      sentences.push(current);
      current = [];
    }
    current.push(index);
    if (!closesPending) endPending = SENTENCE_END.test(token.text) && !isAbbreviationStop(text, tokens, index);
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
}

// "M." or "J." written together: a title or an initial, not the end of a sentence.
function isAbbreviationStop(text: string, tokens: readonly Token[], index: number): boolean {
  const stop = tokens[index];
  const word = tokens[index - 1];
  if (stop?.text !== "." || !word || word.end !== stop.start) return false;
  return ABBREVIATIONS.has(word.text) || /^\p{Lu}$/u.test(word.text);
}
