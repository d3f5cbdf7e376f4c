// Themes of a whole article, each with its evidence: a lexicon per theme (French and English, in
// lib/suggestions/data/themes.json) and term weights learned from the theme annotations people
// accepted (words found in several of a theme's evidence spans and rarely in others'). The
// sentences holding the most weight are the evidence spans. Pure.
import { buildMatcher, type Matcher } from "@/lib/suggestions/aho-corasick";
import lexicon from "@/lib/suggestions/data/themes.json";
import { foldKey, isWordCharacter, type FoldedText } from "@/lib/suggestions/fold-text";
import type { ThemeSuggestion } from "@/lib/suggestions/types";

type Term = { slug: string; weight: number; prefix: boolean; learned: boolean };

/** Accepted theme annotations, as training examples: the theme and the text of its evidence. */
export type ThemeExample = { slug: string; text: string };

export type ThemeModel = { matcher: Matcher<Term>; examples: number };

const THRESHOLD = 0.6;
const MAX_EVIDENCE = 3;
const MIN_LEARNED_COUNT = 2;
const MAX_LEARNED_TERMS = 40;
const LEARNED_WORD = /^[\p{L}][\p{L}']{3,}$/u;
// Frequent function words never become theme terms, however often evidence repeats them.
const COMMON_WORDS = new Set(
  "avec dans pour sans sous entre leur leurs cette ces sont ont été être avoir plus moins tout tous toute toutes deux aussi ainsi comme mais donc elle elles ils nous vous dont quand selon lors après avant depuis vers chez contre notamment également très même autres autre their with from that this have been were which about into also more than they them".split(" "),
);

function lexiconTerms(): { key: string; value: Term }[] {
  const terms: { key: string; value: Term }[] = [];
  for (const [slug, languages] of Object.entries(lexicon.themes)) {
    for (const words of Object.values(languages)) {
      for (const [term, weight] of Object.entries(words as Record<string, number>)) {
        const prefix = term.endsWith("*");
        terms.push({ key: foldKey(prefix ? term.slice(0, -1) : term), value: { slug, weight, prefix, learned: false } });
      }
    }
  }
  return terms;
}

let lexiconOnly: ThemeModel | null = null;

/** The lexicon alone, or with the weights learned from accepted examples. */
export function trainThemeModel(examples: readonly ThemeExample[]): ThemeModel {
  if (examples.length === 0) {
    lexiconOnly ??= { matcher: buildMatcher(lexiconTerms()), examples: 0 };
    return lexiconOnly;
  }
  // Per theme, in how many of its examples each word occurs; and in how many examples overall.
  const perTheme = new Map<string, Map<string, number>>();
  const overall = new Map<string, number>();
  for (const { slug, text } of examples) {
    const counts = perTheme.get(slug) ?? new Map<string, number>();
    perTheme.set(slug, counts);
    // Singular and plural count as one word: the learned term then matches both as a prefix.
    const words = new Set(foldKey(text).split(/[^\p{L}']+/u).filter((word) => LEARNED_WORD.test(word) && !COMMON_WORDS.has(word)).map((word) => word.replace(/(?<=\p{L}{5})[sx]$/u, "")));
    for (const word of words) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      overall.set(word, (overall.get(word) ?? 0) + 1);
    }
  }
  const learned: { key: string; value: Term }[] = [];
  for (const [slug, counts] of perTheme) {
    const scored = [...counts]
      .filter(([, count]) => count >= MIN_LEARNED_COUNT)
      // Weight: how specific the word is to the theme (its share of the examples that hold it, smoothed)
      // times how established (full from three examples on).
      .map(([word, count]) => ({ word, weight: (count / ((overall.get(word) ?? count) + 0.25)) * Math.min(1, count / 3) }))
      .filter(({ weight }) => weight > 0.3)
      .sort((first, second) => second.weight - first.weight)
      .slice(0, MAX_LEARNED_TERMS);
    // Long words match their inflections too ("pirogue" → "pirogues").
    for (const { word, weight } of scored) learned.push({ key: word, value: { slug, weight, prefix: word.length >= 6, learned: true } });
  }
  return { matcher: buildMatcher([...lexiconTerms(), ...learned]), examples: examples.length };
}

type Evidence = { weight: number; learned: number; terms: Set<string>; sentences: Map<number, number> };

export function findThemes(original: string, folded: FoldedText, model: ThemeModel, knownSlugs?: ReadonlySet<string>): ThemeSuggestion[] {
  const sentenceStarts = sentenceStartsOf(original);
  const byTheme = new Map<string, Evidence>();
  for (const match of model.matcher.findAll(folded.text)) {
    if (isWordCharacter(folded.text[match.start - 1])) continue;
    for (const term of match.values) {
      if (!term.prefix && isWordCharacter(folded.text[match.end])) continue;
      if (knownSlugs && !knownSlugs.has(term.slug)) continue;
      const evidence = byTheme.get(term.slug) ?? { weight: 0, learned: 0, terms: new Set(), sentences: new Map() };
      byTheme.set(term.slug, evidence);
      const at = folded.starts[match.start] as number;
      const sentence = sentenceOf(sentenceStarts, at);
      evidence.sentences.set(sentence, (evidence.sentences.get(sentence) ?? 0) + term.weight);
      // Each distinct term counts once in full, its repetitions a little more.
      const termKey = `${term.learned}|${folded.text.slice(match.start, match.end)}`;
      const gain = evidence.terms.has(termKey) ? term.weight * 0.2 : term.weight;
      evidence.terms.add(termKey);
      evidence.weight += gain;
      if (term.learned) evidence.learned += gain;
    }
  }
  const themes: ThemeSuggestion[] = [];
  for (const [slug, evidence] of byTheme) {
    const score = Math.round((1 - Math.exp(-evidence.weight / 2)) * 100) / 100;
    if (score < THRESHOLD) continue;
    const spans = [...evidence.sentences]
      .sort((first, second) => second[1] - first[1] || first[0] - second[0])
      .slice(0, MAX_EVIDENCE)
      .map(([sentence]) => sentenceSpan(original, sentenceStarts, sentence))
      .sort((first, second) => first.start - second.start);
    themes.push({ slug, score, recommender: evidence.learned * 2 > evidence.weight ? "theme-model" : "theme-lexicon", evidence: spans });
  }
  return themes.sort((first, second) => second.score - first.score);
}

function sentenceStartsOf(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?…]+["»”]?\s+|\n+/g)) starts.push(match.index + match[0].length);
  return starts;
}

function sentenceOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The sentence without its surrounding spaces (evidence spans quote words, not blanks). */
function sentenceSpan(text: string, starts: number[], sentence: number): { start: number; end: number } {
  let start = starts[sentence] as number;
  let end = starts[sentence + 1] ?? text.length;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
