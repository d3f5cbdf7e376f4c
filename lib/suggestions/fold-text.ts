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
  // Typed buffers sized for the common case (one folded unit per character), grown if a character
  // folds into several ("ﬁ" → "fi").
  let codes = new Uint16Array(original.length + 8);
  let starts = new Int32Array(original.length + 8);
  let ends = new Int32Array(original.length + 8);
  let length = 0;
  const push = (code: number, start: number, end: number) => {
    if (length === codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(array: T, make: (size: number) => T): T => {
        const bigger = make(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      codes = grow(codes, (size) => new Uint16Array(size));
      starts = grow(starts, (size) => new Int32Array(size));
      ends = grow(ends, (size) => new Int32Array(size));
    }
    codes[length] = code;
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  let lastWasSpace = true;
  for (let index = 0; index < original.length; ) {
    const unit = original.charCodeAt(index);
    // ASCII, most of any text: no normalisation, no lookup.
    if (unit < 128) {
      let code = unit >= 65 && unit <= 90 ? unit + 32 : unit;
      if (code === 45 || code === 95 || code === 9 || code === 10 || code === 13 || code === 32) code = 32;
      if (code !== 32 || !lastWasSpace) push(code, index, index + 1);
      lastWasSpace = code === 32;
      index++;
      continue;
    }
    const width = unit >= 0xd800 && unit <= 0xdbff && index + 1 < original.length ? 2 : 1;
    const folded = foldCharacter(original.slice(index, index + width));
    for (let piece = 0; piece < folded.length; piece++) {
      const code = folded.charCodeAt(piece);
      const space = code === 32;
      if (space && lastWasSpace) continue;
      push(code, index, index + width);
      lastWasSpace = space;
    }
    index += width;
  }
  let text = "";
  for (let chunk = 0; chunk < length; chunk += 8192) text += String.fromCharCode(...codes.subarray(chunk, Math.min(length, chunk + 8192)));
  return { text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
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
