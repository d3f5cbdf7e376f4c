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
const TOKEN_THRESHOLD = 0.8;
// Two words with the same transliteration key (Nacer, Nasser) are this close at least.
const SAME_KEY = 0.9;
const SAME_WORDS = 0.97;
const ACRONYM = 0.95;

const particles = new Set(["al", "el", "ben", "bin", "ibn", "ould", "de", "du", "des", "da", "di", "la", "le", "les", "d", "l", "van", "von", "der"]);
// Words an acronym skips, besides the particles: "Direction générale de la surveillance du territoire".
const acronymSkips = new Set([...particles, "et", "en", "pour", "sur", "au", "aux", "a", "of", "the", "and", "for", "in", "on"]);
const romanNumeral = /^x{0,3}(ix|iv|v?i{0,3})$/;

// Dotted initials are one word: "D.G.E.D." is "dged".
function words(name: string): string[] {
  return normalizeName(name)
    .replace(/(?<=^|\s)(?:\p{L}\.){2,}\p{L}?/gu, (initials) => initials.replace(/\./g, ""))
    .split(/[\s'.,;:()/]+/)
    .filter(Boolean);
}

/** The words of a name that identify it: folded, without particles (unless it has nothing else). */
export function nameTokens(name: string): string[] {
  const all = words(name);
  const significant = all.filter((word) => !particles.has(word));
  return significant.length ? significant : all;
}

// Numbers, regnal numerals and initials tell people apart: they must be written the same.
function isExactOnly(token: string): boolean {
  return token.length <= 2 || /\d/.test(token) || romanNumeral.test(token);
}

/**
 * The transliteration key of a word: ou/w → u, ch/sh → x, kh/q/ck → k, gh → g, th → t, ph → f,
 * dj → j, c → s before e/i/y and k elsewhere, y → i, a final h dropped; then the first letter (any
 * vowel as "a") followed by the consonants, doubled letters once. Nacer, Nasser → nsr; Loudyi,
 * Loudiyi → ld. Words of other scripts are their own key.
 */
export function phoneticKey(token: string): string {
  const letters = token.replace(/[^a-z]/g, "");
  if (!letters) return token;
  const folded = letters
    .replace(/ou|w/g, "u")
    .replace(/sch|ch|sh/g, "x")
    .replace(/kh|ck|q/g, "k")
    .replace(/gh/g, "g")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/dh/g, "d")
    .replace(/dj/g, "j")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/y/g, "i")
    .replace(/(.)h$/, "$1");
  const [first = "", ...rest] = folded;
  const head = "aeiou".includes(first) ? "a" : first;
  return (head + rest.filter((letter) => !"aeiou".includes(letter)).join("")).replace(/(.)\1+/g, "$1");
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (isExactOnly(a) || isExactOnly(b)) return 0;
  const similarity = jaroWinkler(a, b);
  return phoneticKey(a) === phoneticKey(b) ? Math.max(similarity, SAME_KEY) : similarity;
}

// Words paired best first, in any order; 0 when a word has no counterpart close enough.
function alignedSimilarity(a: string[], b: string[]): number {
  const pairs = a.flatMap((x, i) => b.map((y, j) => ({ i, j, score: tokenSimilarity(x, y) }))).sort((p, q) => q.score - p.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let total = 0;
  for (const { i, j, score } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    if (score < TOKEN_THRESHOLD) return 0;
    usedA.add(i);
    usedB.add(j);
    total += score;
  }
  return total / a.length;
}

/** The initials of a name of several words (without and with the small words), or a short single word itself. */
function acronymsOf(name: string): string[] {
  const all = words(name);
  if (all.length === 1) {
    const [word] = all as [string];
    return /^\p{L}{2,8}$/u.test(word) ? [word] : [];
  }
  const initials = (list: string[]) => list.map((word) => word[0]).join("");
  return [...new Set([initials(all.filter((word) => !acronymSkips.has(word))), initials(all)])].filter((acronym) => acronym.length >= 2);
}

function isCapitalsOnly(name: string): boolean {
  return /^[\p{Lu}.&]{2,12}$/u.test(name.trim());
}

function isAcronymOf(short: string, long: string): boolean {
  if (words(short).length !== 1 || words(long).length < 2) return false;
  const [letters] = acronymsOf(short);
  return Boolean(letters) && acronymsOf(long).includes(letters as string);
}

/** How likely two names are one entity, or null when they are not alike enough to propose. */
export function compareNames(first: string, second: string): NameMatch | null {
  if (normalizeName(first) === normalizeName(second)) return { score: 1, reason: "same" };
  if (isAcronymOf(first, second) || isAcronymOf(second, first)) return { score: ACRONYM, reason: "acronym" };
  const a = nameTokens(first);
  const b = nameTokens(second);
  if (!a.length || !b.length) return null;
  if (a.join(" ") === b.join(" ")) return { score: SAME_WORDS, reason: "variant" };
  // Acronyms are not spelled in variants: DGST and DGSN are two services.
  if (isCapitalsOnly(first) || isCapitalsOnly(second)) return null;
  const exact = (tokens: string[]) => tokens.filter(isExactOnly).sort().join(" ");
  if (exact(a) !== exact(b)) return null;
  const aligned = a.length === b.length ? alignedSimilarity(a, b) : 0;
  // Words written together or apart: "Abd El Latif" and "Abdellatif", "Saad Eddine" and "Saadeddine".
  const joined = phoneticKey(a.join("")) === phoneticKey(b.join("")) ? SAME_KEY : 0;
  const score = Math.max(aligned, joined);
  return score >= PROPOSAL_THRESHOLD ? { score, reason: "variant" } : null;
}

/**
 * The blocks a name belongs to: the key of each of its words, of its words written together, and its
 * acronyms. Two names compareNames proposes share a block, unless none of their words has the same key
 * (alike by spelling alone, which transliteration variants are not).
 */
export function blockingKeys(name: string): string[] {
  const tokens = nameTokens(name);
  const keys = new Set<string>();
  for (const token of tokens) if (!isExactOnly(token)) keys.add(`w:${phoneticKey(token)}`);
  if (tokens.length) keys.add(`j:${phoneticKey(tokens.join(""))}`);
  for (const acronym of acronymsOf(name)) keys.add(`a:${acronym}`);
  return [...keys];
}
