// Folds a text for matching (accents, case, apostrophes, hyphens and spacing do not matter, as in
// lib/entities/normalize-name.ts) while remembering, for every folded character, which characters of
// the original it came from: a match in the folded text maps back to UTF-16 offsets of the original.
// Pure; safe in the browser.

export type FoldedText = {
  /** The folded text: lower case, no accents, ’ → ', hyphens and runs of spaces → one space. */
  text: string;
  /** For each folded character, the offset of the original character it comes from … */
  starts: Int32Array;
  /** … and the offset just after it. */
  ends: Int32Array;
};

const APOSTROPHES = /[’‘`´ʼ]/g;
const HYPHENS = /[-‐‑–—_]/g;
const cache = new Map<string, string>();

/** The folded form of one character (a code point), as normalizeName would fold it. */
function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (character === "-" || character === "_" || character === "\t" || character === "\n" || character === "\r") return " ";
    return character;
  }
  let folded = cache.get(character);
  if (folded === undefined) {
    folded = /\s/u.test(character)
      ? " "
      : character.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(APOSTROPHES, "'").replace(HYPHENS, " ");
    cache.set(character, folded);
  }
  return folded;
}

export function foldText(original: string): FoldedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < original.length; ) {
    const code = original.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldCharacter(original.slice(index, index + width));
    for (let unit = 0; unit < folded.length; unit++) {
      const piece = folded[unit] as string;
      const space = piece === " ";
      if (space && lastWasSpace) continue;
      pieces.push(piece);
      starts.push(index);
      ends.push(index + width);
      lastWasSpace = space;
    }
    index += width;
  }
  return { text: pieces.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded form of a name, trimmed: the key aliases and surface forms are compared by. */
export function foldKey(name: string): string {
  return foldText(name).text.trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** True when [start, end) of `text` neither starts nor ends inside a word. */
export function isAtWordBoundaries(text: string, start: number, end: number): boolean {
  return !isWordCharacter(text[start - 1]) && !isWordCharacter(text[end]);
}
