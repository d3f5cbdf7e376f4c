// Whether two names of the register may be the same entity, and how sure that is (0–1): spellings of
// one name transliterated from Arabic through French or English (Nacer/Nasser, Abdeltif/Abdellatif,
// Loudyi/Loudiyi), accents, particles that come and go (El, Ben, de, la…), word order, words written
// together or apart, and acronyms of their expansion (DGST). Also the keys that put names which could
// match into the same block, so the register is never compared pair by pair. Safe in the browser.
import { jaroWinkler } from "@/lib/entities/jaro-winkler";
import { normalizeName } from "@/lib/entities/normalize-name";

export type NameMatch = { score: number; reason: "same" | "variant" | "acronym" };

/** A pair of names scoring this much or more is proposed as a likely duplicate. */
export const PROPOSAL_THRESHOLD = 0.85;
// Every word of one name must be at least this close to a word of the other.
const TOKEN_THRESHOLD = 0.88;
// Two words with the same transliteration key (Nacer, Nasser) are this close at least, if they look
// alike at all: keys drop vowels, so Elri and Alrira share one.
const SAME_KEY = 0.9;
const KEY_LOOKALIKE = 0.8;
const SAME_WORDS = 0.97;
const ACRONYM = 0.95;

const particles = new Set(["al", "el", "ben", "bin", "ibn", "ould", "de", "du", "des", "da", "di", "la", "le", "les", "d", "l", "van", "von", "der"]);
// Words an acronym skips, besides the particles: "Direction générale de la surveillance du territoire".
const acronymSkips = new Set([...particles, "et", "en", "pour", "sur", "au", "aux", "a", "of", "the", "and", "for", "in", "on"]);
const romanNumeral = /^x{0,3}(ix|iv|v?i{0,3})$/;

// The words of a folded name; dotted initials are one word ("D.G.E.D." is "dged").
function wordsOf(folded: string): string[] {
  return folded
    .replace(/(?<=^|\s)(?:\p{L}\.){2,}\p{L}?/gu, (initials) => initials.replace(/\./g, ""))
    .split(/[\s'.,;:()/]+/)
    .filter(Boolean);
}

function significantWords(all: string[]): string[] {
  const significant = all.filter((word) => !particles.has(word));
  return significant.length ? significant : all;
}

/** The words of a name that identify it: folded, without particles (unless it has nothing else). */
export function nameTokens(name: string): string[] {
  return significantWords(wordsOf(normalizeName(name)));
}

// Numbers, regnal numerals and initials tell people apart: they must be written the same.
function isExactOnly(token: string): boolean {
  return token.length <= 2 || /\d/.test(token) || romanNumeral.test(token);
}

/**
 * The transliteration key of a word: ou/w → u, ch/sh → x, kh/q/ck → k, gh → g, g → k before a/o/u
 * (ق is written q, k or g: Kadhafi, Gaddafi), th → t, ph → f,
 * dj → j, c → s before e/i/y and k elsewhere, y → i, a final h dropped; then the first letter (any
 * vowel as "a") followed by the consonants, doubled letters once. Nacer, Nasser → nsr; Loudyi,
 * Loudiyi → ld. Words of other scripts are their own key.
 */
export function phoneticKey(token: string): string {
  const letters = token.replace(/[^a-z]/g, "");
  if (!letters) return token;
  // One pass over the letters: this runs for every word of every name of the register.
  let key = "";
  const append = (sound: string) => {
    const vowel = sound === "" || "aeiou".includes(sound);
    if (!key) key = vowel ? (sound && "a") : sound;
    else if (!vowel && key[key.length - 1] !== sound) key += sound;
  };
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i] as string;
    const next = letters[i + 1] ?? "";
    const digraph = letter === "s" && next === "c" && letters[i + 2] === "h" ? "sch" : letter + next;
    const replaced = digraphs.get(digraph);
    if (replaced === undefined) {
      append(singleLetter(letter, next, i > 0 && i === letters.length - 1));
    } else {
      append(replaced);
      i += digraph.length - 1;
    }
  }
  return key;
}

const digraphs = new Map(Object.entries({ sch: "x", ch: "x", sh: "x", ou: "u", kh: "k", ck: "k", gh: "g", th: "t", ph: "f", dh: "d", dj: "j" }));

function singleLetter(letter: string, next: string, last: boolean): string {
  switch (letter) {
    case "w":
      return "u";
    case "q":
      return "k";
    case "g":
      return next && "aou".includes(next) ? "k" : "g";
    case "c":
      return next && "eiy".includes(next) ? "s" : "k";
    case "y":
      return "i";
    case "h":
      return last ? "" : "h";
    default:
      return letter;
  }
}

// `exact`: a word that must be written the same (isExactOnly), worked out once per name.
type Token = { text: string; key: string; exact: boolean };

function tokenSimilarity(a: Token, b: Token): number {
  if (a.text === b.text) return 1;
  if (a.exact || b.exact) return 0;
  return keyedSimilarity(a.text, a.key, b.text, b.key);
}

function keyedSimilarity(a: string, aKey: string, b: string, bKey: string): number {
  const similarity = jaroWinkler(a, b);
  return aKey === bKey && similarity >= KEY_LOOKALIKE ? Math.max(similarity, SAME_KEY) : similarity;
}

// Words paired best first, in any order; 0 when a word has no counterpart close enough. Names have a
// few words: the best remaining pair is found by scanning, without sorting or allocating per pair.
function alignedSimilarity(a: Token[], b: Token[]): number {
  const scores = a.map((x) => b.map((y) => tokenSimilarity(x, y)));
  const usedB = new Array<boolean>(b.length).fill(false);
  const usedA = new Array<boolean>(a.length).fill(false);
  let total = 0;
  for (let paired = 0; paired < a.length; paired++) {
    let best = -1;
    let bestI = 0;
    let bestJ = 0;
    for (let i = 0; i < a.length; i++) {
      if (usedA[i]) continue;
      for (let j = 0; j < b.length; j++) {
        const score = (scores[i] as number[])[j] as number;
        if (usedB[j] || score <= best) continue;
        best = score;
        bestI = i;
        bestJ = j;
      }
    }
    if (best < TOKEN_THRESHOLD) return 0;
    usedA[bestI] = true;
    usedB[bestJ] = true;
    total += best;
  }
  return total / a.length;
}

/** A name read once for comparing it with many others. */
export type PreparedName = {
  folded: string;
  tokens: Token[];
  words: string;
  joined: string;
  // The words that must be written the same (numbers, numerals, initials), in order.
  exact: string;
  joinedKey: string;
  // A single short word (DGST) or the initials of several words (without and with the small words).
  acronyms: string[];
  isShort: boolean;
  isCapitals: boolean;
};

export function prepareName(name: string): PreparedName {
  const folded = normalizeName(name);
  const all = wordsOf(folded);
  const tokens = significantWords(all).map((text) => ({ text, key: phoneticKey(text), exact: isExactOnly(text) }));
  const isShort = all.length === 1 && /^\p{L}{2,8}$/u.test(all[0] as string);
  const initials = (list: string[]) => list.map((word) => word[0]).join("");
  const acronyms = isShort ? all : all.length > 1 ? [...new Set([initials(all.filter((word) => !acronymSkips.has(word))), initials(all)])].filter((acronym) => acronym.length >= 2) : [];
  return {
    folded,
    tokens,
    words: tokens.map((token) => token.text).join(" "),
    exact: tokens
      .filter((token) => token.exact)
      .map((token) => token.text)
      .sort()
      .join(" "),
    joined: tokens.map((token) => token.text).join(""),
    joinedKey: phoneticKey(tokens.map((token) => token.text).join("")),
    acronyms,
    isShort,
    isCapitals: /^[\p{Lu}.&]{2,12}$/u.test(name.trim()),
  };
}

// A single short word standing for the initials of a name of several words.
function isAcronymOf(short: PreparedName, long: PreparedName): boolean {
  return short.isShort && long.acronyms.length > 0 && !long.isShort && long.acronyms.includes(short.acronyms[0] as string);
}

/** How likely two names are one entity, or null when they are not alike enough to propose. */
export function compareNames(first: string | PreparedName, second: string | PreparedName): NameMatch | null {
  const a = typeof first === "string" ? prepareName(first) : first;
  const b = typeof second === "string" ? prepareName(second) : second;
  if (a.folded === b.folded) return { score: 1, reason: "same" };
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return { score: ACRONYM, reason: "acronym" };
  if (!a.tokens.length || !b.tokens.length) return null;
  if (a.words === b.words) return { score: SAME_WORDS, reason: "variant" };
  // Acronyms are not spelled in variants: DGST and DGSN are two services.
  if (a.isCapitals || b.isCapitals || a.exact !== b.exact) return null;
  // Words written together or apart: "Abd El Latif" and "Abdellatif", "Saad Eddine" and "Saadeddine".
  const score =
    a.tokens.length === b.tokens.length
      ? alignedSimilarity(a.tokens, b.tokens)
      : a.joinedKey === b.joinedKey
        ? keyedSimilarity(a.joined, a.joinedKey, b.joined, b.joinedKey)
        : 0;
  return score >= PROPOSAL_THRESHOLD ? { score, reason: "variant" } : null;
}

/** The keys of a name's words that can be written the same in two spellings: its blocking candidates. */
export function wordKeys(name: PreparedName): string[] {
  return [...new Set(name.tokens.filter((token) => !token.exact).map((token) => token.key))];
}
