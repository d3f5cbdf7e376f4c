// The French rules' word lists (lib/suggestions/data/french-rules.json) folded the way tokens are, so
// rules compare token keys with set lookups. Multi-word entries become key sequences.
import lexicon from "@/lib/suggestions/data/french-rules.json";
import { tokenize } from "@/lib/suggestions/tokenize";

export type Phrase = readonly string[];

const keysOf = (phrase: string): string[] => tokenize(phrase).map((token) => token.key);
const setOf = (words: string[]) => new Set(words.flatMap(keysOf));
// Longest first, so "chef d'état-major" is tried before "chef".
const phrasesOf = (words: string[]): Phrase[] => words.map(keysOf).sort((first, second) => second.length - first.length);

export const personTitles = setOf(lexicon.personTitles);
export const pluralTitles = new Set([...personTitles].filter((key) => key.endsWith("s") || key.endsWith("x")));
export const nameHonorifics = setOf(lexicon.nameHonorifics);
export const nameParticles = setOf(lexicon.nameParticles.filter((word) => !["de", "du", "des", "d'"].includes(word)));
export const titleModifiers: Phrase[] = phrasesOf([...lexicon.nationalityWords, ...lexicon.titleModifiers]);
export const roleHeads: Phrase[] = phrasesOf(lexicon.roleHeads);
export const organisationHeads: Phrase[] = phrasesOf(lexicon.organisationHeads);
export const lowercaseOrganisationHeads = setOf(lexicon.lowercaseOrganisationHeads);
export const complementStopWords = setOf(lexicon.complementStopWords);
export const sentenceStarters = setOf(lexicon.sentenceStarters);
export const notOrganisations = new Set(lexicon.notOrganisations);
export const determiners = setOf(["le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur", "leurs", "de"]);
export const connectors = setOf(["de", "du", "des", "d'"]);
export const articles = setOf(["la", "l'", "le", "les"]);

/** The phrase of `phrases` starting at token `index`, if any (longest first). */
export function phraseAt(keys: readonly string[], index: number, phrases: readonly Phrase[]): Phrase | undefined {
  return phrases.find((phrase) => phrase.every((key, offset) => keys[index + offset] === key));
}
