// Splits a text into the tokens the French rules and the date finder read: words (hyphenated words
// whole, elisions such as "d’" apart, "N'Daw" kept whole), numbers and punctuation, with their UTF-16
// offsets, their folded form and whether a line break precedes them. Pure.
import { foldKey } from "@/lib/suggestions/fold-text";

export type Token = {
  text: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct";
  /** Folded like aliases: lower case, no accents, ’ → '. */
  key: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two letters or more, all upper case ("FAR", "DGSN-DGST"). */
  acronym: boolean;
  newlineBefore: boolean;
};

const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’‐-]\p{L}[\p{L}\p{M}]*)*['’]?)|(\d+(?:[.,/:-]\d+)*(?:\p{L}+)?)|([^\s\p{L}\d])/gu;
const ELISIONS = new Set(["l", "d", "s", "n", "j", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const newlineBefore = text.slice(previousEnd, start).includes("\n");
    previousEnd = start + match[0].length;
    if (match[1]) {
      for (const [pieceStart, piece] of splitElision(match[0])) tokens.push(makeToken(piece, start + pieceStart, "word", newlineBefore && pieceStart === 0));
    } else {
      tokens.push(makeToken(match[0], start, match[2] ? "number" : "punct", newlineBefore));
    }
  }
  return tokens;
}

/** "d’Afrique" → "d’", "Afrique"; "l'inspecteur" → "l'", "inspecteur"; "N'Daw" and "aujourd'hui" stay whole. */
function splitElision(word: string): [number, string][] {
  const apostrophe = word.search(/['’]/);
  if (apostrophe <= 0 || apostrophe === word.length - 1) return [[0, word]];
  const head = word.slice(0, apostrophe);
  const rest = word.slice(apostrophe + 1);
  if (!ELISIONS.has(head.toLowerCase())) return [[0, word]];
  // "N'Daw", "N'Djamena": a capital N before a capitalised word is part of a name, not "ne".
  if (head === "N" && UPPER.test(rest)) return [[0, word]];
  return [[0, word.slice(0, apostrophe + 1)], ...splitElision(rest).map(([offset, piece]): [number, string] => [offset + apostrophe + 1, piece])];
}

function makeToken(text: string, start: number, kind: Token["kind"], newlineBefore: boolean): Token {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    text,
    start,
    end: start + text.length,
    kind,
    key: foldKey(text).replace(/ /g, "-"),
    capitalised: kind === "word" && UPPER.test(text),
    acronym: kind === "word" && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    newlineBefore,
  };
}

const SENTENCE_END = new Set([".", "!", "?", "…", ":", ";"]);

/** True when the token ends a sentence or a clause the rules must not read across. */
export function endsSentence(token: Token | undefined): boolean {
  return token === undefined || (token.kind === "punct" && SENTENCE_END.has(token.text));
}
